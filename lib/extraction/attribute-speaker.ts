// Who says a sentence: the speaker of the quotation it stands in, the subject of a reporting
// verb before it ("X predicted that…", "according to X"), a pronoun or title pointing back
// to the last speaker, or else the outlet itself. Pure; English news style.

export type Speaker = { name: string; kind: "PERSON" | "ORGANISATION" | "UNNAMED_GROUP" | "OUTLET" };

const VERBS = [
  "said", "says", "say", "told", "tells", "remarked", "remarks", "commented", "comments", "added", "adds", "adding", "noted", "notes",
  "stressed", "predicted", "predicts", "predict", "wrote", "writes", "stated", "states", "explained", "argued", "argues", "warned", "warns",
  "continued", "estimated", "estimates", "estimating", "believe", "believes", "believed", "think", "thinks", "expects", "assessed",
  "assess", "claimed", "claims", "insisted", "suggested", "speculated", "forecast", "forecasts", "went on", "observed", "concluded",
];
const ANY_VERB = VERBS.map((v) => v.replace(" ", "\\s+")).join("|");
const VERB_RE = new RegExp(`\\b(?:${ANY_VERB})\\b`, "gi");
/** "…,” remarked Park Byung-hwan": a verb first, then who. */
const VERB_THEN_SUBJECT = new RegExp(`^(?:${ANY_VERB})\\s+([^.;]+)`, "i");

// Words that describe a speaker rather than name them.
const TITLE_WORDS = new Set([
  "president", "minister", "defense", "defence", "foreign", "prime", "vice", "deputy", "professor", "prof", "dr", "mr", "mrs", "ms",
  "director", "ambassador", "chairman", "chairwoman", "secretary", "general", "gen", "senator", "representative", "spokesperson",
  "spokesman", "spokeswoman", "adviser", "advisor", "national", "security", "former", "chief", "head", "leader", "commander", "premier",
  "russian", "korean", "south", "north", "british", "american", "chinese", "japanese", "us", "u.s.", "state", "affairs", "commission",
  "columnist", "analyst", "researcher", "senior", "fellow", "lawmaker", "governor", "mayor", "king", "queen", "emperor", "chancellor",
]);
const ORGANISATION_WORDS = /\b(times|post|news|agency|institute|ministry|office|council|party|university|center|centre|foundation|service|daily|journal|herald|ilbo|hankyoreh|kremlin|government|bank|fund|commission|committee|group|reuters|press|network|broadcasting|forum|strategy)\b/i;
const CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "van", "von", "al"]);
const KOREAN_SURNAMES = new Set(["kim", "lee", "park", "choi", "cho", "jeong", "jung", "kang", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "ryu", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "wi", "jeh", "ri", "choe", "pak", "jo", "yu", "noh", "ha", "kwak", "chung"]);
const LEADING_FILLER = /^(?:but|and|so|yet|also|however|meanwhile|moreover|furthermore|hence|thus|still|instead|then|now|in particular|in addition|in the meantime|on the other hand)\b[\s,]*/i;

const capitalised = (token: string) => /^[\p{Lu}]/u.test(token);

