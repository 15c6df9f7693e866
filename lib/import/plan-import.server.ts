// What an import would do against the database as it is: each record matched by its natural
// key (ADR 0011) or to be created, each forecast checked with the rules every forecast keeps
// (lib/forecasts/check-forecast.ts), every problem listed by row. Reads only; the questions
// that already exist are locked first (ADR 0009), so that what it planned still holds when
// the same transaction writes it.
import { randomUUID } from "node:crypto";
import { lockQuestions } from "../db/lock-questions.server";
import type { Tx } from "../db/run-transaction.server";
import { formatIsoDate } from "../dates";
import { checkForecast, type ForecastNumbers, passes } from "../forecasts/check-forecast";
import { freeSlug, slugify } from "../forecasters/slugify";
import { hashText } from "../sources/hash-text";
import type { ForecastRecord, ForecasterRecord, ImportBundle, ImportProblem, OutcomeRecord, QuestionRecord, SourceRecord } from "./import-bundle";

export type Counts = { questions: number; forecasters: number; sources: number; forecasts: number; outcomes: number };
/** What the import does with one row; in a dry run a created record's id is only planned. */
export type RowAction = { row: number; action: "create" | "match"; forecastId: string; questionId: string };
type Planned<R> = { record: R; id: string; existing: boolean };
export type PlannedForecast = {
  record: ForecastRecord;
  id: string;
  questionId: string;
  forecasterId: string;
  sourceId: string;
  madeAt: Date;
  numbers: ForecastNumbers;
};

export type ImportPlan = {
  questions: Planned<QuestionRecord>[];
  forecasters: Planned<ForecasterRecord>[];
  sources: Planned<SourceRecord & { textHash: string | null }>[];
  /** Outcome histories to store, for questions that have none yet. */
  outcomes: Array<{ questionId: string; outcomes: OutcomeRecord[] }>;
  forecasts: PlannedForecast[];
  rows: RowAction[];
  created: Counts;
  matched: Counts;
  problems: ImportProblem[];
};

const zero = (): Counts => ({ questions: 0, forecasters: 0, sources: 0, forecasts: 0, outcomes: 0 });

async function planQuestions(tx: Tx, bundle: ImportBundle) {
  const records = [...bundle.questions.values()];
  const found = await tx.$queryRaw<{ id: string; title: string; deadline: Date }[]>`
    SELECT q.id, q.title, q.deadline FROM "Question" q
    JOIN unnest(${records.map((r) => r.title)}::text[], ${records.map((r) => formatIsoDate(r.deadline))}::date[]) AS k(title, deadline)
      ON q.title = k.title AND q.deadline = k.deadline`;
  const existing = new Map(found.map((q) => [`${q.title}\u0000${formatIsoDate(q.deadline)}`, q.id]));
  await lockQuestions(
    tx,
    found.map((q) => q.id),
  );
  return records.map((record) => {
    const id = existing.get(record.key);
    return { record, id: id ?? randomUUID(), existing: id !== undefined };
  });
}

/**
 * A forecaster is known by its slug (a JSON export carries it) or its name in any case. A CSV
 * gives only names: a slug derived from one matches only when it is not the generic fallback of
 * a name without Latin letters; a new forecaster whose slug is taken gets the next free one.
 */
async function planForecasters(tx: Tx, bundle: ImportBundle, problems: ImportProblem[]) {
  const records = [...bundle.forecasters.values()];
  const slugs = records.map((r) => r.slug);
  // Names are compared by PostgreSQL's lower() on both sides, as the unique index compares them
  // (JavaScript's toLowerCase and a C-locale database disagree on non-ASCII letters).
  const found = await tx.$queryRaw<{ id: string; slug: string }[]>`SELECT id, slug FROM "Forecaster" WHERE slug = ANY(${slugs}::text[])`;
  const named = await tx.$queryRaw<{ id: string; wanted: string }[]>`
    SELECT f.id, k.name AS wanted FROM "Forecaster" f JOIN unnest(${records.map((r) => r.name)}::text[]) AS k(name) ON lower(f.name) = lower(k.name)`;
  const taken = new Set(
    (
      await tx.$queryRaw<{ slug: string }[]>`
      SELECT f.slug FROM "Forecaster" f JOIN unnest(${[...new Set(slugs)]}::text[]) AS b(base) ON f.slug = b.base OR f.slug LIKE b.base || '-%'`
    ).map((r) => r.slug),
  );
  const bySlug = new Map(found.map((f) => [f.slug, f.id]));
  const byName = new Map(named.map((f) => [f.wanted, f.id]));
  const newNames = new Map<string, string>();
  return records.map((record) => {
    const slugMatches = !record.slugFromName || record.slug !== slugify(""); // "forecaster": the fallback
    const id = record.slugFromName
      ? (byName.get(record.name) ?? (slugMatches ? bySlug.get(record.slug) : undefined))
      : (bySlug.get(record.slug) ?? byName.get(record.name));
    if (id) return { record, id, existing: true };
    const other = newNames.get(record.name.toLowerCase());
    if (other) problems.push({ row: null, field: "forecaster", message: `"${record.name}" is given twice, as ${other} and ${record.slug}` });
    const slug = freeSlug(record.slug, taken);
    taken.add(slug);
    newNames.set(record.name.toLowerCase(), slug);
    return { record: { ...record, slug }, id: randomUUID(), existing: false };
  });
}

