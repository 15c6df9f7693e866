// What happened to one forecast, in words a reader needs no statistics for. Pure.
// The verdict is the side of 50% the forecast took against the outcome: above 50% said YES,
// below said NO, exactly 50% took no side. Annulled and open questions have no verdict.

export type Verdict = "called it" | "missed" | "coin-flip";

export type VerdictOutcome = "YES" | "NO" | "ANNULLED" | null;

export function forecastVerdict(options: { probability: number; outcome: VerdictOutcome }): Verdict | null {
  const { probability, outcome } = options;
  if (outcome !== "YES" && outcome !== "NO") return null;
  if (probability === 0.5) return "coin-flip";
  const saidYes = probability > 0.5;
  return saidYes === (outcome === "YES") ? "called it" : "missed";
}
