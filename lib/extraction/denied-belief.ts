// A forecasting word inside a denied belief: "I don't think people are anticipating a turnaround"
// speaks of what the speaker does not expect. Pure.
import type { PhraseLocation } from "../probability/interpret-phrase";
import { findBand } from "../probability/scale";

// "Few", "hardly anyone", "no one" as the subject, right before the verb ("a few" and "quite a
// few" are some, not none).
const FEW_HOLD =
  /(?:^|[\s,;:])(?<!\ba\s)(?:few|very\s+few|hardly\s+any(?:one|body)|almost\s+no(?:\s+one|body)|no\s+one|nobody)(?:\s+(?!that\b|who\b)[\p{L}’'-]+){0,3}?\s+(?:now\s+|still\s+|really\s+)?$/iu;
const FORECASTING = /^(?:expects?|expected|predicts?|predicted|sees?|anticipates?|anticipated|forecasts?|thinks?|believes?|reckons?)$/i;

/**
 * "I don't think people are anticipating a turnaround": a forecasting word inside a denied belief
 * speaks of what the speaker does not expect (unlikely). Null when no denied belief stands over it.
 */
export function deniedBelief(options: { text: string; cue: PhraseLocation }): PhraseLocation | null {
  const { text, cue } = options;
  if (cue.band.key !== "likely" || cue.negated) return null;
  const before = text.slice(Math.max(0, cue.start - 100), cue.start);
  const m = /(?:\bnot|n[’']t|\bnever)\s+(?:really\s+)?(?:think|believe)\b(?:\s+(?!which\b|who\b|but\b)[\p{L}\p{N}’'%$-]+){0,8}?\s+$/iu.exec(before);
  // "Few economists expect a cut", "No one predicts a deal": a belief almost no one holds.
  const few = FEW_HOLD.test(before) && FORECASTING.test(cue.matched.split(" ")[0]);
  return m || few ? { ...cue, band: findBand("unlikely"), negated: true } : null;
}
