// Checks a seed dataset through and through and turns it into the rows to write.
// Pure: nothing touches the database until every problem has been ruled out, so a bad
// dataset is refused whole (AppError INVALID_INPUT listing each problem) and never half-written.
import { parseIsoDate } from "../dates";
import { hashText } from "../sources/hash-text";
import { AppError, AppErrorCode } from "../errors/app-error";
import { isProblem, resolveProbability } from "../probability/resolve-probability";
import { fieldErrors } from "../validation/field-errors";
import { type ParsedSeedInput, seedInputSchema } from "./seed-input";

type Parsed = ParsedSeedInput;

export type PlannedForecast = {
  id: string;
  questionId: string;
  forecasterSlug: string;
  sourceKey: string;
  madeAt: Date;
  quote: string;
  phrase: string | null;
  phraseRefersTo: "YES" | "NO";
  probability: number;
  probabilitySource: "SCALE" | "STATED" | "JUDGEMENT";
  scale: string | null;
  low: number | null;
  high: number | null;
  note: string | null;
};

export type SeedPlan = {
  name: string;
  forecasters: Parsed["forecasters"];
  sources: Array<Omit<Parsed["sources"][number], "publishedAt"> & { publishedAt: Date; textHash: string }>;
  questions: Array<Omit<Parsed["questions"][number], "deadline" | "outcome"> & { deadline: Date }>;
  outcomes: Array<{ questionId: string; value: "YES" | "NO" | "ANNULLED"; resolvedAt: Date; evidenceUrl: string | null; note: string }>;
  forecasts: PlannedForecast[];
};

const date = (iso: string) => parseIsoDate(iso)!;

/** True when each "…"-separated part of `phrase` occurs in `quote`, in order (case-insensitive). */
export function phraseOccursIn(phrase: string, quote: string): boolean {
  const haystack = quote.toLowerCase().replace(/\u2019/g, "'");
  let from = 0;
  for (const part of phrase
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/…|\.\.\./)) {
    const at = haystack.indexOf(part.trim(), from);
    if (at < 0) return false;
    from = at + part.trim().length;
  }
  return true;
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Validates `input` and returns what to write, or throws AppError listing every problem. */
export function planSeed(input: unknown): SeedPlan {
  const parsed = seedInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The seed dataset is not valid; nothing was written.", fieldErrors(parsed.error));
  }
  const data = parsed.data;
  const problems: Record<string, string> = {};
  for (const [label, values] of [
    ["sources", data.sources.map((s) => s.key)],
    ["forecasters", data.forecasters.map((f) => f.slug)],
    ["questions", data.questions.map((q) => q.id)],
  ] as const) {
    for (const dup of duplicates(values)) problems[label] = `"${dup}" is defined twice`;
  }
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  const forecasters = new Set(data.forecasters.map((f) => f.slug));
  const questions = new Map(data.questions.map((q) => [q.id, q]));

  const forecasts: PlannedForecast[] = [];
  data.forecasts.forEach((f, i) => {
    const at = `forecasts.${i}`;
    const source = sources.get(f.source);
    const question = questions.get(f.question);
    if (!source) problems[`${at}.source`] = `unknown source "${f.source}"`;
    if (!question) problems[`${at}.question`] = `unknown question "${f.question}"`;
    if (!forecasters.has(f.forecaster)) problems[`${at}.forecaster`] = `unknown forecaster "${f.forecaster}"`;
    if (!source || !question) return;
    const planned = planForecast(f, source, question, (field, message) => (problems[`${at}.${field}`] = message));
    if (planned) forecasts.push(planned);
  });
  if (Object.keys(problems).length > 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The seed dataset is not valid; nothing was written.", problems);
  }
  return {
    name: data.name,
    forecasters: data.forecasters,
    sources: data.sources.map((s) => ({ ...s, publishedAt: date(s.publishedAt), textHash: hashText(s.text) })),
    questions: data.questions.map(({ outcome: _outcome, ...q }) => ({ ...q, deadline: date(q.deadline) })),
    outcomes: data.questions.flatMap((q) =>
      q.outcome
        ? [
            {
              questionId: q.id,
              value: q.outcome.value,
              resolvedAt: date(q.outcome.resolvedAt),
              evidenceUrl: q.outcome.evidenceUrl ?? null,
              note: q.outcome.note,
            },
          ]
        : [],
    ),
    forecasts,
  };
}

function planForecast(
  f: Parsed["forecasts"][number],
  source: Parsed["sources"][number],
  question: Parsed["questions"][number],
  problem: (field: string, message: string) => void,
): PlannedForecast | null {
  const madeAtIso = f.madeAt ?? source.publishedAt;
  if (!source.text.includes(f.quote)) problem("quote", `is not found verbatim in source "${source.key}"`);
  if (f.phrase !== null && !phraseOccursIn(f.phrase, f.quote)) problem("phrase", `"${f.phrase}" does not occur in the quote`);
  if (madeAtIso > source.publishedAt) problem("madeAt", `${madeAtIso} is after the source was published (${source.publishedAt})`);
  if (madeAtIso > question.deadline) problem("madeAt", `${madeAtIso} is after the question's deadline (${question.deadline})`);
  const numbers = probabilityFor(f, problem);
  if (!numbers) return null;
  return {
    id: `seed-${hashText([f.source, f.question, f.forecaster, f.quote].join("\n")).slice(0, 20)}`,
    questionId: f.question,
    forecasterSlug: f.forecaster,
    sourceKey: f.source,
    madeAt: date(madeAtIso),
    quote: f.quote,
    phrase: f.phrase,
    phraseRefersTo: f.refersTo,
    probabilitySource: f.probabilitySource,
    note: f.note ?? null,
    ...numbers,
  };
}

function probabilityFor(f: Parsed["forecasts"][number], problem: (field: string, message: string) => void) {
  const resolved = resolveProbability({ phrase: f.phrase, refersTo: f.refersTo, probability: f.probability, probabilitySource: f.probabilitySource });
  if (isProblem(resolved)) {
    problem(resolved.field, resolved.message);
    return null;
  }
  const { band: _band, probabilitySource: _source, ...numbers } = resolved;
  return numbers;
}
