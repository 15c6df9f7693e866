// Proposes a candidate forecast for each sentence of an article that makes a claim about the
// future in estimative language: the sentence (or the quoted words in it), who said it, the
// probability words read on the verbal scale, and a draft question. Pure: no network, no model.
import { locatePhrase, type PhraseLocation } from "../probability/interpret-phrase";
import { probabilityOfYes } from "../probability/probability-of-yes";
import { readStatedProbability } from "../probability/read-stated-probability";
import { statesBaseRate } from "./base-rate";
import { type BandKey, bandForProbability, DEFAULT_SCALE, findBand, oppositeBand } from "../probability/scale";
import { carrySource } from "./attribution/carry-source";
import { creditLede } from "./attribution/lede-source";
import { documentOwners } from "./attribution/document-owners";
import { clauseCuts } from "./clause-cuts";
import { attributeSpeaker } from "./attribution/attribute-speaker";
import { type ParagraphSource, resolveSpeaker } from "./attribution/resolve-speaker";
import { lastNameRunAt } from "./attribution/name-run";
import { namedPeople } from "./attribution/named-people";
import { passiveAttribution } from "./attribution/passive-attribution";
import { insideQuotation, quotationIndex } from "./attribution/quotation-index";
import { type Quotation, quotations } from "./attribution/quotations";
import { namedBodies } from "./attribution/named-bodies";
import { organisationKey } from "./attribution/organisation-key";
import { rememberSpeaker } from "./attribution/remember-speaker";
import { rememberRoles } from "./attribution/person-roles";
import { publishedSource } from "./attribution/published-source";
import { LAST_BOOKMAKER, LAST_PERSON, OPENING_PRONOUN, type Speaker } from "./attribution/speaker";
import { ORGANISATION_WORDS } from "./attribution/speaker-words";
import { speakerFromSubject } from "./attribution/speaker-from-subject";
import { isBettingPiece, isPrice, isSupersededPrice, priceSpeaker } from "./betting";
import { DASH_ASIDE } from "./dash-aside";
import { findCue } from "./find-cue";
import { isForecastingVerb } from "./is-forecasting-verb";
import { listedChances } from "./listed-chances";
import { REVISED_FORECAST_AT_END } from "./revised-forecast";
import { splitParagraph, splitParagraphs } from "./split-sentences";
import { onSqueezedText } from "./squeeze-spaces";
import { suggestQuestion } from "./suggest-question";

export type Candidate = {
  quote: string;
  /** Offsets of the quote in the article: quote === text.slice(start, end). */
  start: number;
  end: number;
  forecaster: Speaker;
  phrase: string;
  band: BandKey;
  low: number;
  high: number;
  probability: number;
  /** STATED when the text gives the number ("a 70 percent chance"); SCALE when it is read from words. */
  probabilitySource: "SCALE" | "STATED";
  /** The number as stated (the probability of the event as the text states it), or null. */
  statedProbability: number | null;
  suggestedQuestion: string;
};

/** A sentence that forecasts nothing, with the source it names (else the outlet): it joins the carry of sources, never the result. */
type Mention = { quote: string; start: number; end: number; forecaster: Speaker; mention: true };

type Reading = Pick<Candidate, "phrase" | "band" | "low" | "high" | "probability" | "probabilitySource" | "statedProbability"> & { at: number };

// "Sales will rise — perhaps by a third — next year": a hedge inside an aside set off by dashes
// hedges the aside (the size), not the event; the main clause's words govern when it has any.
// Blanked with spaces so that offsets stay those of the text.
// "Economists predicted, however, the bank would cut": a linking word between the verb and what
// it governs.
const LINKING_ASIDE = /,\s(?:however|though|meanwhile|moreover|in\sturn|for\s(?:his|her|its|their)\spart),(?=\s)/gi;
function withoutAsides(text: string): string {
  return text.replace(DASH_ASIDE, (aside) => " ".repeat(aside.length)).replace(LINKING_ASIDE, (aside) => " ".repeat(aside.length));
}

