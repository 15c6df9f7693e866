// The probability of YES a forecast records, and how it was obtained: read from its phrase on
// the verbal scale, or a number the analyst gives (the forecaster's own, or the analyst's
// judgement). Shared by the seed, the forms (to propose a number as the analyst types) and the API.
import { interpretPhrase } from "./interpret-phrase";
import { probabilityOfYes, type QuestionSide } from "./probability-of-yes";
import { type Band, DEFAULT_SCALE } from "./scale";

export type ProbabilitySource = "SCALE" | "STATED" | "JUDGEMENT";

export type ResolvedProbability = {
  probability: number;
  probabilitySource: ProbabilitySource;
  scale: string | null;
  low: number | null;
  high: number | null;
  /** The band the phrase was read on, when it was. */
  band: Band | null;
};

export type ProbabilityProblem = { field: "phrase" | "probability"; message: string };

export function resolveProbability(options: {
  phrase: string | null | undefined;
  refersTo: QuestionSide;
  probability?: number;
  probabilitySource?: ProbabilitySource;
}): ResolvedProbability | ProbabilityProblem {
  const { phrase, refersTo, probability } = options;
  if (probability !== undefined) {
    const source = options.probabilitySource ?? "JUDGEMENT";
    if (source === "SCALE") {
      return { field: "probability", message: "must be left out when it is read from the phrase (probabilitySource SCALE)" };
    }
    return { probability, probabilitySource: source, scale: null, low: null, high: null, band: null };
  }
  if (options.probabilitySource && options.probabilitySource !== "SCALE") {
    return { field: "probability", message: `is required when the probability source is ${options.probabilitySource}` };
  }
  const reading = phrase ? interpretPhrase(phrase) : null;
  if (!reading) {
    return {
      field: "phrase",
      message: phrase
        ? `"${phrase}" is not on the ${DEFAULT_SCALE.id} scale: give the probability as a number`
        : "is needed to read a probability from, unless a number is given",
    };
  }
  const numbers = probabilityOfYes({ band: reading.band, refersTo });
  return { ...numbers, probabilitySource: "SCALE", scale: DEFAULT_SCALE.id, band: reading.band };
}

export function isProblem(value: ResolvedProbability | ProbabilityProblem): value is ProbabilityProblem {
  return "field" in value;
}
