// One CSV data row into the import bundle: checked field by field with the same rules as the
// forms and the API, every problem kept with its row and column. Pure.
import { z } from "zod";
import { parseIsoDate } from "../dates";
import { forecasterDescription, MAX_QUOTE_LENGTH } from "../forecasts/forecast-input";
import { slugify } from "../forecasters/slugify";
import { isProblem, resolveProbability } from "../probability/resolve-probability";
import { createQuestionInput } from "../questions/question-input";
import { sourceDescription } from "../sources/source-input";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from "../text/control-characters";
import { httpUrl, isoDate, outcomeValue, text } from "../validation/fields";
import type { CsvColumn } from "./csv-columns";
import { type ImportBundle, type ImportProblem, questionKey, sourceKey } from "./import-bundle";

type Row = Partial<Record<CsvColumn, string>>;

const probabilityText = z
  .string()
  .regex(/^\s*(0(\.\d+)?|1(\.0+)?|\.\d+)\s*$/, "must be a number between 0 and 1 (the probability of YES), or empty to read it from the phrase")
  .transform(Number);

const outcomeFields = z.strictObject({
  outcome: outcomeValue,
  known_on: isoDate,
  evidence_url: httpUrl.optional(),
  evidence_note: text(2000).optional(),
});

const forecastFields = z.strictObject({
  made_at: isoDate.optional(),
  quote: text(MAX_QUOTE_LENGTH),
  phrase: text(200).optional(),
  probability: probabilityText.optional(),
});

/** Empty cells are absent values, as a spreadsheet writes them. */
const cell = (row: Row, column: CsvColumn) => {
  const value = row[column]?.trim();
  return value ? value : undefined;
};

type Checked<T> = { value: T | null; issues: Array<{ field: string; message: string }> };

/**
 * A large file names the same question, forecaster and source on many rows: each distinct set
 * of cells is checked once per import (a third of the read time for 100 000 rows).
 */
const memos = new WeakMap<ImportBundle, Map<string, Checked<unknown>>>();

function memoOf(bundle: ImportBundle): Map<string, Checked<unknown>> {
  let cache = memos.get(bundle);
  if (!cache) {
    cache = new Map();
    memos.set(bundle, cache);
  }
  return cache;
}

function checkFields<T>(schema: z.ZodType<T>, value: unknown, columns: Record<string, CsvColumn>): Checked<T> {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data, issues: [] };
  const field = (path: PropertyKey[]) => columns[String(path[0])] ?? path.map(String).join(".");
  return { value: null, issues: result.error.issues.map((i) => ({ field: field(i.path), message: i.message })) };
}

/**
 * Checks one group of a row's cells, each problem named by its CSV column (`columns` maps a
 * schema's field to it; unmapped fields are columns already) and kept with the row.
 */
function rowChecker(bundle: ImportBundle, row: number, problems: ImportProblem[]) {
  const cache = memoOf(bundle);
  return <T>(schema: z.ZodType<T>, value: unknown, options: { columns?: Record<string, CsvColumn>; memo?: string } = {}): T | null => {
    const key = options.memo === undefined ? undefined : `${options.memo}\u0000${JSON.stringify(value)}`;
    let checked = key === undefined ? undefined : (cache.get(key) as Checked<T> | undefined);
    if (!checked) {
      checked = checkFields(schema, value, options.columns ?? {});
      if (key !== undefined) cache.set(key, checked);
    }
    for (const issue of checked.issues) problems.push({ row, ...issue });
    return checked.value;
  };
}

const QUESTION_COLUMNS: Record<string, CsvColumn> = { title: "question", criteria: "criteria", deadline: "deadline", tags: "tags" };
const FORECASTER_COLUMNS: Record<string, CsvColumn> = { name: "forecaster", kind: "forecaster_kind" };
const SOURCE_COLUMNS: Record<string, CsvColumn> = { url: "url", outlet: "outlet", title: "title", publishedAt: "published_at" };