// "The plant, which will employ 3,000 people when it opens, is the largest …": a relative clause
// between commas after the subject describes it; its flat will is no forecast of the sentence. A
// hedge there still governs ("the agreements they will sign, which may include …", "the vote, which
// analysts expect to be close, …"), and so may a relative clause after the main verb (", which are
// likely to show …, writes X").
const RELATIVE_ASIDE = /^((?:[\p{L}\p{N}’'-]+\s+){0,6}?[\p{L}\p{N}’'-]+),\s(?:which|who)\s[^,;]{1,100},/u;

const FLAT_FUTURE = /\b(?:will|would)\b|['’]ll\b/i;
const HEDGED = /\b(?:may|might|could|likely|unlikely|probably|possibly|perhaps|expect\w*|predict\w*|forecast\w*|chance|odds)\b/i;

const SUPERSEDED = /\bhad\s(?:\p{Ll}+ly\s)?(?:projected|forecast|predicted|expected|estimated|put|given|assigned|seen|priced\sin)\b[^.;]{0,60}$/iu;

/** The band of the scale that covers most of the range from `low` to `high`. */
function widestBandWithin(low: number, high: number): BandKey {
  let best = DEFAULT_SCALE.bands[0];
  let widest = -1;
  for (const band of DEFAULT_SCALE.bands) {
    const overlap = Math.min(high, band.high) - Math.max(low, band.low);
    if (overlap > widest) [best, widest] = [band, overlap];
  }
  return best.key;
}

/** What a part of a sentence says of the chance: a stated number wins over any estimative word. */
function readForecast(text: string, betting = false): Reading | null {
  const stated = readStatedProbability({ text, betting });
  // "The agency had projected a 60 percent chance …": a superseded forecast, no forecast now.
  if (stated && SUPERSEDED.test(text.slice(Math.max(0, stated.start - 80), stated.start))) return null;
  // "In a normal year the odds are 25 per cent, but this year …": a base rate; what follows may forecast.
  if (stated && statesBaseRate(text.slice(0, stated.start))) {
    const rest = readForecast(text.slice(stated.end), betting);
    return rest && { ...rest, at: rest.at + stated.end };
  }
  if (stated) {
    const { probability, low, high } = stated;
    // "less than 20 percent", "more than 60 percent": a bound, read as the band that holds most of
    // the range it opens (very unlikely; likely), not the band of its edge.
    const bound = (low === 0 && high === probability) || (high === 1 && low === probability);
    const band = bound ? widestBandWithin(low, high) : bandForProbability(probability).key;
    return { phrase: stated.words, band, low, high, probability, probabilitySource: "STATED", statedProbability: probability, at: stated.start };
  }
  const described = text.replace(RELATIVE_ASIDE, (whole, subject: string) =>
    FLAT_FUTURE.test(whole) && !HEDGED.test(whole) ? subject + " ".repeat(whole.length - subject.length) : whole,
  );
  const cue = findCue(withoutAsides(described)) ?? findCue(described);
  if (!cue) return null;
  const yes = probabilityOfYes({ band: cue.band, refersTo: "YES" });
  const phrase = text.slice(cue.start, cue.end);
  // "Economists see more cuts coming": the verb of the frame follows its speaker.
  // "The ministry expects …", "Investors are betting that …", "Punters think …": the words are a verb of belief whose
  // subject is the forecaster, so attribution reads the text up to their end.
  const believes =
    /^(?:expects?|expecting|(?:are|is)\sbetting|bets?\sthat|betting\sthat|favou?rs?|think(?:s|ing)?|believ(?:e|es|ed|ing)|doubt(?:s|ed)?|suggest(?:s|ed|ing)?)$|^(?:rejected|rejects|reject|dismiss|ruled|rules|rule|downplay|played|plays)/i.test(
      phrase,
    ) ||
    isForecastingVerb(phrase) ||
    REVISED_FORECAST_AT_END.test(phrase);
  // "an exit poll forecasts the party to win": a frame that opens with its verb follows its subject.
  const verb = /^[\p{L}]+/u.exec(phrase)?.[0] ?? "";
  const progressive = /^(?:are|is|were|was)\s/i.test(phrase); // "analysts are forecasting": the subject comes before
  const at =
    believes || progressive
      ? cue.end
      : verb !== phrase &&
          // "Fed policymakers project two cuts", "Whitcombe tipped his old club to win": the frame
          // read the word as the verb it is here.
          (isForecastingVerb(verb) || /^(?:project|tips|tipped)$/i.test(verb)) &&
          // "Most economists predicted no change": a past verb in the active voice, its subject before it.
          (!/ed$/.test(verb) ||
            (/^(?:predicted|projected|forecasted|anticipated|tipped)$/i.test(verb) &&
              !/^\p{L}+\sto\b/u.test(phrase) &&
              /[\p{L},]\s$/u.test(text.slice(0, cue.start)) &&
              !/\b(?:is|are|was|were|be|been|being|had|has|have)\s+(?:\p{Ll}+ly\s+)?$/iu.test(text.slice(0, cue.start))))
        ? cue.start + verb.length
        : /^(?:see|sees|seeing)\s/i.test(phrase)
          ? cue.start + phrase.indexOf(" ") + 1
          : /^points?\sto\s/i.test(phrase) // "the polls point to …": their subject points
            ? cue.start + /^points?\sto/i.exec(phrase)![0].length
            : /^(?:showed|found|suggested|indicated|shows|finds|suggests|indicates)\s(?:that\s)?(?:[\p{L}\p{N}’'.-]+\s){1,6}?(?:would|will)\s/iu.test(phrase)
              ? cue.start + verb.length // "a poll … showed the bank would hold": the poll shows
              : cue.start;
  return { phrase, band: cue.band.key, ...yes, probabilitySource: "SCALE", statedProbability: null, at };
}

/**
 * "20%." alone, after the article asked for the odds of something: the answer, stated. With
 * `leading`, a percentage that opens the text ("and 80 percent in the fall", after a stated chance).
 */
// "… in June (75%) and then July (55%)": the next item of a list of chances, each in brackets.
const BRACKETED_ITEM = /^(?:and\s)?(?:then\s)?(?:[\p{L}\p{N}’'-]+\s){0,5}?\((\d{1,3}(?:\.\d+)?)\s?%\)/u;
function readAnswer(text: string, leading = false): Reading | null {
  const pattern = leading
    ? /^(?:and\s)?(?:(?:is|are)\s)?(?:(?:rising|falling|climbing|dropping|increasing|decreasing)\sto\s)?(?:which\sis\s(?:above|below|ahead\sof|behind|higher\sthan|lower\sthan)\s[^,;\d]{1,40}?\s)?(?:about\s|around\s|roughly\s|close\sto\s|near\s|nearly\s|just\s(?:under|over)\s)?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)/i
    : /^(?:about\s|around\s|roughly\s)?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per\s?cent)\.?$/i;
  // "… and 23 percent last June": a past figure for comparison, not a second forecast.
  if (leading && /\b(?:last|ago|earlier|previously|before)\b/i.test(text)) return null;
  const m = pattern.exec(text.trim()) ?? (leading ? BRACKETED_ITEM.exec(text.trim()) : null);
  const probability = m ? Math.round(Number(m[1]) * 1e4) / 1e6 : Number.NaN;
  if (!(probability >= 0 && probability <= 1)) return null;
  const band = bandForProbability(probability).key;
  return { phrase: text.trim(), band, low: probability, high: probability, probability, probabilitySource: "STATED", statedProbability: probability, at: 0 };
}

/**
 * A poll's results run on over several sentences in the passive ("Brent is expected to average
 * …", "the expectation that …"): a forecast the text credits to no one, after a poll or survey
 * was the last source, is that poll's.
 */
function continuedPoll(speaker: Speaker, previous: Speaker | null, text: string, lastForecaster: Speaker | null): Speaker {
  if (speaker.kind !== "OUTLET" || (previous?.kind !== "UNNAMED_GROUP" && previous?.kind !== "ORGANISATION")) return speaker;
  // A study's or a named body's report reads on the same way ("Acme expects sales to fall 3
  // percent. China is predicted to fall by 9 percent."), unless the writer's own forecast came
  // last: a passive after it is the writer's too.
  const poll = previous.kind === "UNNAMED_GROUP" && /\b(?:polls?|survey)\b/i.test(previous.name);
  const report = (previous.kind === "ORGANISATION" || /\b(?:study|report)\b/i.test(previous.name)) && lastForecaster?.kind !== "OUTLET";
  if (!poll && !report) return speaker;
  // "According to the study, the ice could … By 2050, the Arctic might …": right after a study's
  // own forecast, an uncredited forecast goes on reporting its findings (a poll's answers do not
  // run on so: "A poll found a recession likely. Brent will probably …" is the writer's).
  if (report && previous.kind === "UNNAMED_GROUP" && lastForecaster?.name === previous.name) return previous;
  // "The overall prediction for the Liberals is 16%", "these predictions would translate into …":
  // the poll's own forecasts, named by their noun.
  return /\b(?:is|are|was|were|be)\s(?:\w+ly\s)?(?:expected|projected|predicted|forecast|seen|estimated)\b|\bexpectations?\b|^(?:projections|forecasts)\sfor\b|\b(?:the|these|those|its|their)\s(?:\w+\s)?(?:predictions?|projections?|forecasts?|estimates?)\b/i.test(
    text,
  )
    ? previous
    : speaker;
}

const FINAL_ATTRIBUTION =
  /,\s(?:according\sto\s[^,;]{2,80}|(?:writes|wrote|reports|reported|said|says)\s[^,;]{2,80}|[^,;“”"]{2,60}\s(?:said|says|writes|wrote|reported|reports))[.!]?["”’]?$/iu;

// "He said", "In a speech on Tuesday she argued", "Speaking later, he added", "But he cautioned":
// a sentence whose subject is a pronoun near its start.
const OPENS_WITH_PRONOUN =
  /^(?:but\s+|and\s+|yet\s+)?(?:(?:[\p{L}\p{N}’'.-]+\s+){0,8}?[\p{L}\p{N}’'.-]+,\s+|(?:in|at|on|during|after|before|speaking|writing|later|earlier)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,6}?)?(?:he|she)\s/iu;

const QUOTE_BY_PRONOUN = /^[“"][^“”"]{2,400}[,.!?]?[”"]\s*(?:,\s*)?(?:he|she)\s+(?:said|says|added|told|argued|insisted|predicted|warned)\b/iu;

const SENTENCE_OPENER =
  /^(?:but|and|so|yet|or|the|a|an|in|on|at|for|if|when|while|as|this|that|these|those|its|their|his|her|our|last|next|after|before|since|meanwhile|however|still|now|then|there|here|what|how|why)\s/i;

/** A person named at a sentence's start ("Gov. Ana Ruiz struck …", "Acme's head of research, Ana Ruiz, said"). */
function personNamedAtStart(sentence: string, people: readonly Speaker[]): Speaker | null {
  const named = people.find((p) => {
    const before = sentence.slice(0, sentence.indexOf(p.name));
    // Only titles or a body's name before it, or a role set off by commas.
    return (
      // "Harlow manager Priya Nandakumar", "Acme chief economist Jo Hale": a role in lowercase too.
      /^(?:[\p{Lu}][\p{L}.’'&-]*\s+|(?:of|the|and)\s+|\p{Ll}+(?:er|or|ist|ian|ent|ant|ief|ain|ach|ary|ive)\s+){0,6}$/u.test(before) ||
      (/^[^.;:“”"]{3,80},\s$/u.test(before) && sentence.startsWith(",", before.length + p.name.length))
    );
  });
  return named ?? null;
}

/**
 * Who a sentence is about, for a "he" or "she" that opens the next one (which wants a person):
 * two or three names opening it before a lowercase word ("Jo Hale was less optimistic."), or the
 * person heard last when the sentence names them.
 */
function personOpening(sentence: string, heardLast: Speaker | null): Speaker | null {
  const named = /^(\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2})\s\p{Ll}/u.exec(sentence)?.[1];
  if (named && !ORGANISATION_WORDS.test(named) && !SENTENCE_OPENER.test(named)) return { name: named, kind: "PERSON" };
  const surname = heardLast?.kind === "PERSON" ? heardLast.name.split(" ").at(-1)! : null;
  return surname && sentence.includes(surname) ? heardLast : null;
}

/** "Jo Hale says …", "…, she adds": the person's speech reported in the present tense. */
function reportsInPresent(sentence: string, person: Speaker): boolean {
  const surname = person.name
    .split(" ")
    .at(-1)!
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:\\b${surname}|\\b[Hh]e|\\b[Ss]he)\\s+(?:says|adds)\\b`, "u").test(sentence);
}

/** "Germany's Deutsche Bank": the capitalised words at the end name a body. */
function namedBody(phrase: string): Speaker | null {
  const run = lastNameRunAt(phrase)?.run;
  return run ? { name: run.join(" "), kind: "ORGANISATION" } : null;
}

const OWN_CHANCE_REVISED =
  /^(?:while\s|whereas\s|and\s)?((?:\p{Lu}[\p{L}\p{N}&.’'-]*\s){1,3}?)(?:has\s|have\s)?(?:raised|lifted|cut|lowered|trimmed|doubled|halved|put|puts)\s(?:theirs|its\sown|their\sown)\s(?:to|at)\s(\d.*)$/u;
const LIST_ITEM = /^(?:(?:and\s)?(?:only\s|just\s)?(?:a|an)\s\d|with\s|(?:and\s)?(?:is|are)\s|(?:predicting|forecasting|expecting|projecting|estimating)\s)/i;

// "Acme Insight has downgraded expectations in every market": the body whose forecasts follow.
const REVISED =
  /^((?:\p{Lu}[\p{L}&’'-]*\s){0,4}\p{Lu}[\p{L}&’'-]*)\s(?:has|have|had)\s(?:\p{Ll}+ly\s)?(?:raised|cut|lowered|downgraded|upgraded|revised|trimmed|lifted|slashed)\s(?:its\s|their\s)?(?:expectations|forecasts?|outlook|projections?|estimates?)\b/u;
function revisedBy(sentence: string): Speaker | null {
  const m = REVISED.exec(sentence.trim());
  return m ? { name: m[1], kind: "ORGANISATION" } : null;
}

const PRICE_SETTER = /(?:^|[,;]\s*)((?:\p{Lu}[\p{L}’'&-]*\s){1,3})(?:to|at)\s$/u;
// A bookmaker's price against an outcome: "20/1" is one win in 21.
const PRICE_ITEM = /^(?:and\s)?((?:\p{Lu}[\p{L}’'&-]*\s*){1,3}?),?\s(?:to\s|at\s)?(\d{1,4})\/(\d{1,3})\.?$/u;
function priceItem(text: string): { bookmaker: Speaker; probability: number; words: string } | null {
  const m = PRICE_ITEM.exec(text.trim());
  if (!m) return null;
  const against = Number(m[2]);
  const on = Number(m[3]);
  if (!(against + on > 0)) return null;
  return { bookmaker: { name: m[1].trim(), kind: "ORGANISATION" }, probability: Math.round((on / (against + on)) * 1e6) / 1e6, words: `${m[2]}/${m[3]}` };
}

type Span = { from: number; to: number };

/**
 * The parts of a sentence that may each carry a forecast: every quotation in it, and the
 * text around them split where a new reported claim begins.
 */
function segments(paragraph: string, sentence: Span, quotes: readonly Quotation[] = speechQuotations(paragraph), betting = false): Span[] {
  const parts: Span[] = [];
  let cursor = sentence.from;
  const inside = quotationsWithin(quotes, sentence);
  // Inside a quotation only a second clause is cut off ("Slow growth is likely, a recession is
  // not."): the quoted speaker's reporting verbs are theirs.
  const addOutside = (from: number, to: number, quoted = false) => {
    const text = paragraph.slice(from, to);
    let last = 0;
    // A second clause is cut off only where the words before it forecast on their own: "that would
    // see the party win 64 seats, with its rival predicted to win 61" stays one forecast.
    for (const { at, second } of clauseCuts({ text, quoted })) {
      // A part that asks ("The question — will it last? — is open") forecasts nothing on its own.
      const before = text.slice(last, at);
      if (at < last || (second && ((!readForecast(before, betting) && !priceItem(before)) || before.includes("?")))) continue;
      parts.push({ from: from + last, to: from + at });
      last = at + 1;
    }
    parts.push({ from: from + last, to });
  };
  for (const q of inside) {
    if (q.open > cursor) addOutside(cursor, q.open);
    addOutside(Math.max(sentence.from, q.open + 1), Math.min(sentence.to, q.close), true);
    cursor = Math.min(sentence.to, q.close + 1);
  }
  if (cursor < sentence.to) addOutside(cursor, sentence.to);
  return parts.map((p) => trim(paragraph, p)).filter((p) => p.to - p.from > 2);
}

/**
 * The paragraph's quotations less the few quoted words inside a sentence ("called the plan
 * “dead on arrival” and said it will fail"): those are part of the writer's sentence, not a
 * quotation of their own, and splitting there would cut one forecast in two.
 */
function speechQuotations(paragraph: string): Quotation[] {
  return quotations(paragraph).filter((q) => {
    const inner = paragraph.slice(q.open + 1, q.close).trim();
    if (inner.split(/\s/).length > 4) return true;
    const wordsBefore = /[\p{L}\p{N}]\s$/u.test(paragraph.slice(Math.max(0, q.open - 2), q.open));
    // "… and is certain to “strike back hard.”": a few lower-case words that end the writer's
    // sentence, its full stop inside the quotation marks.
    if (/[.!?,;:]$/.test(inner))
      return !(wordsBefore && /^\p{Ll}[^,;:]*[.!?]$/u.test(inner) && /^(?:\s+\p{Lu}|\s*$)/u.test(paragraph.slice(q.close + 1, q.close + 3)));
    // Words run on both sides of it: "the plan “dead on arrival” and …"; or the sentence's own
    // words before it and its punctuation after: "the chances are “very small”, a source said".
    return !(wordsBefore && /^(?:\s[\p{L}\p{N}]|[,;.!?])/u.test(paragraph.slice(q.close + 1, q.close + 3)));
  });
}

/** The quotations that overlap a span, found by binary search: a long paragraph holds many. */
function quotationsWithin(quotes: readonly Quotation[], span: Span): Quotation[] {
  const inside: Quotation[] = [];
  // The last quotation opening at or before span.from may still be open there; later ones open inside.
  for (let i = Math.max(0, quotationIndex(quotes, span.from)); i < quotes.length && quotes[i].open < span.to; i++) {
    if (quotes[i].close > span.from) inside.push(quotes[i]);
  }
  return inside;
}

/** The first quotation opening inside a span. */
function firstQuotationIn(quotes: readonly Quotation[], span: Span): Quotation | undefined {
  const i = quotationIndex(quotes, span.from - 1) + 1;
  return i < quotes.length && quotes[i].open < span.to ? quotes[i] : undefined;
}

function trim(text: string, span: Span): Span {
  let { from, to } = span;
  while (from < to && /[\s,;:—“”"]/.test(text[from])) from++;
  while (to > from && /[\s,;:—“”"]/.test(text[to - 1])) to--;
  return { from, to };
}

export function extractCandidates(options: { text: string; outlet?: string }): Candidate[] {
  return onSqueezedText(options.text, (text) => extractFromText({ ...options, text }));
}

function extractFromText(options: { text: string; outlet?: string }): Candidate[] {
  const { text } = options;
  const outlet: Speaker = { name: options.outlet?.trim() || "The outlet (its own words)", kind: "OUTLET" };
  const paragraphs = splitParagraphs(text);
  const betting = isBettingPiece(text); // "who is 12-1" is a price only in a piece about betting
  const prose = paragraphs.filter((p) => !p.furniture);
  const candidates: Candidate[] = [];
  const mentions: Mention[] = []; // sentences that forecast nothing, and the source each names, for carrySource
  let previous: Speaker | null = null;
  let askedOdds = false; // a survey asked for the odds: "20%." that follows is an answer
  const known = new Map<string, Speaker>(); // people named so far, for "Quint said" paragraphs later
  // The last source heard in this paragraph; a forecast the writer makes in its own voice ends it.
  let paragraphSource: ParagraphSource | null = null;
  let subjectBefore: Speaker | null = null; // the person the last sentence was about, for an opening "he"
  let speechBefore: Speaker | null = null; // the person whose reported speech in the present goes on in this paragraph
  const heard = (speaker: Speaker, quoted = false) => {
    if (speaker.kind === "OUTLET") return;
    previous = speaker;
    paragraphSource = { speaker, quoted };
    rememberSpeaker(known, speaker);
  };
  const sentencesOf = prose.map((paragraph) => splitParagraph(paragraph));
  prose.forEach((paragraph, i) => {
    const quotes = speechQuotations(paragraph.text); // once per paragraph, not once per sentence
    paragraphSource = null;
    speechBefore = null;
    sentencesOf[i].forEach((sentence, k) => {
      const span = { from: sentence.start - paragraph.start, to: sentence.end - paragraph.start };
      const context = {
        paragraph: paragraph.text,
        sentenceStart: span.from,
        sentenceEnd: span.to,
        nextParagraph: prose[i + 1]?.text,
        lineBefore: paragraphs[paragraph.index - 1]?.text,
        lineAfter: paragraphs[paragraph.index + 1]?.text,
        outlet,
        quotes,
        known,
      };
      // "Orla Systems cut its outlook. … the company said": the body named last, spoken or not.
      // Not the outlet's own name ("DID Press: Acme has forecast …"): "the bank" later is never the
      // outlet that reports it.
      for (const body of namedBodies(sentence.text)) if (organisationKey(body.name) !== organisationKey(outlet.name)) rememberSpeaker(known, body);
      // "Gov. Ana Ruiz struck a hawkish tone. In a speech she argued …": the opening pronoun is the
      // subject of the sentence before, when that was a person.
      // '"I believe we will win," she said.': a quotation that opens the sentence, said by "he" or
      // "she", is by the person the sentence before was about, as an opening pronoun is.
      const opensWithPronoun = OPENS_WITH_PRONOUN.test(sentence.text) || QUOTE_BY_PRONOUN.test(sentence.text);
      if (subjectBefore && opensWithPronoun) known.set(OPENING_PRONOUN, subjectBefore);
      else known.delete(OPENING_PRONOUN);
      const people = namedPeople(sentence.text);
      const namedAtStart = personNamedAtStart(sentence.text, people);
      for (const person of people) {
        // A person named again by their full name is the one met before, now the last named.
        const met = known.get(person.name.split(" ").at(-1)!.toLowerCase());
        if (met) known.set(LAST_PERSON, met);
        else rememberSpeaker(known, person);
        rememberRoles(known, met ?? person, sentence.text);
      }
      const isQuestion = /\?["”’)]*$/.test(sentence.text); // a question asks; it does not forecast
      if (isQuestion && /\b(?:odds|chances?|probability|likelihood|how likely)\b/i.test(sentence.text)) askedOdds = true;
      const found: Candidate[] = [];
      for (const part of isQuestion ? [] : segments(paragraph.text, span, quotes, betting)) {
        const text = paragraph.text.slice(part.from, part.to);
        // "“Will it happen?” asked Jane Roe.": a quoted question asks, as a sentence that is one does.
        if (/\?["”’)]*$/.test(text)) continue;
        // "puts the odds at 70 percent this month and 80 percent in the fall": the second number
        // shares the first one's noun and speaker.
        const before = found.at(-1);
        // "…, Ladbrokes, 33/1 and William Hill 22/1": the next bookmaker's price in a list of them.
        const item = before?.probabilitySource === "STATED" ? priceItem(text) : null;
        if (item && before) {
          const { quote: _q, start: _s, end: _e, forecaster: _f, ...same } = before;
          const band = bandForProbability(item.probability).key;
          const { probability } = item;
          const price = { ...same, phrase: item.words, band, probability, low: probability, high: probability, statedProbability: probability };
          // "Odds: Federer 11/4, Murray 7/2": a person met before is a runner, not a bookmaker; the
          // list's speaker goes on.
          const runner = known.get(item.bookmaker.name.split(" ").at(-1)!.toLowerCase())?.kind === "PERSON";
          const forecaster = runner ? before.forecaster : item.bookmaker;
          found.push({ ...price, quote: text, start: paragraph.start + part.from, end: paragraph.start + part.to, forecaster });
          continue;
        }
        // "…, while JPMorgan raised theirs to 25 per cent": a second body's own chance of the same event.
        const revision = before?.probabilitySource === "STATED" ? OWN_CHANCE_REVISED.exec(text) : null;
        // "… (8.9%) and Carolina (6.3%)": a list of bracketed chances goes on after any reading.
        const listed = before?.probabilitySource === "STATED" || /\(\d{1,3}(?:\.\d+)?\s?%\)$/.test(before?.quote ?? "");
        const elided = listed ? (readAnswer(text, true) ?? (revision ? readAnswer(revision[2], true) : null)) : null;
        // "Slow growth is likely, a recession is not.": the elided hedge, denied.
        const denied =
          before?.probabilitySource === "SCALE" ? /^(?:but\s)?(?:[\p{L}\p{N}’'-]+\s){1,4}(?:is|are|was|were)\snot[.!,]?["”’]?$/iu.exec(text) : null;
        if (denied && before) {
          const band = oppositeBand(before.band);
          const { quote: _q, start: _s, end: _e, ...same } = before;
          found.push({
            ...same,
            phrase: `${before.phrase} (denied)`,
            band,
            ...probabilityOfYes({ band: findBand(band), refersTo: "YES" }),
            quote: text,
            start: paragraph.start + part.from,
            end: paragraph.start + part.to,
            suggestedQuestion: suggestQuestion(text),
          });
          continue;
        }
        // "…, as does Germany's biggest bank": the same forecast, said by a second speaker.
        const echo = before ? /^as\s(?:does|do|did)\s(.+?)[.!]?["”’]?$/i.exec(text) : null;
        if (echo && before) {
          const second = speakerFromSubject(echo[1], previous, known) ?? namedBody(echo[1]);
          if (second) {
            const { quote: _q, start: _s, end: _e, forecaster: _f, ...same } = before;
            heard(second);
            found.push({ ...same, quote: text, start: paragraph.start + part.from, end: paragraph.start + part.to, forecaster: second });
            continue;
          }
        }
        const reading = readForecast(text, betting) ?? elided ?? (askedOdds ? readAnswer(text) : null);
        if (!reading || (betting && isPrice(reading.phrase) && isSupersededPrice(text))) continue;
        const { at, ...forecast } = reading;
        const attributed =
          reading === elided && revision
            ? (speakerFromSubject(revision[1].trim(), previous, known) ?? { name: revision[1].trim(), kind: "ORGANISATION" })
            : reading === elided && before
              ? before.forecaster
              : resolveSpeaker({
                  attributed: continuedPoll(
                    attributeSpeaker({ ...context, at: part.from + at, previous }),
                    previous,
                    text,
                    candidates.at(-1)?.forecaster ?? null,
                  ),
                  paragraphSource,
                  sentence: text,
                  lastSpeaker: previous,
                  speechBefore,
                });
        // The next item of a list of chances, a "with …" clause or "and is close to 80%": the
        // sentence's speaker goes on, unless the clause names its own.
        // "… lengthened odds on a win, Tote Direct to 20/1": the bookmaker named before its price.
        const bookmaker = /^\d{1,4}\/\d{1,3}$/.test(reading.phrase) ? PRICE_SETTER.exec(text.slice(0, at)) : null;
        const said = bookmaker
          ? ({ name: bookmaker[1].trim(), kind: "ORGANISATION" } as Speaker)
          : before && /^(?:predicting|forecasting|expecting|projecting|estimating|adding)\s/i.test(text)
            ? before.forecaster // "…, predicting it will peak": the main clause's subject goes on
            : attributed.kind === "OUTLET" && before && before.forecaster.kind !== "OUTLET" && LIST_ITEM.test(text)
              ? before.forecaster
              : attributed;
        // In a piece about betting a price is a bookmaker's (betting.ts says which).
        const price = betting && isPrice(reading.phrase);
        const speaker = price ? priceSpeaker({ text, said, lastBookmaker: known.get(LAST_BOOKMAKER) }) : said;
        if (price && speaker.kind === "ORGANISATION") known.set(LAST_BOOKMAKER, speaker);
        heard(speaker, insideQuotation(quotes, part.from));
        if (speaker.kind === "OUTLET") paragraphSource = null;
        found.push({
          quote: text,
          start: paragraph.start + part.from,
          end: paragraph.start + part.to,
          forecaster: speaker,
          ...forecast,
          suggestedQuestion: suggestQuestion(text),
        });
      }
      // "… will fall below 2%. This assessment was given by the economist Jane Roe.": the next
      // sentence names who made the writer's claim.
      const next = sentencesOf[i][k + 1]?.text ?? sentencesOf[i + 1]?.[0]?.text;
      const byline = found.some((c) => c.forecaster.kind === "OUTLET") && next ? passiveAttribution({ sentence: next, previous, known }) : null;
      if (byline) {
        for (const c of found) if (c.forecaster.kind === "OUTLET") c.forecaster = byline;
        heard(byline);
      }
      // "The bank may raise rates in July. Its forecasts will show inflation above 2%, writes
      // Bloomberg.": an attribution that ends the next sentence of the paragraph covers the
      // uncredited forecast right before it too.
      const credited = found.find((c) => c.forecaster.kind !== "OUTLET");
      if (credited && k > 0 && FINAL_ATTRIBUTION.test(sentence.text)) {
        const before = sentencesOf[i][k - 1];
        // Only the last few candidates can stand in it: walk back from the end, not over them all.
        for (let j = candidates.length - 1; j >= 0 && candidates[j].start >= before.start; j--) {
          if (candidates[j].forecaster.kind === "OUTLET" && candidates[j].end <= before.end) candidates[j].forecaster = credited.forecaster;
        }
      }
      candidates.push(...found);
      // "Helga Brandt, chief economist at Nordbank, said …": what the speaker is, for "the minister" later.
      for (const c of found) if (c.forecaster.kind === "PERSON") rememberRoles(known, c.forecaster, sentence.text);
      if (found.length === 0) {
        // No forecast here, but it may name the speaker a later "he said" points back to.
        const firstQuote = firstQuotationIn(quotes, span);
        // "Jo Hale said the bank would cut. She added …": a person who is the subject of the
        // sentence's reporting verb is who a later "she" is, though the sentence forecast nothing.
        const atStart = attributeSpeaker({ ...context, at: firstQuote ? firstQuote.open + 1 : span.from, previous });
        const atEnd = !firstQuote && atStart.kind === "OUTLET" ? attributeSpeaker({ ...context, at: span.to, previous }) : atStart;
        // "Acme's head of forecasting, Jo Hale, gave a blunt assessment.": the person the sentence is
        // about is who the quotation after it is, though no verb of saying names them.
        const said = revisedBy(sentence.text) ?? (atEnd.kind === "PERSON" ? atEnd : atStart);
        heard((said.kind === "OUTLET" && namedAtStart) || said, !!firstQuote);
        if (said.kind === "PERSON") rememberRoles(known, said, sentence.text);
        // "The IMF released its outlook on Tuesday.": whose figures the next forecasts give.
        // A sentence that names no publisher is a gap: a figure after it needs the report's subject.
        const publisher = publishedSource({ sentence: sentence.text, previous, known });
        mentions.push({ quote: sentence.text, start: sentence.start, end: sentence.end, forecaster: publisher ?? outlet, mention: true });
      }
      // "Wisner says the crop is short. … Prices will be even higher.": a person's speech reported
      // in the present ("says", "adds") goes on in the paragraph while its sentences forecast for them.
      const goesOn = speechBefore && found.some((c) => c.forecaster.name === speechBefore?.name);
      speechBefore = previous?.kind === "PERSON" && (goesOn || reportsInPresent(sentence.text, previous)) ? previous : null;
      if (!opensWithPronoun) {
        // A sentence of quoted speech is about its speaker, not the names it quotes (its speaker
        // is heard above even when it forecasts nothing: '"…," Jo Hale wrote. "…," he added').
        const quoted = /^["“]/.test(sentence.text) || insideQuotation(quotes, span.from);
        subjectBefore = quoted ? (previous?.kind === "PERSON" ? previous : null) : (namedAtStart ?? personOpening(sentence.text, previous));
      }
    });
  });
  candidates.push(...headedChances(text, paragraphs, outlet));
  for (const item of listedChances({ paragraphs, outlet })) {
    if (candidates.some((c) => c.start < item.end && item.start < c.end)) continue;
    const { start, end, forecaster, phrase, probability, band } = item;
    const quote = text.slice(start, end);
    const stated = { probability, low: probability, high: probability, probabilitySource: "STATED" as const, statedProbability: probability };
    candidates.push({ quote, start, end, forecaster, phrase, band, ...stated, suggestedQuestion: suggestQuestion(quote) });
  }
  // The lede first, so that the source it is credited to goes on in the carry ("There are 92 per
  // cent chances of a normal monsoon …, while Bihar could see less rain" is the forecaster's,
  // named two paragraphs on, throughout). Sources named in sentences that forecast nothing go
  // into the carry, then out of the result.
  const lede = creditLede<Candidate | Mention>({
    items: [...candidates, ...mentions].sort((a, b) => a.start - b.start),
    paragraphStarts: prose.map((p) => p.start),
  });
  const carried = carrySource({ candidates: lede, forecastingBodies: documentOwners(text) });
  return carried.filter((c): c is Candidate => !("mention" in c));
}

// "30% chance", "Chance: 1 in 4": a line that is nothing but a stated chance.
const CHANCE_LINE =
  /^(?:(?:chance|odds|probability|likelihood)\s*:\s*)?(?:about\s|around\s|roughly\s)?\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent)(?:\s(?:chance|probability|likelihood))?\.?$/i;

/**
 * A scenario set out as a heading ending in a colon, and its chance on the next line ("Leave
 * with no deal on October 31:" / "30% chance"): both lines are furniture as prose goes, but
 * together they state a forecast, the writer's unless the heading names another.
 */
function headedChances(text: string, paragraphs: readonly ReturnType<typeof splitParagraphs>[number][], outlet: Speaker): Candidate[] {
  const found: Candidate[] = [];
  paragraphs.forEach((line, i) => {
    const heading = paragraphs[i - 1];
    if (!line.furniture || !heading || !/:$/.test(heading.text) || heading.text.split(/\s/).length > 20 || !CHANCE_LINE.test(line.text)) return;
    const reading = readAnswer(
      line.text.replace(/^(?:chance|odds|probability|likelihood)\s*:\s*/i, "").replace(/\s(?:chance|probability|likelihood)\.?$/i, ""),
    );
    if (!reading) return;
    const { at: _at, ...forecast } = reading;
    const event = heading.text.replace(/:$/, "");
    found.push({
      quote: text.slice(heading.start, line.end),
      start: heading.start,
      end: line.end,
      forecaster: outlet,
      ...forecast,
      suggestedQuestion: suggestQuestion(event),
    });
  });
  return found;
}
