// Words of estimative probability, mapped to bands of the verbal scale.
// ICD 203 names its own terms; the rest are the hedges that news and think-tank
// writing uses in their place ("little chance", "sufficient possibility", "seems low").
// The mapping is a reading, not a fact: every forecast mapped from a phrase keeps the
// band's low and high ends so that scores can show how much the reading matters.
import type { BandKey } from "./scale";

export const PHRASE_BANDS: Readonly<Record<BandKey, readonly string[]>> = {
  "almost-no-chance": [
    "almost no chance", "no chance", "remote", "remote chance", "remote possibility",
    "negligible", "insignificant", "virtually impossible", "almost impossible",
    "all but impossible", "impossible", "almost certainly not", "will almost certainly not",
  ],
  "very-unlikely": [
    "very unlikely", "highly unlikely", "extremely unlikely", "highly improbable", "very improbable",
    "little chance", "very little chance", "slim chance", "slim", "little likelihood",
    "little possibility", "scant", "very low", "very low possibility", "will not", "won't",
    "would not", "wouldn't", "no way",
  ],
  unlikely: [
    "unlikely", "improbable", "improbably", "not likely", "seems low", "seem low", "low",
    "low possibility", "low likelihood", "low chance", "low probability", "doubtful",
    "questionable", "probably not", "may not", "might not", "could not", "not expected",
    "doubt", "doubts",
  ],
  "roughly-even": [
    "roughly even chance", "roughly even odds", "even chance", "even odds", "fifty-fifty",
    "toss-up", "coin flip", "may", "might", "could", "can", "possible", "possibly",
    "possibility", "a possibility", "perhaps", "maybe", "uncertain", "unclear",
    "wait and see", "may well",
  ],
  likely: [
    "likely", "probable", "probably", "will probably", "probably will", "expected", "expected to", "anticipated", "predicted",
    "predict", "projected", "should", "would likely", "will likely", "is likely",
    "high possibility", "high likelihood", "high chance", "chances are high", "are high",
    "good chance", "sufficient possibility", "strong possibility", "greater possibility",
    "real possibility", "suspect", "believe", "on the horizon", "in the cards",
    "wouldn't be anything to be surprised of", "not surprising", "no surprise",
  ],
  "very-likely": [
    "very likely", "highly likely", "extremely likely", "highly probable", "very probable",
    "will", "would", "is going to", "are going to", "bound to",
  ],
  "almost-certain": [
    "almost certain", "almost certainly", "nearly certain", "virtually certain",
    "all but certain", "certain", "certainly", "definitely", "no doubt", "without doubt",
  ],
};
