// A forecasting word inside a denied belief: "I don't think people are anticipating a turnaround"
// speaks of what the speaker does not expect. Pure.
import type { PhraseLocation } from "../probability/interpret-phrase";
import { findBand } from "../probability/scale";

/**
 * "I don't think people are anticipating a turnaround": a forecasting word inside a denied belief
 * speaks of what the speaker does not expect (unlikely). Null when no denied belief stands over it.
 */
export function deniedBelief(options: { text: string; cue: PhraseLocation }): PhraseLocation | null {
  const { text, cue } = options;
  if (cue.band.key !== "likely" || cue.negated) return null;
  const before = text.slice(Math.max(0, cue.start - 100), cue.start);
  const m = /(?:\bnot|n[’']t|\bnever)\s+(?:really\s+)?(?:think|believe)\b(?:\s+(?!which\b|who\b|but\b)[\p{L}\p{N}’'%$-]+){0,8}?\s+$/iu.exec(before);
  return m ? { ...cue, band: findBand("unlikely"), negated: true } : null;
}
