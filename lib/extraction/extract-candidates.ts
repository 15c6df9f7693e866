// Proposes a candidate forecast for each sentence of an article that makes a claim about the
// future in estimative language: the sentence (or the quoted words in it), who said it, the
// probability words read on the verbal scale, and a draft question. Pure: no network, no model.
import { locatePhrase, type PhraseLocation } from "../probability/interpret-phrase";
import { probabilityOfYes } from "../probability/probability-of-yes";
import { readStatedProbability } from "../probability/read-stated-probability";
import { type BandKey, bandForProbability, findBand } from "../probability/scale";
import { attributeSpeaker } from "./attribution/attribute-speaker";
import { namedPeople } from "./attribution/named-people";
import { passiveAttribution } from "./attribution/passive-attribution";
import { quotationIndex } from "./attribution/quotation-index";
import { type Quotation, quotations } from "./attribution/quotations";
import { rememberSpeaker } from "./attribution/remember-speaker";
import type { Speaker } from "./attribution/speaker";
import { governingVerb } from "./governing-verb";
import { isForecastingVerb } from "./is-forecasting-verb";
import { splitParagraph, splitParagraphs } from "./split-sentences";
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

type Reading = Pick<Candidate, "phrase" | "band" | "low" | "high" | "probability" | "probabilitySource" | "statedProbability"> & { at: number };

/** What a part of a sentence says of the chance: a stated number wins over any estimative word. */
function readForecast(text: string): Reading | null {
  const stated = readStatedProbability({ text });
  if (stated) {
    const { probability, low, high } = stated;
    const band = bandForProbability(probability).key;
    return { phrase: stated.words, band, low, high, probability, probabilitySource: "STATED", statedProbability: probability, at: stated.start };
  }
  const cue = findCue(text);
  if (!cue) return null;
  const yes = probabilityOfYes({ band: cue.band, refersTo: "YES" });
  const phrase = text.slice(cue.start, cue.end);
  // "Economists see more cuts coming": the verb of the frame follows its speaker.
  // "The ministry expects …", "Investors are betting that …": the words are a verb of belief whose
  // subject is the forecaster, so attribution reads the text up to their end.
  const believes = /^(?:expects?|expecting|(?:are|is)\s+betting|bets?\s+that|betting\s+that)$/i.test(phrase) || isForecastingVerb(phrase);
  // "an exit poll forecasts the party to win": a frame that opens with its verb follows its subject.
  const verb = /^[\p{L}]+/u.exec(phrase)?.[0] ?? "";
  const progressive = /^(?:are|is|were|was)\s/i.test(phrase); // "analysts are forecasting": the subject comes before
  const at =
    believes || progressive
      ? cue.end
      : verb !== phrase && isForecastingVerb(verb) && !/ed$/.test(verb)
        ? cue.start + verb.length
        : /^(?:see|sees|seeing)\s/i.test(phrase)
          ? cue.start + phrase.indexOf(" ") + 1
          : cue.start;
  return { phrase, band: cue.band.key, ...yes, probabilitySource: "SCALE", statedProbability: null, at };
}

// Words that are estimative only with company: alone they are mostly past narrative
// ("he said it would…"), ability ("can") or advice ("should").
const WEAK = new Set(["would", "can", "should", "low", "doubt", "doubts", "believe", "predict", "predicted", "certain", "certainly", "possibility"]);
const DATE_WORDS = new Set(["in", "on", "since", "until", "by", "from", "of", "early", "late", "mid", "last", "next", "this"]);

/** "May" the month is not "may" the hedge. */
function isMonth(list: Array<{ word: string; original: string }>, at: number): boolean {
  if (list[at].word !== "may" || list[at].original !== "May") return false;
  const before = list[at - 1]?.word;
  const after = list[at + 1]?.word ?? "";
  return (before !== undefined && DATE_WORDS.has(before)) || /^\d/.test(after);
}

// Cues that say nothing of the future where they stand: "whether it will" asks, and "stickier
// than expected" compares with a past expectation.
function asks(text: string, cue: PhraseLocation): boolean {
  if (/\bwhether\b[^.;]*$/i.test(text.slice(0, cue.start))) return true;
  return /^(unclear|uncertain|questionable|doubtful)$/i.test(cue.matched) && /^\s*(whether|if|how|what|when|which|who|why)\b/i.test(text.slice(cue.end));
}

function comparesWithPast(text: string, cue: PhraseLocation): boolean {
  const before = text.slice(0, cue.start);
  // A comparison with what was expected: "than expected", "than many had predicted", "as anticipated".
  if (/^(expected|anticipated|predicted|projected|forecast|feared|hoped)$/.test(cue.matched) && /\b(?:than|as)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(before))
    return true;
  return false;
}