async function planSources(tx: Tx, bundle: ImportBundle) {
  const records = [...bundle.sources.values()].map((r) => ({ ...r, textHash: r.text ? hashText(r.text) : null }));
  const withUrl = records.filter((r) => r.url);
  const without = records.filter((r) => !r.url);
  type Found = { id: string; url: string | null; publishedAt: Date; text: string | null; textHash: string | null; wanted: number | null };
  // Outlet and title are compared by PostgreSQL's lower() on both sides, as the unique index does.
  const found = await tx.$queryRaw<Found[]>`
    SELECT s.id, s.url, s."publishedAt", s.text, s."textHash", NULL::int AS wanted FROM "Source" s
    WHERE s.url = ANY(${withUrl.map((r) => r.url!)}::text[])
       OR s."textHash" = ANY(${records.flatMap((r) => (r.textHash ? [r.textHash] : []))}::text[])
    UNION ALL
    SELECT s.id, s.url, s."publishedAt", s.text, s."textHash", k.n::int AS wanted FROM "Source" s
    JOIN unnest(${without.map((r) => r.outlet)}::text[], ${without.map((r) => r.title)}::text[], ${without.map((r) => formatIsoDate(r.publishedAt))}::date[])
      WITH ORDINALITY AS k(outlet, title, published, n)
      ON s.url IS NULL AND lower(s.outlet) = lower(k.outlet) AND lower(s.title) = lower(k.title) AND s."publishedAt" = k.published`;
  const byUrl = new Map(found.filter((s) => s.url).map((s) => [s.url!, s]));
  const byHash = new Map(found.filter((s) => s.textHash).map((s) => [s.textHash!, s]));
  const byTitle = new Map(found.filter((s) => s.wanted !== null).map((s) => [without[s.wanted! - 1]!.key, s]));
  const stored = new Map<string, { publishedAt: Date; text: string | null }>();
  const planned = records.map((record) => {
    const match = (record.url ? byUrl.get(record.url) : byTitle.get(record.key)) ?? (record.textHash ? byHash.get(record.textHash) : undefined);
    stored.set(record.key, match ?? record);
    return { record, id: match?.id ?? randomUUID(), existing: match !== undefined };
  });
  return { planned, stored };
}

async function existingForecasts(tx: Tx, keys: Array<{ questionId: string; sourceId: string; quote: string }>) {
  if (keys.length === 0) return new Map<string, { id: string; forecasterId: string }>();
  const found = await tx.$queryRaw<{ id: string; questionId: string; sourceId: string; forecasterId: string; quote: string }[]>`
    SELECT f.id, f."questionId", f."sourceId", f."forecasterId", f.quote FROM "Forecast" f
    JOIN unnest(${keys.map((k) => k.questionId)}::text[], ${keys.map((k) => k.sourceId)}::text[], ${keys.map((k) => k.quote)}::text[]) AS k(q, s, quote)
      ON f."questionId" = k.q AND f."sourceId" = k.s AND md5(f.quote) = md5(k.quote) AND f.quote = k.quote`;
  return new Map(found.map((f) => [`${f.questionId}\u0000${f.sourceId}\u0000${f.quote}`, f]));
}

