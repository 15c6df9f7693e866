// Bodies an article names as owning a forecasting document: "YouGov's final poll", "Citi's
// model". Their trade is forecasting whatever their name says (carry-source.ts). Pure.

const OWNED_DOCUMENT =
  /(?<![\p{L}&.’'-])(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:polls?|polling|surveys?|forecasts?|models?|modell?ing|projections?|outlook|predictions?|scenarios?)\b/gu;

/** The names of the bodies whose forecasting documents the text names by possessive. */
export function documentOwners(text: string): Set<string> {
  const owners = new Set<string>();
  for (const m of text.matchAll(OWNED_DOCUMENT)) owners.add(m[1].replace(/^The\s+/, ""));
  return owners;
}