/** The last run of capitalised words in a phrase ("…ambassador to Russia Wi Sung-lac" → "Russia Wi Sung-lac"). */
function lastNameRun(phrase: string): string[] | null {
  const tokens = phrase.replace(/[“”"‘’,;:()[\]]/g, " ").split(/\s+/).filter(Boolean);
  let end = tokens.length;
  while (end > 0 && !capitalised(tokens[end - 1])) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && (capitalised(tokens[start - 1]) || (CONNECTORS.has(tokens[start - 1].toLowerCase()) && start - 1 > 0 && capitalised(tokens[start - 2])))) start--;
  return tokens.slice(start, end);
}

function isOrganisation(run: string[]): boolean {
  return ORGANISATION_WORDS.test(run.join(" ")) || run.some((t, i) => i > 0 && CONNECTORS.has(t.toLowerCase()));
}

/** A person's name out of a run of capitalised words: drop titles and nationalities in front. */
function personName(run: string[]): string | null {
  let tokens = [...run];
  while (tokens.length > 0 && TITLE_WORDS.has(tokens[0].toLowerCase().replace(/[.]$/, ""))) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  if (tokens.length > 3) tokens = tokens.slice(-3);
  if (tokens.length === 3 && !KOREAN_SURNAMES.has(tokens[0].toLowerCase()) && !/^[A-Z]\.$/.test(tokens[1])) tokens = tokens.slice(1);
  return tokens.join(" ");
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unnamed(subject: string): Speaker | null {
  const s = subject.toLowerCase();
  if (/\b(officials?|government|source|authorities|ministry|spokes\w*|administration|diplomats?)\b/.test(s)) return { name: "Government official (unnamed)", kind: "UNNAMED_GROUP" };
  if (/\b(experts?|analysts?|observers?|scholars?|critics?|some|others|many|commentators?|pundits?|researchers?|specialists?)\b/.test(s)) return { name: "Experts (unnamed)", kind: "UNNAMED_GROUP" };
  return null;
}

/**
 * The speaker named by a subject phrase. Appositives are looked through: in "John Everard,
 * the former British ambassador to North Korea remarked", the description is skipped for the name.
 */
export function speakerFromSubject(subject: string, previous: Speaker | null): Speaker | null {
  const segments = subject.split(",").map((s) => s.trim().replace(LEADING_FILLER, "").trim()).filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (/^(he|she|they|the official|the expert|the minister|the professor|the ambassador)$/i.test(segment)) return previous;
    if (/^(i|we)$/i.test(segment)) return null; // the author: the outlet speaks
    const found = lastNameRun(segment);
    const run = found && found[0].toLowerCase() === "the" ? found.slice(1) : found;
    // "the New York Times", "the Institute for National Security Strategy": a named body.
    if (run && run.length > 0 && isOrganisation(run) && segment.replace(/^the\s+/i, "").startsWith(run[0])) {
      const name = run.join(" ");
      return { name: /^the\b/i.test(segment) ? `The ${name}` : name, kind: "ORGANISATION" };
    }
    // After a name and a comma, a description describes that name ("Jeh Sung-hoon, a professor of
    // …"): look through it. At the head of the subject it may end in the name ("former
    // ambassador to Russia Wi Sung-lac") or be all the speaker there is ("a government official").
    if (/^(a|an|the|who|which|whose|former|currently|now|then)\b/i.test(segment)) {
      if (i > 0) continue;
      const name = run && run.length > 0 && !isOrganisation(run) ? personName(run) : null;
      if (name && name.split(" ").length >= 2 && segment.trimEnd().endsWith(run![run!.length - 1])) return { name, kind: "PERSON" };
      return unnamed(segment);
    }
    if (run && run.length > 0) {
      if (isOrganisation(run)) return { name: capitaliseFirst(run.join(" ")), kind: "ORGANISATION" };
      const name = personName(run);
      if (name && name.split(" ").length >= 2) return { name, kind: "PERSON" };
      // A surname alone ("Cho went on") is the person last named in full.
      if (name && previous?.name.split(" ").includes(name)) return previous;
      // A single name counts when a title stood before it ("President Putin"); a capitalised word
      // alone is as often "Some" or "Another" as a name.
      if (name && run.length > 1) return { name, kind: "PERSON" };
    }
    return unnamed(segment);
  }
  return null;
}

type Quotation = { open: number; close: number };

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

/** The subject of the last reporting verb in `text` (a clause before a quotation or a "that"). */
function subjectBeforeVerb(text: string): { subject: string; verbAt: number } | null {
  const matches = [...text.matchAll(VERB_RE)];
  if (matches.length === 0) return null;
  const last = matches[matches.length - 1];
  // The subject runs from the previous sentence break to the verb.
  const before = text.slice(0, last.index);
  const clauseStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("” "), before.lastIndexOf("“"));
  return { subject: before.slice(clauseStart + 1).trim(), verbAt: last.index! };
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
};

