// Who says a sentence: the speaker of the quotation it stands in, the subject of a reporting
// verb before it ("X predicted that…", "according to X"), a pronoun or title pointing back
// to the last speaker, or else the outlet itself. Pure; English news style.

import { REPORTING_VERB_FORMS } from "./reporting-verbs";
import { MONTH_ABBREVIATIONS } from "./split-sentences";

export type Speaker = { name: string; kind: "PERSON" | "ORGANISATION" | "UNNAMED_GROUP" | "OUTLET" };

const ANY_VERB = REPORTING_VERB_FORMS.map((v) => v.replace(" ", "\\s+")).join("|");
const VERB_RE = new RegExp(`\\b(?:${ANY_VERB})\\b`, "gi");
/** "…,” remarked Park Byung-hwan": a verb first, then who. */
const VERB_THEN_SUBJECT = new RegExp(`^(?:${ANY_VERB})\\s+([^.;]+)`, "i");

// Words that describe a speaker rather than name them.
const TITLE_WORDS = new Set([
  "president",
  "minister",
  "defense",
  "defence",
  "foreign",
  "prime",
  "vice",
  "deputy",
  "professor",
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "director",
  "ambassador",
  "chairman",
  "chairwoman",
  "secretary",
  "general",
  "gen",
  "senator",
  "representative",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "adviser",
  "advisor",
  "national",
  "security",
  "former",
  "chief",
  "head",
  "leader",
  "commander",
  "premier",
  "russian",
  "korean",
  "south",
  "north",
  "british",
  "american",
  "chinese",
  "japanese",
  "us",
  "u.s.",
  "state",
  "affairs",
  "commission",
  "columnist",
  "analyst",
  "researcher",
  "senior",
  "fellow",
  "lawmaker",
  "governor",
  "mayor",
  "king",
  "queen",
  "emperor",
  "chancellor",
]);
const ORGANISATION_WORDS =
  /\b(times|post|news|agency|institute|ministry|office|council|party|university|center|centre|foundation|service|daily|journal|herald|kremlin|pentagon|parliament|congress|senate|cabinet|court|army|police|company|corporation|association|union|organization|organisation|authority|board|bureau|department|media|tv|radio|newspaper|magazine|review|government|bank|fund|commission|committee|group|reuters|press|network|broadcasting|forum|strategy)\b/i;
const CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "van", "von", "al"]);
// Days and months are capitalised but name nobody: "according to a report released on Monday".
const DATE_NAMES = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  ...MONTH_ABBREVIATIONS,
]);
// Words for a person by role, which point back to the last person named ("the expert said").
const ROLE =
  /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:expert|official|minister|professor|ambassador|analyst|economist|strategist|diplomat|envoy|scholar|researcher|scientist|spokes(?:man|woman|person)|adviser|advisor|general|senator|lawmaker|president|chancellor|governor|mayor|chief|director|executive|pollster|author|commentator|historian|former\s+\w+|\p{Ll}+(?:ist|ian))$/u;
// A clause of time, place or occasion before the subject: "At a briefing on Tuesday,", "In an interview,".
const LEADING_CLAUSE = /^(?:at|in|on|during|after|before|speaking|asked|following|with|since|while|when|as|later|earlier|last|this|addressing|writing)\b/i;
const LEADING_FILLER =
  /^(?:but|and|so|yet|also|however|meanwhile|moreover|furthermore|hence|thus|still|instead|then|now|in particular|in addition|in the meantime|on the other hand)\b[\s,]*/i;

const capitalised = (token: string) => /^[\p{Lu}]/u.test(token) && !DATE_NAMES.has(token.toLowerCase().replace(/[.,]$/, ""));

/** The last run of capitalised words in a phrase ("…ambassador to Russia Wi Sung-lac" → "Russia Wi Sung-lac"). */
function lastNameRun(phrase: string): string[] | null {
  return lastNameRunAt(phrase)?.run ?? null;
}

