// Verbal probability scales: named bands of probability, each with a point value.
// The default is the US intelligence community's ICD 203 scale. Pure data and functions.

export type BandKey = "almost-no-chance" | "very-unlikely" | "unlikely" | "roughly-even" | "likely" | "very-likely" | "almost-certain";

export type Band = {
  key: BandKey;
  label: string;
  /** Lower and upper ends of the band, as probabilities. */
  low: number;
  high: number;
  /** The single number used when a forecast gives only the phrase: the band's midpoint. */
  point: number;
};

export type Scale = { id: string; name: string; bands: readonly Band[] };

function band(key: BandKey, label: string, low: number, high: number): Band {
  // Rounded so that 0.2 + 0.45 style midpoints print as written (0.325, not 0.32500000000000001).
  return { key, label, low, high, point: Math.round(((low + high) / 2) * 1e6) / 1e6 };
}

/** ICD 203 (2015), "Analytic Standards", expressions of likelihood. */
export const ICD_203: Scale = {
  id: "ICD-203",
  name: "US Intelligence Community Directive 203",
  bands: [
    band("almost-no-chance", "almost no chance", 0.01, 0.05),
    band("very-unlikely", "very unlikely", 0.05, 0.2),
    band("unlikely", "unlikely", 0.2, 0.45),
    band("roughly-even", "roughly even chance", 0.45, 0.55),
    band("likely", "likely", 0.55, 0.8),
    band("very-likely", "very likely", 0.8, 0.95),
    band("almost-certain", "almost certain", 0.95, 0.99),
  ],
};

export const DEFAULT_SCALE = ICD_203;

export function findBand(key: BandKey, scale: Scale = DEFAULT_SCALE): Band {
  const found = scale.bands.find((b) => b.key === key);
  if (!found) throw new Error(`Scale ${scale.id} has no band "${key}"`);
  return found;
}

/** The band a probability falls in; a value on a shared edge belongs to the band above it. */
export function bandForProbability(probability: number, scale: Scale = DEFAULT_SCALE): Band {
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`Not a probability: ${probability}`);
  // Below the lowest band's low end (ICD 203 starts at 1%) is still the lowest band.
  return scale.bands.findLast((b) => probability >= b.low) ?? scale.bands[0];
}

const OPPOSITE: Record<BandKey, BandKey> = {
  "almost-no-chance": "almost-certain",
  "very-unlikely": "very-likely",
  unlikely: "likely",
  "roughly-even": "roughly-even",
  likely: "unlikely",
  "very-likely": "very-unlikely",
  "almost-certain": "almost-no-chance",
};

/** The band that says the same of the opposite event: "unlikely to happen" is "likely not to happen". */
export function oppositeBand(key: BandKey): BandKey {
  return OPPOSITE[key];
}
