// Proposes a candidate forecast for each sentence of an article that makes a claim about the
// future in estimative language: the sentence (or the quoted words in it), who said it, the
// probability words read on the verbal scale, and a draft question. Pure: no network, no model.
import { locatePhrase, type PhraseLocation } from "../probability/interpret-phrase";
import { probabilityOfYes } from "../probability/probability-of-yes";
import type { BandKey } from "../probability/scale";
import { attributeSpeaker, quotations, type Speaker } from "./attribute-speaker";
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
  suggestedQuestion: string;
};

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

/**
 * The probability words of a piece of text, if it forecasts. Words inside a "whether" clause
 * ask rather than forecast ("experts are divided on whether they will…"), and "unclear
 * whether" says nothing either way.
 */
export function findCue(text: string): PhraseLocation | null {
  const cue = locatePhrase(text, { exclude: WEAK, skipWord: isMonth });
  if (!cue) return null;
  const before = text.slice(0, cue.start);
  if (/\bwhether\b[^.;]*$/i.test(before)) return null;
  if (/^(unclear|uncertain)$/i.test(cue.matched) && /^\s*(whether|if)\b/i.test(text.slice(cue.end))) return null;
  return cue;
}

type Span = { from: number; to: number };

// ", experts are estimating that …", ", Some say …": where a second reported claim begins.
const REPORTED_CLAUSE = /,\s+(?=(?:[\p{L}’'-]+\s+){0,4}?(?:are\s+|is\s+|have\s+|has\s+)?(?:estimating|estimated|estimate|predicted|predict|predicts|say|says|said|believe|believes|assessed|expect|expects|warned|argued|adding|added|noted)\s+(?:that\b|it\b))/gu;

/**
 * The parts of a sentence that may each carry a forecast: every quotation in it, and the
 * text around them split where a new reported claim begins.
 */
export function segments(paragraph: string, sentence: Span): Span[] {
  const parts: Span[] = [];
  let cursor = sentence.from;
  const inside = quotations(paragraph).filter((q) => q.close > sentence.from && q.open < sentence.to);
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
  prose.forEach((paragraph, i) => {
    for (const sentence of splitParagraph(paragraph)) {
      const span = { from: sentence.start - paragraph.start, to: sentence.end - paragraph.start };
      const context = { paragraph: paragraph.text, sentenceStart: span.from, sentenceEnd: span.to, nextParagraph: prose[i + 1]?.text, outlet };
      const isQuestion = /\?["”’)]*$/.test(sentence.text); // a question asks; it does not forecast
      let proposed = false;
      for (const part of isQuestion ? [] : segments(paragraph.text, span)) {
        const text = paragraph.text.slice(part.from, part.to);
        const cue = findCue(text);
        if (!cue) continue;
        const speaker = attributeSpeaker({ ...context, at: part.from + cue.start, previous });
        if (speaker.kind !== "OUTLET") previous = speaker;
        proposed = true;
        candidates.push({
          quote: text,
          start: paragraph.start + part.from,
          end: paragraph.start + part.to,
          forecaster: speaker,
          phrase: text.slice(cue.start, cue.end),
          band: cue.band.key,
          ...probabilityOfYes({ band: cue.band, refersTo: "YES" }),
          suggestedQuestion: suggestQuestion(text),
        });
      }
      if (!proposed) {
        // No forecast here, but it may name the speaker a later "he said" points back to.
        const firstQuote = quotations(paragraph.text).find((q) => q.open >= span.from && q.open < span.to);
        const speaker = attributeSpeaker({ ...context, at: firstQuote ? firstQuote.open + 1 : span.from, previous });
        if (speaker.kind !== "OUTLET") previous = speaker;
      }
    }
  });
  return candidates;
}