/** Outcomes: stored for a question that has none; matched when its current one is the same; otherwise refused. */
async function planOutcomes(tx: Tx, questions: Planned<QuestionRecord>[], problems: ImportProblem[]) {
  const withOutcomes = questions.filter((q) => q.record.outcomes.length > 0);
  const current = await tx.outcome.findMany({
    where: { questionId: { in: withOutcomes.filter((q) => q.existing).map((q) => q.id) } },
    select: { questionId: true, value: true, resolvedAt: true, replacedAt: true },
  });
  const stored = new Map<string, typeof current>();
  for (const o of current) stored.set(o.questionId, [...(stored.get(o.questionId) ?? []), o]);
  const toStore: ImportPlan["outcomes"] = [];
  let matched = 0;
  for (const q of withOutcomes) {
    const history = stored.get(q.id);
    if (!history) {
      toStore.push({ questionId: q.id, outcomes: q.record.outcomes });
      continue;
    }
    const live = history.find((o) => o.replacedAt === null) ?? null;
    const wanted = q.record.outcomes.find((o) => o.replacedAt === null) ?? null;
    const same = live?.value === wanted?.value && live?.resolvedAt.getTime() === wanted?.resolvedAt.getTime();
    if (same) matched++;
    else {
      const now = live ? `${live.value}, known on ${formatIsoDate(live.resolvedAt)}` : "none (undone)";
      problems.push({
        row: q.record.row,
        field: "outcome",
        message: `"${q.record.title}" already has an outcome history (current: ${now}); change it on the question's page`,
      });
    }
  }
  return { toStore, matched };
}

export async function planImport(tx: Tx, bundle: ImportBundle, now?: Date): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  const questions = await planQuestions(tx, bundle);
  const forecasters = await planForecasters(tx, bundle, problems);
  const { planned: sources, stored: sourceFacts } = await planSources(tx, bundle);
  const outcomes = await planOutcomes(tx, questions, problems);
  const qByKey = new Map(questions.map((q) => [q.record.key, q]));
  const fByKey = new Map(forecasters.map((f) => [f.record.key, f]));
  const sByKey = new Map(sources.map((s) => [s.record.key, s]));
  const links = bundle.forecasts.map((r) => ({ r, q: qByKey.get(r.questionKey)!, f: fByKey.get(r.forecasterKey)!, s: sByKey.get(r.sourceKey)! }));
  const stored = await existingForecasts(
    tx,
    links.filter((l) => l.q.existing && l.s.existing).map((l) => ({ questionId: l.q.id, sourceId: l.s.id, quote: l.r.quote })),
  );
  const inFile = new Map<string, { id: string; forecasterId: string; row: number }>();
  const forecasts: PlannedForecast[] = [];
  const rows: RowAction[] = [];
  const created = zero();
  const matched = zero();
  for (const { r, q, f, s } of links) {
    const key = `${q.id}\u0000${s.id}\u0000${r.quote}`;
    const same = stored.get(key) ?? inFile.get(key);
    if (same) {
      if (same.forecasterId !== f.id) {
        problems.push({ row: r.row, field: "quote", message: "is already logged for this question from this source, attributed to another forecaster" });
      } else {
        rows.push({ row: r.row, action: "match", forecastId: same.id, questionId: q.id });
        matched.forecasts++;
      }
      continue;
    }
    const source = sourceFacts.get(s.record.key)!;
    const madeAt = r.madeAt ?? source.publishedAt;
    const draft = {
      madeAt,
      quote: r.quote,
      phrase: r.phrase,
      phraseRefersTo: r.phraseRefersTo,
      probability: r.probability,
      probabilitySource: r.probabilitySource,
    };
    const check = checkForecast({ draft, question: q.record, source, now });
    if (!passes(check)) {
      for (const [field, message] of Object.entries(check.problems)) problems.push({ row: r.row, field, message });
      continue;
    }
    const id = randomUUID();
    inFile.set(key, { id, forecasterId: f.id, row: r.row });
    forecasts.push({ record: r, id, questionId: q.id, forecasterId: f.id, sourceId: s.id, madeAt, numbers: check.numbers });
    rows.push({ row: r.row, action: "create", forecastId: id, questionId: q.id });
    created.forecasts++;
  }
  const count = (xs: Array<{ existing: boolean }>, key: keyof Counts) => {
    created[key] = xs.filter((x) => !x.existing).length;
    matched[key] = xs.length - created[key];
  };
  count(questions, "questions");
  count(forecasters, "forecasters");
  count(sources, "sources");
  created.outcomes = outcomes.toStore.reduce((n, o) => n + o.outcomes.length, 0);
  matched.outcomes = outcomes.matched;
  return { questions, forecasters, sources, outcomes: outcomes.toStore, forecasts, rows, created, matched, problems };
}