/** The run, and whether a preposition stands just before it ("to Russia Wi Sung-lac"). */
function lastNameRunAt(phrase: string): { run: string[]; afterPreposition: boolean } | null {
  const tokens = phrase
    .replace(/[“”"‘’,;:()[\]]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  let end = tokens.length;
  while (end > 0 && !capitalised(tokens[end - 1])) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && (capitalised(tokens[start - 1]) || (CONNECTORS.has(tokens[start - 1].toLowerCase()) && start - 1 > 0 && capitalised(tokens[start - 2]))))
    start--;
  return { run: tokens.slice(start, end), afterPreposition: start > 0 && /^(to|of|in|for|from|at)$/i.test(tokens[start - 1]) };
}

function isOrganisation(run: string[]): boolean {
  return ORGANISATION_WORDS.test(run.join(" ")) || run.some((t, i) => i > 0 && CONNECTORS.has(t.toLowerCase()));
}

/** A person's name out of a run of capitalised words: drop titles and nationalities in front. */
function personName(run: string[], afterPreposition = false): string | null {
  let tokens = [...run];
  const isTitle = (t: string) => TITLE_WORDS.has(t.toLowerCase().replace(/[.]$/, ""));
  // "ambassador to Russia Wi Sung-lac": the place after the preposition is no part of the name.
  if (afterPreposition && tokens.length >= 3) tokens = tokens.slice(1);
  while (tokens.length > 0 && isTitle(tokens[0])) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  if (tokens.length > 3) tokens = tokens.slice(-3);
  // "German Chancellor Olaf Scholz" cut to three words: titles left at the front go too.
  while (tokens.length > 2 && (isTitle(tokens[0]) || isTitle(tokens[1]))) tokens = tokens.slice(1);
  return tokens.join(" ");
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unnamed(subject: string): Speaker | null {
  const s = subject.toLowerCase();
  if (/\b(officials?|government|source|authorities|ministry|spokes\w*|administration|diplomats?)\b/.test(s))
    return { name: "Government official (unnamed)", kind: "UNNAMED_GROUP" };
  if (/\b(experts?|analysts?|observers?|scholars?|critics?|some|others|many|commentators?|pundits?|researchers?|specialists?)\b/.test(s))
    return { name: "Experts (unnamed)", kind: "UNNAMED_GROUP" };
  // Any other plural of people by trade: "economists", "strategists", "forecasters", "historians".
  const trade = /\b(\p{Ll}+(?:ists|ers|ors|ians|ants|ents))(?:\s+(?:at|of|from|with|in|for|on)\b.*)?$/u.exec(s);
  if (
    trade &&
    !/^(?:others|members|numbers|orders|waters|matters|letters|papers|centers|comments|events|agents|parents|students|patients|residents|voters|customers|consumers|workers|users|viewers|readers|passengers|players|fans)$/.test(
      trade[1],
    )
  ) {
    return { name: `${capitaliseFirst(trade[1])} (unnamed)`, kind: "UNNAMED_GROUP" };
  }
  return null;
}

/**
 * The speaker named by a subject phrase. Appositives are looked through: in "John Everard,
 * the former British ambassador to North Korea remarked", the description is skipped for the name.
 */
export function speakerFromSubject(subject: string, previous: Speaker | null, known?: ReadonlyMap<string, Speaker>): Speaker | null {
  let segments = subject
    .split(",")
    .map((s) => s.trim().replace(LEADING_FILLER, "").trim())
    .filter(Boolean);
  // "At a briefing on Tuesday, a ministry official said": the leading clause is not the subject.
  while (segments.length > 1 && LEADING_CLAUSE.test(segments[0])) segments = segments.slice(1);
  for (let i = segments.length - 1; i >= 0; i--) {
    let segment = segments[i];
    // "Priya Nair of the Institute for Fiscal Studies": the person, not where they work.
    const affiliation = /^(.*?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}/u.exec(segment);
    if (affiliation && !ORGANISATION_WORDS.test(affiliation[1])) segment = affiliation[1];
    if (/^(he|she|they)$/i.test(segment)) return previous;
    // "the expert", "the former minister": the person last named, when there is one.
    const role = ROLE.test(segment.replace(/^The\b/, "the"));
    if (role && previous?.kind === "PERSON") return previous;
    if (/^(i|we)$/i.test(segment)) return null; // the author: the outlet speaks
    const at = lastNameRunAt(segment);
    const found = at?.run ?? null;
    const run = found && found[0].toLowerCase() === "the" ? found.slice(1) : found;
    // "the New York Times", "the Institute for National Security Strategy": a named body.
    if (run && run.length > 0 && isOrganisation(run) && segment.replace(/^the\s+/i, "").startsWith(run[0])) {
      const name = run.join(" ");
      return { name: /^the\b/i.test(segment) ? `The ${name}` : name, kind: "ORGANISATION" };
    }
    // "the Hankyoreh", "the Kremlin": a capitalised name after "the" names a body, not a person.
    if (run && /^the\s+\S+$/i.test(segment) && run.length === 1 && !role) return { name: `The ${run[0]}`, kind: "ORGANISATION" };
    // After a name and a comma, a description describes that name ("Jeh Sung-hoon, a professor of
    // …"): look through it. At the head of the subject it may end in the name ("former
    // ambassador to Russia Wi Sung-lac") or be all the speaker there is ("a government official").
    if (/^(a|an|the|its|his|her|their|our|who|which|whose|former|currently|now|then)\b/i.test(segment)) {
      if (i > 0) continue;
      const name = run && run.length > 0 && !isOrganisation(run) ? personName(run, at!.afterPreposition) : null;
      if (name && name.split(" ").length >= 2 && segment.trimEnd().endsWith(run![run!.length - 1])) return { name, kind: "PERSON" };
      return unnamed(segment);
    }
    if (run && run.length > 0) {
      if (isOrganisation(run)) return { name: capitaliseFirst(run.join(" ")), kind: "ORGANISATION" };
      const name = personName(run, at!.afterPreposition);
      if (name && name.split(" ").length >= 2) return { name, kind: "PERSON" };
      // A surname alone ("Cho went on") is the person last named in full, or one named earlier.
      if (name && previous?.name.split(" ").includes(name)) return previous;
      const earlier = name ? known?.get(name.toLowerCase()) : undefined;
      if (earlier) return earlier;
      // A single name counts when a title stood before it ("President Putin"); a capitalised word
      // alone is as often "Some" or "Another" as a name.
      if (name && run.length > 1) return { name, kind: "PERSON" };
    }
    return unnamed(segment);
  }
  return null;
}

// "This assessment was given by the analyst Jane Roe.", "The forecast was made by the IMF."
const PASSIVE =
  /^(?:this|that|the|such|these|those|her|his|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:assessment|forecast|prediction|view|estimate|projection|analysis|warning|opinion|outlook|expectation|scenario|judge?ment|conclusion|estimate|claim|comment|remark)s?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[\p{Ll}]+ly\s+)?(?:given|made|offered|shared|voiced|expressed|issued|put\s+forward|provided|published|reached|delivered|presented|echoed|held)\s+by\s+(.+?)[.!]?["”’]?$/iu;

/** The speaker a sentence names in the passive for the claim before it, or null. */
export function passiveAttribution(options: { sentence: string; previous: Speaker | null; known?: ReadonlyMap<string, Speaker> }): Speaker | null {
  const m = PASSIVE.exec(options.sentence.trim());
  if (!m) return null;
  // "the analyst Jane Roe": the name after the role is the speaker.
  return speakerFromSubject(m[1], options.previous, options.known);
}

const NOT_BEFORE_NAME = new Set([
  "the",
  "a",
  "an",
  "in",
  "to",
  "of",
  "from",
  "at",
  "on",
  "with",
  "by",
  "for",
  "and",
  "or",
  "but",
  "as",
  "into",
  "over",
  "between",
  "against",
  "across",
  "than",
  "near",
  "via",
  "visit",
  "visited",
  "visiting",
]);

/**
 * People a sentence names with a role before them ("incumbent governor Paulo Mendes", "the
 * candidate, Lucia Ferreira"), so that "Mendes told supporters" later points to them. A run of
 * two or three capitalised words after a lowercase word that is no preposition or article.
 */
export function namedPeople(sentence: string): Speaker[] {
  const found: Speaker[] = [];
  for (const m of sentence.matchAll(/(?<=(?:^|\s)([\p{Ll}-]+),?\s)(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\b/gu)) {
    const [, before, name] = m;
    if (NOT_BEFORE_NAME.has(before)) continue;
    const tokens = name.split(" ");
    if (tokens.some((t) => TITLE_WORDS.has(t.toLowerCase()) || DATE_NAMES.has(t.toLowerCase())) || ORGANISATION_WORDS.test(name)) continue;
    found.push({ name, kind: "PERSON" });
  }
  return found;
}

/** Remembers a named person by each part of their name, for "Quint said" three paragraphs on. */
export function rememberSpeaker(known: Map<string, Speaker>, speaker: Speaker): void {
  if (speaker.kind !== "PERSON") return;
  for (const part of speaker.name.split(" ")) if (part.length > 1) known.set(part.toLowerCase(), speaker);
}

export type Quotation = { open: number; close: number };

/** Quotations in a paragraph: from an opening “ (or ") to its closing ” (or "). */
export function quotations(paragraph: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (open < 0 && (ch === "“" || (ch === '"' && (i === 0 || /[\s([—-]/.test(paragraph[i - 1]))))) open = i;
    else if (open >= 0 && (ch === "”" || ch === '"')) {
      found.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) found.push({ open, close: paragraph.length });
  return found;
}

/**
 * The index of the quotation that holds offset `at` (open <= at <= close), or of the last one
 * that closes before it when none holds it (-1 when none does). Quotations are in order and do
 * not overlap, so a binary search finds it: one paragraph of a long article can hold thousands.
 */
export function quotationIndex(quotes: readonly Quotation[], at: number): number {
  let low = 0;
  let high = quotes.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (quotes[mid].open <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function quotationAt(quotes: readonly Quotation[], at: number): Quotation | undefined {
  const q = quotes[quotationIndex(quotes, at)];
  return q && at <= q.close ? q : undefined;
}

/** Where the clause ending at `end` begins: just after the nearest ". ", "? ", "” " or "“" before it (0 when none). */
function clauseStartBefore(text: string, end: number): number {
  // A walk back to the nearest break, not four lastIndexOf calls from the end: those run to the
  // paragraph's start whenever one kind of break is missing, which made long paragraphs quadratic.
  for (let i = end - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === "“" || ((ch === "?" || ch === "”") && i + 1 < end && text[i + 1] === " ")) return i + 1;
    // A full stop ends the clause unless it ends a title or an initial ("Ms. Ortega", "J. Smith").
    if (
      ch === "." &&
      i + 1 < end &&
      text[i + 1] === " " &&
      !/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Jr|Sr|[A-Z])$/.test(text.slice(Math.max(0, i - 5), i))
    )
      return i + 1;
  }
  return 0;
}

/**
 * The subject of the last reporting verb in `text` (a clause before a quotation or a "that"),
 * looking for the verb only from `from` on (the text before stays the subject's context).
 */
function subjectBeforeVerb(text: string, from = 0, first = false): { subject: string; verbAt: number } | null {
  const verbs = new RegExp(VERB_RE.source, VERB_RE.flags); // lastIndex is per search: never share it
  verbs.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = verbs.exec(text); m; m = first ? null : verbs.exec(text)) last = m;
  if (!last) return null;
  // The subject runs from the previous sentence break to the verb.
  const before = text.slice(0, last.index);
  // "Traders are betting", "the Kremlin has said": the auxiliary is no part of the subject.
  const subject = before
    .slice(clauseStartBefore(before, before.length))
    .trim()
    .replace(/(?:\s+(?:is|are|was|were|has|have|had|been|will|would|also|now|still|already|publicly|privately|recently))+$/i, "");
  return { subject, verbAt: last.index };
}

// No sentence of prose runs this long; reading a "sentence" further (a paragraph of quotations
// with no full stop before a space) would re-read the paragraph's rest for every quotation in it.
const LONGEST_SENTENCE = 2000;

/** The text of `text` from `from` up to its first sentence end (". ", "! ", "? " and the like) or its end. */
function firstSentence(text: string, from = 0): string {
  const window = text.slice(from, from + LONGEST_SENTENCE);
  // Not after a title or an initial: "Ms. Ortega warned", "U.S. officials said".
  const end = /(?<=[.!?])(?<!(?:^|[\s(.])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Lt|Col|Capt|[A-Z])\.)\s/.exec(window);
  return end ? window.slice(0, end.index) : window;
}

export type AttributionContext = {
  /** The whole paragraph, and where the sentence (or the phrase in it) stands in it. */
  paragraph: string;
  at: number;
  sentenceStart?: number;
  sentenceEnd?: number;
  nextParagraph?: string;
  previous: Speaker | null;
  outlet: Speaker;
  /** People named so far, by each part of their name (rememberSpeaker). */
  known?: ReadonlyMap<string, Speaker>;
  /** The paragraph's quotations, when the caller has them already (one reading per paragraph keeps long ones linear). */
  quotes?: readonly Quotation[];
};

/** Who speaks at offset `at` of the paragraph. */
export function attributeSpeaker(context: AttributionContext): Speaker {
  const { paragraph, at, previous, outlet } = context;
  const quotes = context.quotes ?? quotations(paragraph);
  const quote = quotationAt(quotes, at);
  if (quote) return quotedSpeaker({ ...context, quotes }, quote) ?? previous ?? outlet;
  // Outside quotations: "according to X", or the subject of a reporting verb earlier in the sentence.
  const sentenceStart = context.sentenceStart ?? Math.max(paragraph.lastIndexOf(". ", at) + 1, 0);
  const sentence = paragraph.slice(sentenceStart, context.sentenceEnd ?? paragraph.length);
  const head = paragraph.slice(sentenceStart, at);
  const according = accordingTo(sentence);
  if (according) {
    const speaker = speakerFromSubject(according, previous, context.known);
    if (speaker) return speaker;
    // "according to Reuters": whoever is named there is the source, one word or not.
    const run = lastNameRun(according);
    if (run) return { name: run.join(" "), kind: "ORGANISATION" };
  }
  // At the sentence's end: "…, the Kremlin has said." / "…, said Mara Quint, a pollster." It names
  // the speaker of the clause the forecast stands in, even after another reporting verb.
  const tail = sentence.slice(Math.max(0, at - sentenceStart));
  const final = FINAL_SUBJECT_VERB.exec(tail) ?? FINAL_VERB_SUBJECT.exec(tail);
  const finalSpeaker = final ? (speakerFromSubject(final[1], previous, context.known) ?? soleName(final[1])) : null;
  if (finalSpeaker) return finalSpeaker;
  const reported = subjectBeforeVerb(head);
  // "X said in an interview about the summit, which is likely to…": a relative clause is the
  // writer's, not the content of what X said.
  if (reported && !/\b(which|who|whose)\b/i.test(head.slice(reported.verbAt))) {
    const speaker = speakerFromSubject(reported.subject, previous, context.known);
    if (speaker) return speaker;
  }
  return outlet;
}

/** "…, Bloomberg reported.": one capitalised word that names no one known is a source's name. */
function soleName(subject: string): Speaker | null {
  const word = subject.trim();
  return /^\p{Lu}[\p{L}&’'-]+$/u.test(word) && !/^(?:some|many|others|another|most|few|all|both|several|it|this|that|they|we|he|she)$/i.test(word)
    ? { name: word, kind: "ORGANISATION" }
    : null;
}

// Nouns for a document rather than a source: "according to a report released on Monday" names
// no one unless it says by whom ("a report by the IMF").
const DOCUMENT =
  /^(?:a|an|the|its|their|his|her|new|recent|latest|\s)*(?:report|study|survey|poll|analysis|statement|document|estimate|forecast|data|figures|assessment|paper|memo|note|projection|review|draft|readout|transcript|filing|letter)s?\b/i;

/**
 * The source named after "according to", up to the clause's end: a comma, a semicolon or a full
 * stop that ends the sentence, not the one of an abbreviation ("senior U.S. officials").
 */
function accordingTo(sentence: string): string | null {
  const m = /\baccording to\s+/i.exec(sentence);
  if (!m) return null;
  let end = m.index + m[0].length;
  for (; end < sentence.length; end++) {
    const ch = sentence[end];
    if (ch === "," || ch === ";" || ch === "—") break;
    if (ch === "." && !/(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Inc|Corp|Co|Ltd|Jr|Sr|St|Sen|Rep|Gov)$/.test(sentence.slice(Math.max(0, end - 5), end)))
      break;
  }
  const source = sentence.slice(m.index + m[0].length, end).trim();
  if (!DOCUMENT.test(source)) return source || null;
  // A document: its author, when it is given ("a report by the IMF released on Monday" → the IMF).
  const by = /\b(?:by|from|of)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s*)+)/u.exec(source);
  return by ? by[1].trim() : null;
}

const VERB_ALTERNATION = REPORTING_VERB_FORMS.map((v) => v.replace(" ", "\\s+")).join("|");
const FINAL_SUBJECT_VERB = new RegExp(
  `,\\s+([^,;“”"]{1,80}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${VERB_ALTERNATION})(?:\\s+(?:on|in|at|last|this|late|earlier|recently)\\b[^,;]{0,40})?\\s*[.!]?["”’]?$`,
  "i",
);
const FINAL_VERB_SUBJECT = new RegExp(`,\\s+(?:${VERB_ALTERNATION})\\s+([^;“”"]{1,120}?)\\s*[.!]?$`, "i");

/** True when the quotation's words end a sentence (“….”): the last non-space character inside is . ! or ?. */
function endsSentence(paragraph: string, quote: Quotation): boolean {
  let i = quote.close - 1;
  while (i > quote.open && /\s/.test(paragraph[i])) i--;
  return i > quote.open && /[.!?]/.test(paragraph[i]);
}

/** The rest of the sentence after a quotation, from its first word: ", remarked X." → "remarked X." */
function sentenceAfter(paragraph: string, quote: Quotation): string {
  let from = quote.close + 1;
  while (from < paragraph.length && /[\s,.]/.test(paragraph[from])) from++;
  return firstSentence(paragraph, from);
}

function quotedSpeaker(context: AttributionContext & { quotes: readonly Quotation[] }, quote: Quotation): Speaker | null {
  const { paragraph, previous, quotes } = context;
  // After the quotation: “…,” remarked Park Byung-hwan / “…,” Wi Sung-lac told the Hankyoreh / “…,” he added.
  // Only when the sentence goes on past the quotation: “….” He added … starts a new one.
  const afterSentence = endsSentence(paragraph, quote) ? "" : sentenceAfter(paragraph, quote);
  const verbFirst = VERB_THEN_SUBJECT.exec(afterSentence);
  if (verbFirst) {
    const speaker = speakerFromSubject(verbFirst[1].split(",")[0], previous, context.known);
    if (speaker) return speaker;
  }
  // The attribution after a quotation is its first reporting verb: “…,” Ms. Ortega warned, adding that …
  const subjectFirst = subjectBeforeVerb(afterSentence, 0, true);
  if (subjectFirst && subjectFirst.verbAt < 120 && !/[“"]/.test(afterSentence.slice(0, subjectFirst.verbAt))) {
    const speaker = speakerFromSubject(subjectFirst.subject, previous, context.known);
    if (speaker) return speaker;
  }
  // Before it: Kim Dong-yub commented, “… / He continued, “… / …,” but added, “… / …,” and “…
  const before = paragraph.slice(0, quote.open);
  // Quotations do not overlap: the one before this one in the list closes before it opens.
  const earlier = quotes[quotationIndex(quotes, quote.open) - 1] as Quotation | undefined;
  if (
    earlier &&
    /^[\s,]*(?:and|but|or)?[\s,]*(?:(?:he|she|they)\s+)?(?:added|continued|went on|said)?[\s,:]*$/i.test(paragraph.slice(earlier.close + 1, quote.open))
  ) {
    return quotedSpeaker(context, earlier);
  }
  // Only a verb in the last 40 characters leads into the quotation: look for verbs there alone.
  const lead = subjectBeforeVerb(before, Math.max(0, quote.open - 40));
  if (lead && before.slice(lead.verbAt).length < 40) {
    if (!lead.subject || /^(but|and)$/i.test(lead.subject.trim())) {
      // "…,” but added, “…": the speaker of the quotation before.
      return earlier ? quotedSpeaker(context, earlier) : previous;
    }
    const speaker = speakerFromSubject(lead.subject, previous, context.known);
    if (speaker) return speaker;
  }
  // A paragraph that is all quotation, attributed at the start of the next one.
  if (quote.open === 0 && context.nextParagraph) {
    const next = subjectBeforeVerb(firstSentence(context.nextParagraph));
    if (next) return speakerFromSubject(next.subject, previous, context.known);
  }
  return null;
}
