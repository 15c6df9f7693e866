// Splits an article into paragraphs and sentences, keeping each one's exact character span,
// and marks page furniture (headlines, bylines, captions, "Most viewed", copyright lines) so
// that it is never proposed as a forecast. Pure.

export type Sentence = {
  text: string;
  /** Character offsets in the article: text === article.slice(start, end). */
  start: number;
  end: number;
  paragraph: number;
};

export type Paragraph = { text: string; start: number; end: number; index: number; furniture: boolean };

/** Months shortened with a full stop ("Jan."); "May" is never shortened. */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "capt",
  "sgt",
  "gov",
  "sen",
  "rep",
  "pres",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "est",
  "approx",
  "fig",
  "vol",
  "ed",
  ...MONTH_ABBREVIATIONS,
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
]);

// A company's suffix ("Acme Inc.", "Vale Devices Corp"): read before a ticker and at a sentence's end.
const COMPANY_SUFFIX = "(?:Inc|Corp|Co|Ltd|Plc|LLC|AG|SA|NV|Bros)";

const FURNITURE_PATTERNS: RegExp[] = [
  /^by\s+[A-Z\p{Lu}]/u, // bylines: "By Kwon Hyuk-chul, staff reporter"
  /^by\s+\S+\s*\(/i, // "by DailyNK(North Korean Media)"
  /^(posted|modified|updated|published) on\s*:/i,
  /©|all rights reserved/i,
  /^please (send|direct)\b/i,
  /^https?:\/\/\S+$/i,
  // Photo credits: "(Yonhap)", "(AFP/Yonhap)"; not a ticker after a company's name ("… Devices Inc. (AMD)").
  new RegExp(String.raw`(?<!\b${COMPANY_SUFFIX}\.?\s?)\([A-Z][\w.-]*(?:\/[A-Z][\w.-]*)*\)$`),
  // Credits of several words: "(Photo by Jane Doe/Getty Images)", "(AP Photo/Ahn Young-joon)", "(Courtesy of the ministry)".
  /\((?:(?:file\s+)?photo|image|picture|credit|courtesy|illustration|graphic|video)\b[^()]*\)\.?$/i,
  /\((?:[A-Z\p{Lu}][\p{L}.'’-]*)(?:(?:\s+|\s*\/\s*|\s*:\s*)[A-Z\p{Lu}][\p{L}.'’-]*){1,6}\)$/u, // "(Yonhap News Agency)", "(Jane Doe/Reuters)"
  /\[image source\s*=/i,
  /^button that/i,
];
// Labels ("Related stories", "Most viewed", "Share", "Advertisement"), datelines ("Monday,
// September 11, 2023 at 4:39 pm") and weather widgets ("30.1 C") need no pattern of their own:
// they are short and end without a stop, so they read as headings below.

/** A line that reads as a heading, caption or widget rather than prose. */
export function isFurniture(line: string, previous?: string): boolean {
  const text = line.trim(); // an empty line is furniture too: it reads as a heading below
  if (previous !== undefined && text === previous.trim()) return true; // repeated caption
  if (FURNITURE_PATTERNS.some((p) => p.test(text))) return true;
  // Headings and labels: short, and not ending like a sentence or a quotation.
  const words = text.split(/\s+/).length;
  // "… in smaller increments. He explained:": a sentence, then the words that introduce a quotation.
  // The full stop after a word of small letters only, not an abbreviation ("U.S. outlook:", "Gov. Hale's forecast:").
  // A line that stops at a comma is prose the copy cut short; no heading ends so.
  const endsLikeProse = /[.!?]["'”’)\]]*$|[”",]$/.test(text) || /(?<!\p{L})\p{Ll}{2,}[.!?]["'”’)\]]*\s[^.!?]+:$/u.test(text);
  return !endsLikeProse && words <= 25;
}

export function splitParagraphs(article: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let previous: string | undefined;
  for (const line of article.split("\n")) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = offset + leading;
      paragraphs.push({ text: trimmed, start, end: start + trimmed.length, index: paragraphs.length, furniture: isFurniture(trimmed, previous) });
      previous = trimmed;
    }
    offset += line.length + 1;
  }
  return paragraphs;
}

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);
const OPENERS = /["“‘'([]/;

/** True when the full stop at `at` belongs to an abbreviation or an initial, not a sentence end. */
function isAbbreviation(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, at);
  // An initial: "Kim J. Un"; not a capital after a digit, which ends a word like "5G" or "4K".
  if (/^[A-Z]$/.test(word) && !(i >= 0 && /\d/.test(text[i]))) return true;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "U.N", "e.g", "a.m"
  // "No. 10", "no. 3 seed": a number follows; "A: No. Rents will rise" is the answer "No."
  if (/^no$/i.test(word)) return /^\s*\d/.test(text.slice(at + 1));
  return ABBREVIATIONS.has(word.toLowerCase());
}

