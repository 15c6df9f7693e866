// Forms show probabilities as percentages ("12.5"); the domain stores probabilities. What people
// type is read by lib/probability/read-typed-probability.ts.

/** 0.125 → "12.5": a stored probability as a form field shows it. */
export function percentText(probability: number): string {
  return String(Math.round(probability * 100_000) / 1000);
}
