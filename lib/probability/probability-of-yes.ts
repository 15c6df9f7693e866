// Turns a band that a phrase speaks of into the probability of the question's YES.
import type { Band } from "./scale";

/** Which side of the question the phrase speaks of ("little chance they will ally" speaks of YES). */
export type QuestionSide = "YES" | "NO";

export type YesProbability = { probability: number; low: number; high: number };

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function probabilityOfYes(options: { band: Band; refersTo: QuestionSide }): YesProbability {
  const { band, refersTo } = options;
  if (refersTo === "YES") return { probability: band.point, low: band.low, high: band.high };
  return { probability: round(1 - band.point), low: round(1 - band.high), high: round(1 - band.low) };
}
