// The verbs (and the nouns made from them) by which a speaker forecasts: "expects", "predicted",
// "reckons", "thought", "the expectation that". Believing is left out: "believe that … will" reads
// as a flat will in news copy as often as a hedged one. Pure.
export const FORECASTING_VERB_FORMS =
  "(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:s|ed|ing)|estimat(?:e|es|ed|ing)|fear(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|reckon(?:s|ed|ing)?|foresee(?:s|ing)?|suspect(?:s|ed|ing)?|sees?|thought|judge[sd]?|indicat(?:e|es|ed)|expectations?|predictions?)";

const WHOLE = new RegExp(`^${FORECASTING_VERB_FORMS}$`, "i");

/** True when a cue's words are one of the forecasting verbs (attribution reads up to their end). */
export function isForecastingVerb(phrase: string): boolean {
  return WHOLE.test(phrase);
}
