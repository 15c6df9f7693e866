// "In a normal year there's about a 25 per cent chance": the chance of any year, a base rate to
// compare with, not a forecast of this one. Pure.
const BASE_RATE =
  /\b(?:in|during)\s+(?:a|an|any)\s+(?:normal|typical|average|ordinary|neutral|usual)\s+(?:year|season|month|week|winter|summer|spring|autumn|decade)\b/i;
// A clause of contrast after it has a time of its own: "In a normal year it would, but this year it may".
const CLAUSE_BREAK = /[;:]|,?\s+(?:but|while|whereas|yet)\s+/;

/** True when the clause that leads up to a chance (`before`: the text up to it) sets it in a normal year. */
export function statesBaseRate(before: string): boolean {
  return BASE_RATE.test(before.split(CLAUSE_BREAK).at(-1) ?? "");
}
