// The rules a forecast must keep against its question and source, wherever it comes from
// (form, API, edit). Pure: returns one message per field that breaks a rule.
import { formatIsoDate, todayUtc } from "../dates";
import { isProblem, type ResolvedProbability, resolveProbability } from "../probability/resolve-probability";

export type ForecastDraft = {
  madeAt: Date;
  quote: string;
  phrase: string | null;
  phraseRefersTo: "YES" | "NO";
  probability?: number;
  probabilitySource?: "SCALE" | "STATED" | "JUDGEMENT";
};

export function checkForecast(options: {
  draft: ForecastDraft;
  question: { deadline: Date; archivedAt?: Date | null };
  source: { publishedAt: Date; text: string | null };
  now?: Date;
}): { problems: Record<string, string>; numbers: ForecastNumbers | null } {
  const { draft, question, source } = options;
  const problems: Record<string, string> = {};
  const made = formatIsoDate(draft.madeAt);
  if (question.archivedAt) problems.questionId = "is archived: restore it before adding forecasts to it";
  if (draft.madeAt > question.deadline) problems.madeAt = `${made} is after the question's deadline (${formatIsoDate(question.deadline)})`;
  else if (draft.madeAt > source.publishedAt) problems.madeAt = `${made} is after the source was published (${formatIsoDate(source.publishedAt)})`;
  else if (draft.madeAt > todayUtc(options.now)) problems.madeAt = `${made} is in the future`;
  if (source.text !== null && !source.text.includes(draft.quote)) {
    problems.quote = "is not found word for word in the source's text";
  }
  const resolved = resolveProbability({
    phrase: draft.phrase,
    refersTo: draft.phraseRefersTo,
    probability: draft.probability,
    probabilitySource: draft.probabilitySource,
  });
  if (isProblem(resolved)) {
    problems[resolved.field] = resolved.message;
    return { problems, numbers: null };
  }
  const { band: _band, ...numbers } = resolved;
  return { problems, numbers };
}

/** What a forecast stores of its probability: the number, how it was obtained, and the band. */
export type ForecastNumbers = Omit<ResolvedProbability, "band">;

/** True when the check found nothing wrong (and so produced the numbers to store). */
export function passes(check: ReturnType<typeof checkForecast>): check is { problems: Record<string, string>; numbers: ForecastNumbers } {
  return check.numbers !== null && Object.keys(check.problems).length === 0;
}
