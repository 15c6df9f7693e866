// The poll or survey a sentence tells of, whether or not the sentence forecasts: "A Harbour
// Gazette survey of 30 fund managers was published on Monday." Later counts ("Seventeen said …")
// speak for it. Pure; English news style.
import type { Speaker } from "./speaker";
import { unnamedGroup } from "./unnamed-group";

/** The poll or survey named in `sentence`, as the group it speaks for, or null. */
export function namedPoll(sentence: string): Speaker | null {
  const clause = sentence.split(/[,;:—]/).find((part) => /\b(?:polls?|surveys?)\b/i.test(part));
  return clause ? unnamedGroup(clause) : null;
}