// After "10 p.m." a time zone, a day or a month goes on with the sentence ("p.m. GMT", "a.m.
// Monday"); any other capitalised word starts a new one ("… close at 10 p.m. The count …").
const GOES_ON_AFTER_CLOCK =
  /^(?:GMT|UTC|BST|CET|CEST|IST|JST|KST|ET|EST|EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|AEST|AEDT|local|Eastern|Pacific|Central|Mountain|Greenwich|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
function endsAfterClockTime(text: string, at: number): boolean {
  if (!/(?:^|[\s\d])[ap]\.m$/i.test(text.slice(Math.max(0, at - 5), at))) return false;
  const next = /^\s+([\p{Lu}][\p{L}]*)/u.exec(text.slice(at + 1));
  return !!next && !GOES_ON_AFTER_CLOCK.test(next[1]);
}

// "… growth will slow in the U.S. The Fed could cut …", "… shares of Acme Inc. It expects …":
// after dotted initials or a company's suffix, a word that only opens a sentence starts one ("the
// U.S. Federal Reserve" goes on).
const OPENS_ONLY =
  /^(?:The|A|An|It|Its|This|That|These|Those|There|But|However|He|She|They|We|I|In|On|At|His|Her|Their|Our|Meanwhile|Still|Yet|And|So|If|When|While|As|After|Before|Analysts|Economists|Experts)\b/;
const AFTER_INITIALS = new RegExp(String.raw`(?:^|[\s(])(?:(?:[A-Za-z]\.)+[A-Za-z]|${COMPANY_SUFFIX})$`);
function endsAfterInitials(text: string, at: number): boolean {
  if (!AFTER_INITIALS.test(text.slice(Math.max(0, at - 12), at))) return false;
  const next = /^\s+(\S+)/.exec(text.slice(at + 1));
  return !!next && OPENS_ONLY.test(next[1]);
}

/** The sentences of one paragraph, with offsets relative to the article. */
export function splitParagraph(paragraph: Paragraph): Sentence[] {
  const { text } = paragraph;
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (ch === "." && isAbbreviation(text, i) && !endsAfterClockTime(text, i) && !endsAfterInitials(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end]) || text[end] === ".")) end++;
    // A sentence ends where white space is followed by a capital, a digit or an opening quote, or
    // by a name that sets its capital second ("iSuppli", "eBay").
    const rest = text.slice(end);
    // (No "u" flag on the long rest of the text: V8 would copy it for every sentence.)
    const next = /^\s+(\S)/.exec(rest);
    if (!next) continue;
    const capitalSecond = /\p{Ll}/u.test(next[1]) && /\p{Lu}/u.test(rest.charAt(next[0].length));
    if (!/[\p{Lu}\d]/u.test(next[1]) && !OPENERS.test(next[1]) && !capitalSecond) continue;
    // "… said, “Yes.” Then …" is two sentences, but "“No,” he said." is one: a lower-case word after a closing quote continues.
    pushSentence(sentences, text, start, end, paragraph);
    start = end + (rest.length - rest.trimStart().length);
    i = start - 1;
  }
  pushSentence(sentences, text, start, text.length, paragraph);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, from: number, to: number, paragraph: Paragraph) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = paragraph.start + from + lead;
  sentences.push({ text: body, start, end: start + body.length, paragraph: paragraph.index });
}

/** Every sentence of the article's prose, in order; furniture is left out. */
export function splitSentences(article: string): Sentence[] {
  return splitParagraphs(article)
    .filter((p) => !p.furniture)
    .flatMap(splitParagraph);
}
