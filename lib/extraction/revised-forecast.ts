// "The team echoed its earlier prediction of an active season", "Acme raised its copper price
// forecast for 2025": a forecast its maker repeats, issues or revises. The frame (find-cue) and
// its subject (attribution) read the same words. Pure.

// Verbs by which a maker revises its own figure: "raised its recession probability", "trimmed its
// forecast", "revised down its prediction".
export const REVISING_VERBS =
  "rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|lift(?:s|ed|ing)?|trim(?:s|med|ming)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|boost(?:s|ed|ing)?|slash(?:es|ed|ing)?";
// … and by which it repeats, issues or updates it.
const VERBS = `echo(?:es|ed|ing)?|reiterat(?:e|es|ed|ing)|repeat(?:s|ed|ing)?|maintain(?:s|ed|ing)?|st(?:ood|ands?)\\s+by|issu(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|${REVISING_VERBS}`;
// What the forecast is ("… prediction of an active season") or its figure ("… forecast for 2025
// to $10,160", "… forecast from 5.9 per cent to 2.4 per cent", not a year): "Acme cut its forecast for every market" says no more than that it
// changed, and an estimate ("raised their estimate of the crowd to 50,000") counts what is.
const WORDS = `\\b(?:${VERBS})(?:\\s+(?:up|down|upwards?|downwards?))?\\s+(?:their|its|his|her|our)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:predictions?|forecasts?|projections?|outlook)\\s+(?:(?:of|that)\\b|(?:for\\s+[^.;,]{1,40}?|from\\s+[-−+]?[$€£]?\\d(?:[^.;,]|[.,](?=\\d)){0,30}?)\\s+to\\s+(?!(?:19|20)\\d\\d\\b)[-−+]?[$€£]?\\d(?:[\\d.,]*\\d)?)`;

/** The frame anywhere in a text. */
export const REVISED_FORECAST = new RegExp(WORDS, "iu");
/** The frame ending a text: its subject stands before it. */
export const REVISED_FORECAST_AT_END = new RegExp(`${WORDS}\\s*$`, "iu");
