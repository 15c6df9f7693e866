// The verbs (and the nouns made from them) by which a speaker forecasts: "expects", "predicted",
// "reckons", "thought", "the expectation that"; "project" only before "that" (else a noun as
// often: "the project will"). Believing is left out: "believe that … will" reads
// as a flat will in news copy as often as a hedged one. Pure.
export const FORECASTING_VERB_FORMS =
  "(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:s|ed|ing|(?=\\s+that\\b))|estimat(?:e|es|ed|ing)|fear(?:s|ed|ing)?|worr(?:y|ies)|anticipat(?:e|es|ed|ing)|reckon(?:s|ed|ing)?|foresee(?:s|ing)?|suspect(?:s|ed|ing)?|sees?|thought|judge[sd]?|indicat(?:e|es|ed)|expectations?|predictions?)";

// A cue is its words alone: "project" with the "that" after it left out.
const WHOLE = new RegExp(`^(?:${FORECASTING_VERB_FORMS}|project)$`, "i");

// "The governor did not rule out a cut": judging an outcome possible is forecasting it too.
const NOT_RULED_OUT =
  /^(?:(?:(?:did|do|does|will|would|could|can|has|have|had)\s+)?not|didn't|don't|doesn't|won't|wouldn't|can't|cannot|couldn't|hasn't|haven't|refused\s+to|declined\s+to)\s+rul(?:e|ed|ing)\s+out$/i;

/** True when a cue's words are one of the forecasting verbs (attribution reads up to their end). */
export function isForecastingVerb(phrase: string): boolean {
  return WHOLE.test(phrase) || NOT_RULED_OUT.test(phrase.replace(/’/g, "'"));
}
