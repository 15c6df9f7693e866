// How scores read on screen.

/** "0.061"; "—" when there is no score. */
export function formatScore(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? "—" : value.toFixed(digits);
}

/** "+0.330", "−0.120": relative scores carry their sign. */
export function formatSigned(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return "—";
  const fixed = Math.abs(value).toFixed(digits);
  if (Number(fixed) === 0) return fixed;
  return `${value < 0 ? "−" : "+"}${fixed}`;
}

/** A Brier interval, shown within the 0–1 range a Brier score can take; null is too few questions. */
export function formatBrierInterval(interval: [number, number] | null): string {
  if (!interval) return "too few to tell";
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  return `${formatScore(clip(interval[0]))}–${formatScore(clip(interval[1]))}`;
}
