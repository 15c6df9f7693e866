// How probabilities read on screen: "12.5%", "3%", "67.5%".

export function formatPercent(probability: number): string {
  const percent = Math.round(probability * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** "5–20%" for a band given as probabilities. */
export function formatBand(low: number, high: number): string {
  return `${formatPercent(low).replace("%", "")}–${formatPercent(high)}`;
}
