// Bodies an article names as owning a forecasting document: "YouGov's final poll", "Citi's
// model". Their trade is forecasting whatever their name says (carry-source.ts). Pure.
import { LEADING_DOCUMENT } from "../leading-document";

const OWNED_DOCUMENT =
  /(?<![\p{L}&.’'-])(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:polls?|polling|surveys?|forecasts?|models?|modell?ing|projections?|outlook|predictions?|scenarios?)\b/gu;

// "In its latest global forecast for 2016-21, EIU said …": the document named first, its owner after.
const IN_ITS_DOCUMENT = new RegExp(
  String.raw`\b${LEADING_DOCUMENT}(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:said|says|predicted|predicts|forecast|forecasts|expects|expected|projected|projects|estimated|estimates|sees|saw)\b`,
  "gu",
);

/** The names of the bodies whose forecasting documents the text names (by possessive, or as "its"). */
export function documentOwners(text: string): Set<string> {
  const owners = new Set<string>();
  for (const m of text.matchAll(OWNED_DOCUMENT)) owners.add(m[1].replace(/^The\s+/, ""));
  for (const m of text.matchAll(IN_ITS_DOCUMENT)) owners.add(m[1]);
  return owners;
}
