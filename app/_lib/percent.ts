// Forms show and take probabilities as percentages ("12.5"); the domain stores probabilities.

/** "12.5" or "12.5%" → 0.125; blank → undefined; anything that is not 0–100 → NaN. */
export function parsePercent(raw: FormDataEntryValue | null): number | undefined {
  const text = typeof raw === "string" ? raw.trim().replace(/%$/, "") : "";
  if (text === "") return undefined;
  const percent = Number(text);
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? Math.round(percent * 1000) / 100_000 : Number.NaN;
}

/** 0.125 → "12.5": a stored probability as a form field shows it. */
export function percentText(probability: number): string {
  return String(Math.round(probability * 100_000) / 1000);
}
