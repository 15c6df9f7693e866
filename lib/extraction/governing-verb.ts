// The verb of forecasting that governs a bare "will" or "would": in "economists predict that the
// bank will cut", the forecast is the economists' expectation (likely), not a flat "will" (very
// likely); in "we do not think the economy will shrink", the denied expectation makes it unlikely.
// Pure.
import type { PhraseLocation } from "../probability/interpret-phrase";
import { findBand } from "../probability/scale";
import { FORECASTING_VERB_FORMS as FORMS } from "./is-forecasting-verb";

// "Punters think the party will win", "analysts believe rates will fall", "the polls suggest the
// party would win": a belief or a reading of evidence governs a bare will as a forecasting verb
// does (likely, not a flat will), though alone, with no modal after it, it is no cue. The labelling
// convention (corpus/labels.json, rule 4) reads every such frame as likely, the seed labels too.
// "think tank" is a noun, not a belief.
const BELIEF =
  "think(?:s|ing)?(?![\\s-]tanks?\\b)|believ(?:e|es|ed|ing)|suggest(?:s|ed|ing)?" +
  // "it looks as though it will turn milder", "it seems like the deal will pass": an appearance read
  // now ("it seemed like she would win" was an expectation of the past).
  "|(?:looks?|seems?)\\s+(?:as\\s+though|as\\s+if|like)" +
  // "The consensus seems to be that it will …", "the expectation among traders is that …".
  // "The consensus view is that …" too.
  "|(?:consensus|expectation|assumption)(?=\\s+(?:view\\s+)?(?:(?:among|of)\\s+[^,.;]{1,40}?\\s+)?(?:is|was|seems\\s+to\\s+be|appears\\s+to\\s+be|remains)\\s+that\\b)";
// The verb, then up to fourteen words of its object clause before the modal ("(AfD)" included),
// with no clause break (a full stop, a semicolon, a relative "which"/"who", a "because") between them.
// "expects prices to rise because demand will recover": a reason is the speaker's own flat claim,
// not the object of the expectation.
const GOVERNS = new RegExp(`\\b(${FORMS}|${BELIEF})\\b((?:\\s+(?!which\\b|who\\b|whom\\b|because\\b)[\\p{L}\\p{N}’'%$.,()-]+){0,14}?)\\s+$`, "iu");
// ", who has been in power since 2005," inside the object clause: set off by commas, it is an
// aside about the subject, not a clause break. Blanked (same length) before GOVERNS reads.
const ASIDE = /,\s+(?:who|which)\s+[^,.;:]{1,80},/giu;
// "we do not think …", "I am not at all confident that …", "they are not optimistic the deal will
// last": a belief or a confidence denied.
const DENIED_BELIEF =
  /(?<=(?:\bnot|n[’']t|\bnever)\s+(?:at\s+all\s+|very\s+|too\s+|entirely\s+|particularly\s+)?)(believe|think|confident|optimistic|sure|convinced|certain)\b((?:\s+(?!which\b|who\b)[\p{L}\p{N}’'%$.,-]+){0,10}?)\s+$/iu;
const DOUBT =
  /(?<!\b(?:no|little|some|any|a|the|of|in|without|beyond|cast|casts|casting|raised|raises|raise|raising|much|more|serious|real)\s)\b(doubts?|doubted)\b((?:\s+(?!which\b|who\b)[\p{L}\p{N}’'%$.,-]+){0,12}?)\s+$/iu;
// "don’t": the n’t is joined to its verb, with no word boundary before it.
const NEGATED = /(?:\bnot|n[’']t|\bnever|\bno\s+longer)\s+(?:at\s+all\s+|\w+\s+)?$/i;

/**
 * The forecasting verb whose object clause holds the modal that starts at `modalAt` in `text`,
 * read as a cue of its own: likely, or unlikely when the verb is negated. Null when none governs.
 */
export function governingVerb(options: { text: string; modalAt: number }): PhraseLocation | null {
  const before = options.text.slice(Math.max(0, options.modalAt - 160), options.modalAt).replace(ASIDE, (m) => " ".repeat(m.length));
  const offset = Math.max(0, options.modalAt - 160);
  // "I doubt she will stay", "analysts doubt the deal will pass": a doubt governs the modal
  // (unlikely); "I don't doubt it will" turns it round. Not the noun ("no doubt", "cast doubt").
  const doubt = DOUBT.exec(before);
  if (doubt && !/[.;:!?]\s/.test(doubt[2])) {
    const denied = NEGATED.test(before.slice(0, doubt.index));
    const start = offset + doubt.index;
    return { band: findBand(denied ? "likely" : "unlikely"), matched: doubt[1].toLowerCase(), negated: denied, start, end: start + doubt[1].length };
  }
  // A belief denied is a hedge ("we do not think it will"); a belief held is left to the modal.
  const m = GOVERNS.exec(before) ?? DENIED_BELIEF.exec(before);
  if (!m || /[.;:!?]\s/.test(m[2])) return null;
  // "than expected", "as predicted": a comparison with a past expectation governs nothing; nor does
  // a participle used as an adjective ("Labour's estimated 484 seats would …").
  const lead = before.slice(0, m.index);
  if (/\b(?:than|as)\s+$/i.test(lead)) return null;
  if (!/^(?:expectations?|predictions?|consensus|assumption)$/i.test(m[1]) && /(?:\b(?:the|an?|its|their|his|her|our)|[’']s)\s+$/i.test(lead)) return null;
  const negated = NEGATED.test(before.slice(0, m.index));
  const start = offset + m.index;
  return { band: findBand(negated ? "unlikely" : "likely"), matched: m[1].toLowerCase(), negated, start, end: start + m[1].length };
}