/** Who speaks at offset `at` of the paragraph. */
export function attributeSpeaker(context: AttributionContext): Speaker {
  const { paragraph, at, previous, outlet } = context;
  const quote = quotations(paragraph).find((q) => q.open <= at && at <= q.close);
  if (quote) return quotedSpeaker(context, quote) ?? previous ?? outlet;
  // Outside quotations: "according to X", or the subject of a reporting verb earlier in the sentence.
  const sentenceStart = context.sentenceStart ?? Math.max(paragraph.lastIndexOf(". ", at) + 1, 0);
  const sentence = paragraph.slice(sentenceStart, context.sentenceEnd ?? paragraph.length);
  const head = paragraph.slice(sentenceStart, at);
  const according = /according to ([^,.;]+)/i.exec(sentence);
  if (according) {
    const speaker = speakerFromSubject(according[1], previous);
    if (speaker) return speaker;
    // "according to Reuters": whoever is named there is the source, one word or not.
    const run = lastNameRun(according[1]);
    if (run) return { name: run.join(" "), kind: "ORGANISATION" };
  }
  const reported = subjectBeforeVerb(head);
  // "X said in an interview about the summit, which is likely to…": a relative clause is the
  // writer's, not the content of what X said.
  if (reported && !/\b(which|who|whose)\b/i.test(head.slice(reported.verbAt))) {
    return speakerFromSubject(reported.subject, previous) ?? outlet;
  }
  return outlet;
}

function quotedSpeaker(context: AttributionContext, quote: Quotation): Speaker | null {
  const { paragraph, previous } = context;
  // After the quotation: “…,” remarked Park Byung-hwan / “…,” Wi Sung-lac told the Hankyoreh / “…,” he added.
  // Only when the sentence goes on past the quotation: “….” He added … starts a new one.
  const closedSentence = /[.!?]\s*$/.test(paragraph.slice(quote.open + 1, quote.close));
  const after = closedSentence ? "" : paragraph.slice(quote.close + 1).replace(/^[\s,.]+/, "");
  const afterSentence = after.split(/(?<=[.!?])\s/)[0] ?? "";
  const verbFirst = VERB_THEN_SUBJECT.exec(afterSentence);
  if (verbFirst) {
    const speaker = speakerFromSubject(verbFirst[1].split(",")[0], previous);
    if (speaker) return speaker;
  }
  const subjectFirst = subjectBeforeVerb(afterSentence);
  if (subjectFirst && subjectFirst.verbAt < 120 && !/[“"]/.test(afterSentence.slice(0, subjectFirst.verbAt))) {
    const speaker = speakerFromSubject(subjectFirst.subject, previous);
    if (speaker) return speaker;
  }
  // Before it: Kim Dong-yub commented, “… / He continued, “… / …,” but added, “… / …,” and “…
  const before = paragraph.slice(0, quote.open);
  const earlier = quotations(paragraph).filter((q) => q.close < quote.open).at(-1);
  if (earlier && /^[\s,]*(?:and|but|or)?[\s,]*(?:(?:he|she|they)\s+)?(?:added|continued|went on|said)?[\s,:]*$/i.test(paragraph.slice(earlier.close + 1, quote.open))) {
    return quotedSpeaker(context, earlier);
  }
  const lead = subjectBeforeVerb(before);
  if (lead && before.slice(lead.verbAt).length < 40) {
    if (!lead.subject || /^(but|and)$/i.test(lead.subject.trim())) {
      // "…,” but added, “…": the speaker of the quotation before.
      return earlier ? quotedSpeaker(context, earlier) : previous;
    }
    const speaker = speakerFromSubject(lead.subject, previous);
    if (speaker) return speaker;
  }
  // A paragraph that is all quotation, attributed at the start of the next one.
  if (quote.open === 0 && context.nextParagraph) {
    const next = subjectBeforeVerb(context.nextParagraph.split(/(?<=[.!?])\s/)[0] ?? "");
    if (next) return speakerFromSubject(next.subject, previous);
  }
  return null;
}
