// The fields that several forms share (a forecast's, a forecaster's, a question's), read from
// FormData into what the domain functions take. Called inside runAction, so a field that
// cannot be read throws the same AppError a domain rule would.
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { readTypedProbability } from "@/lib/probability/read-typed-probability";
import { optional } from "./run-action.server";

/** A forecast's own fields; the number as people type it ("60 per cent", "3 in 5"); a blank one leaves the probability to be read from the phrase. */
export function readForecastFields(formData: FormData) {
  const typed = formData.get("probability");
  const read = readTypedProbability(typeof typed === "string" ? typed : null);
  if (read.kind === "problem") {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The forecast is not valid; nothing was saved.", { probability: read.message });
  }
  const probability = read.kind === "read" ? read.probability : undefined;
  return {
    madeAt: optional(formData.get("madeAt")),
    quote: optional(formData.get("quote")) ?? "",
    phrase: optional(formData.get("phrase")) ?? null,
    phraseRefersTo: formData.get("phraseRefersTo") === "NO" ? ("NO" as const) : ("YES" as const),
    probability,
    probabilitySource: probability === undefined ? undefined : formData.get("probabilitySource") === "STATED" ? ("STATED" as const) : ("JUDGEMENT" as const),
    note: optional(formData.get("note")),
  };
}

/** Where an edited forecast hangs: its question, forecaster and source, each kept unless another is picked. */
export function readForecastPlace(formData: FormData) {
  return {
    questionId: optional(formData.get("questionId")),
    forecasterId: optional(formData.get("forecasterId")),
    sourceId: optional(formData.get("sourceId")),
  };
}

/** The forecaster named in a forecast form: found by name, or created with this kind. */
export function readForecasterDescription(formData: FormData) {
  return { name: optional(formData.get("forecaster.name")) ?? "", kind: optional(formData.get("forecaster.kind")) ?? "PERSON" };
}

/** A question's fields, under `prefix` ("question.") when the form holds more than the question. Topics are one line, separated by commas. */
export function readQuestionFields(formData: FormData, prefix = "") {
  const tags = optional(formData.get(`${prefix}tags`));
  return {
    title: optional(formData.get(`${prefix}title`)) ?? "",
    criteria: optional(formData.get(`${prefix}criteria`)) ?? "",
    deadline: optional(formData.get(`${prefix}deadline`)) ?? "",
    tags: tags ? tags.split(/[,\s]+/).filter(Boolean) : [],
  };
}