// Estimative words that describe rather than forecast: "the banks had expected" (a superseded
// expectation), "Labour's estimated 484 seats" (a participle used as an adjective), "it very likely
// continues to pursue" (a judgement of the present), "results are expected by noon" (a schedule).
const PRESENT_VERB =
  /^\s+(?:is|are|has|have|continues|continue|remains|remain|reflects|reflect|suggests|suggest|wants|want|knows|know|sees|believes|intends|intend|holds|hold|lies|lie|means|mean)\b/i;
// A time of day or a named day, not a deadline: "expected by noon", "expected on Thursday", but
// "expected before the end of the month" forecasts.
const SCHEDULE_TIME =
  /^\s+(?:(?:by|at|around|from)\s+(?:noon|midnight|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|GMT|ET|local))|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))\b/i;
function saysNoForecast(text: string, cue: PhraseLocation): boolean {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  const after = text.slice(cue.end, cue.end + 60);
  if (/^(?:expected|expecting|predicted|forecast|anticipated|projected|estimated)$/.test(cue.matched)) {
    if (/\bhad\s+(?:\w+ly\s+)?$/i.test(before)) return true;
    if (/(?:[’']s|\b(?:the|an?|its|their|his|her|our))\s+$/i.test(before) && !/^\s+(?:to|that)\b/i.test(after)) return true;
    if (cue.matched === "expected" && SCHEDULE_TIME.test(after)) return true;
  }
  return /^(?:likely|probably|very likely|highly likely|almost certainly|most likely|certainly)$/.test(cue.matched) && PRESENT_VERB.test(after);
}

// A flat "will" that states a schedule or a fact rather than a forecast: "It will be her second
// visit since …", "only then will it be clear whether …", "time will tell".
const ORDINAL =
  /^\s+be\s+(?:the|her|his|its|their|our|my|your|a|an)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest|final|next|\w+(?:ieth|th))\b/i;
const INVERTED = /\b(?:only|not)\s+(?:then|when|after|once|if|until|later|now)\b[^.;]*$/i;
// "Counting will begin early on Thursday": a timetable, not a forecast.
const SCHEDULED =
  /^\s+(?:begin|start|open|close|end|resume|convene|take\s+place|be\s+held|be\s+announced|be\s+published|be\s+released)\b(?=[^.;]{0,40}?\b(?:on|at|by|from|in)\s+(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:morning|afternoon|evening)|noon))/i;
const RESOLUTION = /^\s+(?:(?:it|we|they|you|one|anyone)\s+)?(?:(?:be|become)\s+(?:clear|known|apparent|evident|seen)|know|tell|show|reveal)\b/i;
function statesFact(text: string, cue: PhraseLocation): boolean {
  if ((cue.matched !== "will" && !/'ll$/.test(cue.matched)) || cue.negated) return false;
  const after = text.slice(cue.end);
  return ORDINAL.test(after) || RESOLUTION.test(after) || SCHEDULED.test(after) || INVERTED.test(text.slice(0, cue.start));
}

// Forecasting frames that are not phrases of the lexicon: "economists see more cuts coming",
// "in our baseline scenario, inflation falls below 2%".
const FRAMES: ReadonlyArray<RegExp> = [
  // "an exit poll forecasts the party to win", "analysts are forecasting another year of shortages".
  /(?<!\b(?:the|a|an|its|their|our|his|her|these|those|of|and|in|latest|new)\s)\b(?:forecasts|predicts|projects)\s+(?:[\p{L}\p{N}’'().,-]+\s+){1,10}?to\s+\p{Ll}+/iu,
  /\b(?:are|is|were|was)\s+(?:now\s+|still\s+)?(?:forecasting|predicting|projecting)\b/i,
  /\b(?:see|sees|seeing)\s+(?:[\p{L}\p{N}’'%.-]+\s+){1,6}?(?:coming|ahead|happening|on the way|as (?:likely|probable|the most likely))\b/iu,
  /\b(?:our|the|its|their|a|his|her)\s+(?:baseline|base|central|main|core)\s+(?:scenario|case|forecast|projection)\b/i,
  // "the odds now strongly favour a hold", "we are looking at a couple of years of shortages".
  /\b(?:odds|chances)\s+(?:[\p{Ll}]+\s+){0,3}?favou?rs?\b/iu,
  /\b(?:are|is|am|’re|'re)\s+looking\s+at\s+(?:a\s+)?(?:couple|few|several|another|at\s+least|\d+|two|three|four|five|many|more)\b/i,
];

function frameCue(text: string): PhraseLocation | null {
  for (const frame of FRAMES) {
    const m = frame.exec(text);
    // "strongly favour": the frame's own intensifier raises it a band.
    const band = findBand(/\b(?:strongly|heavily|overwhelmingly)\b/i.test(m?.[0] ?? "") ? "very-likely" : "likely");
    if (m) return { band, matched: m[0].toLowerCase(), negated: false, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The probability words of a piece of text, if it forecasts. Words inside a "whether" clause
 * ask rather than forecast ("experts are divided on whether they will…"), and "unclear
 * whether" says nothing either way. The hedge governs the event: a bare "will" gives way to any
 * other estimative word in the same clause ("the agreements they will sign, which may include …"
 * is a hedged "may"), and a "will" that only states a schedule or a fact is no forecast.
 */
export function findCue(text: string): PhraseLocation | null {
  const exclude = new Set(WEAK);
  let bareWill: PhraseLocation | null = null;
  for (let tries = 0; tries < 4; tries++) {
    const cue = locatePhrase(text, { exclude, skipWord: isMonth, earliest: true });
    if (!cue) break;
    exclude.add(cue.matched);
    // The strongest words of the text asking a question: the text asks rather than forecasts.
    if (asks(text, cue)) return null;
    if (comparesWithPast(text, cue) || saysNoForecast(text, cue)) continue;
    // "we do not think the economy will shrink": the denied belief governs the negated will.
    if ((cue.matched === "will" || cue.matched === "would") && cue.negated) {
      const denied = governingVerb({ text, modalAt: cue.start });
      if (denied) return denied;
    }
    // "polls projected the party could win": the clause's own hedge wins over the verb that frames it.
    if (/^(?:expected|projected|predicted|anticipated|expects?|predict|forecast to|predicted to)$/.test(cue.matched) && !cue.negated) {
      const own = ownHedge(text, cue);
      if (own) return own;
    }
    if ((cue.matched === "will" || /'ll$/.test(cue.matched)) && !cue.negated) {
      bareWill = cue;
      continue; // a hedge elsewhere governs; else the will stands, unless it states a fact
    }
    return cue;
  }
  // "Analysts predict the bank will cut", "she thought prices would stabilise": the verb of
  // forecasting governs the modal of its object clause.
  const modal = bareWill ?? (/\bwould\b(?!\s+(?:have|be\s+(?:the|a|an)\b))/i.exec(text) ? locateWould(text) : null);
  const governed = modal ? governingVerb({ text, modalAt: modal.start }) : null;
  if (governed) return governed;
  const frame = frameCue(text);
  if (frame) return frame;
  return bareWill && !statesFact(text, bareWill) ? bareWill : null;
}

/** A modal hedge in the object clause just after a forecasting verb ("projected the party could win"). */
function ownHedge(text: string, verb: PhraseLocation): PhraseLocation | null {
  const rest = text.slice(verb.end);
  const clause = /^(?:\s+(?!which\b|who\b)[\p{L}\p{N}’'().%$-]+){1,10}?\s+(?=(?:may|might|could|probably|possibly|perhaps)\b)/iu.exec(rest);
  if (!clause) return null;
  const hedge = locatePhrase(rest.slice(clause[0].length), { exclude: new Set(WEAK) });
  if (!hedge || hedge.start !== 0) return null;
  const start = verb.end + clause[0].length;
  return { ...hedge, start, end: start + hedge.end };
}

function locateWould(text: string): PhraseLocation | null {
  const m = /\bwould\b/i.exec(text);
  return m ? { band: findBand("very-likely"), matched: "would", negated: false, start: m.index, end: m.index + 5 } : null;
}

/** "20%." alone, after the article asked for the odds of something: the answer, stated. */
function readAnswer(text: string): Reading | null {
  const m = /^(?:about\s+|around\s+|roughly\s+)?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per\s?cent)\.?$/i.exec(text.trim());
  const probability = m ? Number(m[1]) / 100 : Number.NaN;
  if (!(probability >= 0 && probability <= 1)) return null;
  const band = bandForProbability(probability).key;
  return { phrase: text.trim(), band, low: probability, high: probability, probability, probabilitySource: "STATED", statedProbability: probability, at: 0 };
}

/**
 * A poll's results run on over several sentences in the passive ("Brent is expected to average
 * …", "the expectation that …"): a forecast the text credits to no one, after a poll or survey
 * was the last source, is that poll's.
 */
function continuedPoll(speaker: Speaker, previous: Speaker | null, text: string): Speaker {
  if (speaker.kind !== "OUTLET" || previous?.kind !== "UNNAMED_GROUP" || !/\b(?:polls?|survey)\b/i.test(previous.name)) return speaker;
  return /\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?(?:expected|projected|predicted|forecast|seen|estimated)\b|\bexpectations?\b/i.test(text)
    ? previous
    : speaker;
}

type Span = { from: number; to: number };

// ", experts are estimating that …", ", Some say …": where a second reported claim begins.
const REPORTED_CLAUSE =
  /,\s+(?=(?:while|whereas)\s+(?:[\p{L}’'-]+\s+){1,12}?(?:has|have|had|is|are|was|were|said|says|predicted|expects?|sees?|forecasts?|thinks?|believes?)\b)|,\s+(?=(?:[\p{L}’'-]+\s+){0,4}?(?:are\s+|is\s+|have\s+|has\s+)?(?:estimating|estimated|estimate|predicted|predict|predicts|say|says|said|believe|believes|assessed|expect|expects|warned|argued|adding|added|noted)\s+(?:that\b|it\b))/gu;

/**
 * The parts of a sentence that may each carry a forecast: every quotation in it, and the
 * text around them split where a new reported claim begins.
 */
function segments(paragraph: string, sentence: Span, quotes: readonly Quotation[] = speechQuotations(paragraph)): Span[] {
  const parts: Span[] = [];
  let cursor = sentence.from;
  const inside = quotationsWithin(quotes, sentence);
  const addOutside = (from: number, to: number) => {
    const text = paragraph.slice(from, to);
    let last = 0;
    for (const m of text.matchAll(REPORTED_CLAUSE)) {
      parts.push({ from: from + last, to: from + m.index! });
      last = m.index! + 1;
    }
    parts.push({ from: from + last, to });
  };
  for (const q of inside) {
    if (q.open > cursor) addOutside(cursor, q.open);
    parts.push({ from: Math.max(sentence.from, q.open + 1), to: Math.min(sentence.to, q.close) });
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
    if (inner.split(/\s+/).length > 4 || /[.!?,;:]$/.test(inner)) return true;
    // Words run on both sides of it: "the plan “dead on arrival” and …".
    return !(/[\p{L}\p{N}]\s$/u.test(paragraph.slice(Math.max(0, q.open - 2), q.open)) && /^\s[\p{L}\p{N}]/u.test(paragraph.slice(q.close + 1, q.close + 3)));
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
  const { text } = options;
  const outlet: Speaker = { name: options.outlet?.trim() || "The outlet (its own words)", kind: "OUTLET" };
  const paragraphs = splitParagraphs(text);
  const prose = paragraphs.filter((p) => !p.furniture);
  const candidates: Candidate[] = [];
  let previous: Speaker | null = null;
  let askedOdds = false; // a survey asked for the odds: "20%." that follows is an answer
  const known = new Map<string, Speaker>(); // people named so far, for "Quint said" paragraphs later
  const heard = (speaker: Speaker) => {
    if (speaker.kind === "OUTLET") return;
    previous = speaker;
    rememberSpeaker(known, speaker);
  };
  const sentencesOf = prose.map((paragraph) => splitParagraph(paragraph));
  prose.forEach((paragraph, i) => {
    const quotes = speechQuotations(paragraph.text); // once per paragraph, not once per sentence
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
      for (const person of namedPeople(sentence.text)) if (!known.has(person.name.split(" ").at(-1)!.toLowerCase())) rememberSpeaker(known, person);
      const isQuestion = /\?["”’)]*$/.test(sentence.text); // a question asks; it does not forecast
      if (isQuestion && /\b(?:odds|chances?|probability|likelihood|how likely)\b/i.test(sentence.text)) askedOdds = true;
      const found: Candidate[] = [];
      for (const part of isQuestion ? [] : segments(paragraph.text, span, quotes)) {
        const text = paragraph.text.slice(part.from, part.to);
        const reading = readForecast(text) ?? (askedOdds ? readAnswer(text) : null);
        if (!reading) continue;
        const { at, ...forecast } = reading;
        const speaker = continuedPoll(attributeSpeaker({ ...context, at: part.from + at, previous }), previous, text);
        heard(speaker);
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
      candidates.push(...found);
      if (found.length === 0) {
        // No forecast here, but it may name the speaker a later "he said" points back to.
        const firstQuote = firstQuotationIn(quotes, span);
        heard(attributeSpeaker({ ...context, at: firstQuote ? firstQuote.open + 1 : span.from, previous }));
      }
    });
  });
  return candidates;
}