export function addCsvRow(bundle: ImportBundle, rowNumber: number, row: Row): void {
  const problems: ImportProblem[] = [];
  for (const [column, value] of Object.entries(row)) {
    if (value && hasControlCharacter(value)) problems.push({ row: rowNumber, field: column, message: CONTROL_CHARACTER_MESSAGE });
  }
  if (problems.length > 0) return void bundle.problems.push(...problems);
  const tags =
    cell(row, "tags")
      ?.split(";")
      .map((t) => t.trim())
      .filter(Boolean) ?? [];
  const check = rowChecker(bundle, rowNumber, problems);
  const question = check(
    createQuestionInput,
    { title: cell(row, "question"), criteria: cell(row, "criteria"), deadline: cell(row, "deadline"), tags },
    { columns: QUESTION_COLUMNS, memo: "q" },
  );
  const forecaster = check(
    forecasterDescription,
    { name: cell(row, "forecaster"), kind: cell(row, "forecaster_kind")?.toUpperCase() },
    { columns: FORECASTER_COLUMNS, memo: "f" },
  );
  const source = check(
    sourceDescription,
    { url: cell(row, "url"), outlet: cell(row, "outlet"), title: cell(row, "title"), publishedAt: cell(row, "published_at") },
    { columns: SOURCE_COLUMNS, memo: "s" },
  );
  const forecast = check(forecastFields, {
    made_at: cell(row, "made_at"),
    quote: cell(row, "quote"),
    phrase: cell(row, "phrase"),
    probability: cell(row, "probability"),
  });
  const anyOutcome = (["outcome", "known_on", "evidence_url", "evidence_note"] as const).some((c) => cell(row, c));
  const outcome = anyOutcome
    ? check(
        outcomeFields,
        {
          outcome: cell(row, "outcome")?.toUpperCase(),
          known_on: cell(row, "known_on"),
          evidence_url: cell(row, "evidence_url"),
          evidence_note: cell(row, "evidence_note"),
        },
        { memo: "o" },
      )
    : null;
  const probability = forecast ? probabilityOnce(bundle, forecast.phrase, forecast.probability) : null;
  if (probability && "field" in probability) problems.push({ row: rowNumber, field: probability.field, message: probability.message });
  if (problems.length > 0 || !question || !forecaster || !source || !forecast || !probability || "field" in probability) {
    return void bundle.problems.push(...problems);
  }
  const deadline = parseIsoDate(question.deadline)!;
  const qKey = questionKey(question.title, deadline);
  if (!bundle.questions.has(qKey)) {
    bundle.questions.set(qKey, {
      key: qKey,
      title: question.title,
      criteria: question.criteria,
      deadline,
      tags: question.tags,
      outcomes: [],
      row: rowNumber,
      archivedAt: null,
      archivedBy: null,
    });
  }
  if (outcome) addOutcome(bundle, qKey, rowNumber, outcome);
  const fKey = `name\u0000${forecaster.name.toLowerCase()}`;
  if (!bundle.forecasters.has(fKey)) {
    bundle.forecasters.set(fKey, {
      key: fKey,
      slugFromName: true,
      slug: slugify(forecaster.name),
      name: forecaster.name,
      kind: forecaster.kind,
      affiliation: null,
      description: null,
      aliases: [],
    });
  }
  const sourceRecord = { url: source.url ?? null, outlet: source.outlet, title: source.title, publishedAt: parseIsoDate(source.publishedAt)! };
  const sKey = sourceKey(sourceRecord);
  if (!bundle.sources.has(sKey)) bundle.sources.set(sKey, { key: sKey, ...sourceRecord, byline: null, text: null, note: null, redirects: [] });
  bundle.forecasts.push({
    row: rowNumber,
    questionKey: qKey,
    forecasterKey: fKey,
    sourceKey: sKey,
    madeAt: forecast.made_at ? parseIsoDate(forecast.made_at) : null,
    quote: forecast.quote,
    phrase: forecast.phrase ?? null,
    phraseRefersTo: "YES",
    ...probability,
    note: null,
    loggedBy: null,
    loggedAt: null,
  });
}

function probabilityOnce(bundle: ImportBundle, phrase: string | undefined, probability: number | undefined) {
  const cache = memoOf(bundle);
  const key = `p\u0000${phrase ?? ""}\u0000${probability ?? ""}`;
  const known = cache.get(key) as Checked<ReturnType<typeof readProbability>> | undefined;
  if (known) return known.value!;
  const value = readProbability(phrase, probability);
  cache.set(key, { value, issues: [] });
  return value;
}

/**
 * A CSV gives the probability of YES, or leaves it to the phrase. A number that is exactly what
 * the phrase reads on the default scale is stored as read from the scale (with its band), so an
 * exported CSV imports back to the same forecast.
 */
function readProbability(phrase: string | undefined, probability: number | undefined) {
  if (probability === undefined) {
    const resolved = resolveProbability({ phrase, refersTo: "YES" });
    return isProblem(resolved) ? resolved : { probability: undefined, probabilitySource: "SCALE" as const };
  }
  const fromPhrase = phrase ? resolveProbability({ phrase, refersTo: "YES" }) : null;
  if (fromPhrase && !isProblem(fromPhrase) && fromPhrase.probability === probability) return { probability: undefined, probabilitySource: "SCALE" as const };
  return { probability, probabilitySource: "JUDGEMENT" as const };
}

/** Every row of a question must say the same outcome (or none). */
function addOutcome(bundle: ImportBundle, qKey: string, row: number, o: z.output<typeof outcomeFields>): void {
  const question = bundle.questions.get(qKey)!;
  const record = {
    value: o.outcome,
    resolvedAt: parseIsoDate(o.known_on)!,
    evidenceUrl: o.evidence_url ?? null,
    note: o.evidence_note ?? null,
    setBy: null,
    setAt: null,
    replacedAt: null,
    replacedBy: null,
    replaceReason: null,
  };
  const known = question.outcomes[0];
  if (!known) question.outcomes.push(record);
  else if (known.value !== record.value || known.resolvedAt.getTime() !== record.resolvedAt.getTime()) {
    bundle.problems.push({ row, field: "outcome", message: `differs from the outcome an earlier row gives this question (row ${question.row})` });
  }
}
