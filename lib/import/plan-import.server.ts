// What an import would do against the database as it is, in two steps that keep memory flat
// (ADR 0011): `planEntities` matches the bundle's questions, forecasters and sources (few, keyed
// by natural key) and its outcome histories, and locks the questions that already exist first
// (ADR 0009); then `planForecasts` takes the forecasts a batch at a time, matches each by its
// natural key or checks it with the rules every forecast keeps (lib/forecasts/check-forecast.ts),
// and hands on its answer row (lib/import/row-log.server.ts); the forecasts planned so far are
// kept in a temporary table (lib/import/import-keys.server.ts), not in memory. Every problem is
// listed by row. Reads only, but for that temporary table.
import { createHash, randomUUID } from "node:crypto";
import { lockQuestions } from "../db/lock-questions.server";
import type { Tx } from "../db/run-transaction.server";
import { addImportKeys, createImportKeys, findImportKeys, type ImportKey } from "./import-keys.server";
import { formatIsoDate } from "../dates";
import { checkForecast, type ForecastNumbers, passes } from "../forecasts/check-forecast";
import { freeSlug, slugify } from "../forecasters/slugify";
import { hashText } from "../sources/hash-text";
import { Prisma } from "../generated/prisma/client";
import { z } from "zod";
import { queryRows } from "../db/query-rows.server";
import {
  type ForecastRecord,
  type ForecasterRecord,
  type ImportBundle,
  type ImportProblem,
  MAX_LISTED_PROBLEMS,
  type OutcomeRecord,
  type QuestionRecord,
  type SourceRecord,
} from "./import-bundle";

export type Counts = { questions: number; forecasters: number; sources: number; forecasts: number; outcomes: number };
/** What the import does with one row; in a dry run a created record's id is only planned. */
export type RowAction = { row: number; action: "create" | "match"; forecastId: string; questionId: string };
export type Planned<R> = { record: R; id: string; existing: boolean };
export type PlannedQuestion = Planned<QuestionRecord> & { archivedAt: Date | null };
export type PlannedSource = Planned<SourceRecord & { textHash: string | null }> & { publishedAt: Date; storedText: boolean };
export type PlannedForecast = {
  record: ForecastRecord;
  id: string;
  questionId: string;
  forecasterId: string;
  sourceId: string;
  madeAt: Date;
  numbers: ForecastNumbers;
};

/** The import as planned so far: its records, and the running answer (counts, and the rows of the batch last planned). */
export type ImportPlan = {
  questions: PlannedQuestion[];
  forecasters: Planned<ForecasterRecord>[];
  sources: PlannedSource[];
  /** Outcome histories to store, for questions that have none yet. */
  outcomes: Array<{ questionId: string; outcomes: OutcomeRecord[] }>;
  /** Merge traces to store (JSON only): old slugs and names of forecasters, old ids of sources. */
  aliases: Array<{ slug: string; name: string; forecasterId: string }>;
  redirects: Array<{ oldId: string; sourceId: string }>;
  byKey: { questions: Map<string, PlannedQuestion>; forecasters: Map<string, Planned<ForecasterRecord>>; sources: Map<string, PlannedSource> };
  /** The answer's rows of the batch planned last; the caller takes them away after each batch. */
  rows: RowAction[];
  created: Counts;
  matched: Counts;
  /** Listed problems (at most MAX_LISTED_PROBLEMS) and how many there are in all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Questions that gain forecasts (their scores are rewritten at the end). */
  touched: Set<string>;
};

const zero = (): Counts => ({ questions: 0, forecasters: 0, sources: 0, forecasts: 0, outcomes: 0 });

export function addProblem(plan: Pick<ImportPlan, "problems" | "problemCount">, problem: ImportProblem): void {
  plan.problemCount++;
  if (plan.problems.length < MAX_LISTED_PROBLEMS) plan.problems.push(problem);
}

async function planQuestions(tx: Tx, bundle: ImportBundle): Promise<PlannedQuestion[]> {
  const records = [...bundle.questions.values()];
  const found = await queryRows({
    db: tx,
    row: z.object({ id: z.string(), title: z.string(), deadline: z.date(), archivedAt: z.date().nullable() }),
    query: "questions by title and deadline",
    sql: Prisma.sql`
    SELECT q.id, q.title, q.deadline, q."archivedAt" FROM "Question" q
    JOIN unnest(${records.map((r) => r.title)}::text[], ${records.map((r) => formatIsoDate(r.deadline))}::date[]) AS k(title, deadline)
      ON q.title = k.title AND q.deadline = k.deadline`,
  });
  const existing = new Map(found.map((q) => [`${q.title}\u0000${formatIsoDate(q.deadline)}`, q]));
  await lockQuestions(
    tx,
    found.map((q) => q.id),
  );
  return records.map((record) => {
    const stored = existing.get(record.key);
    // A new question is stored archived when the file says so; its own forecasts come with it.
    return stored ? { record, id: stored.id, existing: true, archivedAt: stored.archivedAt } : { record, id: randomUUID(), existing: false, archivedAt: null };
  });
}

/**
 * A forecaster is known by its slug (a JSON export carries it) or its name in any case, and by
 * the slugs and names of forecasters merged into it (aliases). A CSV gives only names: a slug
 * derived from one matches only when it is not the generic fallback of a name without Latin
 * letters; a new forecaster whose slug is taken gets the next free one.
 */
async function planForecasters(tx: Tx, bundle: ImportBundle, problems: ImportProblem[]) {
  const records = [...bundle.forecasters.values()];
  const slugs = records.map((r) => r.slug);
  // Names are compared by PostgreSQL's lower() on both sides, as the unique index compares them
  // (JavaScript's toLowerCase and a C-locale database disagree on non-ASCII letters).
  const found = await queryRows({
    db: tx,
    row: z.object({ id: z.string(), slug: z.string() }),
    query: "forecasters by slug",
    sql: Prisma.sql`
    SELECT id, slug FROM "Forecaster" WHERE slug = ANY(${slugs}::text[])
    UNION ALL SELECT "forecasterId" AS id, slug FROM "ForecasterAlias" WHERE slug = ANY(${slugs}::text[])`,
  });
  const named = await queryRows({
    db: tx,
    row: z.object({ id: z.string(), wanted: z.string() }),
    query: "forecasters by name",
    sql: Prisma.sql`
    SELECT f.id, k.name AS wanted FROM "Forecaster" f JOIN unnest(${records.map((r) => r.name)}::text[]) AS k(name) ON lower(f.name) = lower(k.name)
    UNION ALL
    SELECT a."forecasterId" AS id, k.name AS wanted FROM "ForecasterAlias" a JOIN unnest(${records.map((r) => r.name)}::text[]) AS k(name) ON lower(a.name) = lower(k.name)`,
  });
  const taken = new Set(
    (
      await queryRows({
        db: tx,
        row: z.object({ slug: z.string() }),
        query: "slugs taken",
        sql: Prisma.sql`
      SELECT f.slug FROM "Forecaster" f JOIN unnest(${[...new Set(slugs)]}::text[]) AS b(base) ON f.slug = b.base OR f.slug LIKE b.base || '-%'
      UNION SELECT a.slug FROM "ForecasterAlias" a JOIN unnest(${[...new Set(slugs)]}::text[]) AS b(base) ON a.slug = b.base OR a.slug LIKE b.base || '-%'`,
      })
    ).map((r) => r.slug),
  );
  // A forecaster's own slug and name come before an alias's (the first found is kept).
  const bySlug = new Map<string, string>();
  for (const f of found) if (!bySlug.has(f.slug)) bySlug.set(f.slug, f.id);
  const byName = new Map<string, string>();
  for (const f of named) if (!byName.has(f.wanted)) byName.set(f.wanted, f.id);
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

/** Sources by URL, else outlet, title and date, else their text's hash. Stored texts are not read here (they can be long): per batch, when a quote is checked. */
async function planSources(tx: Tx, bundle: ImportBundle): Promise<PlannedSource[]> {
  const records = [...bundle.sources.values()].map((r) => ({ ...r, textHash: r.text ? hashText(r.text) : null }));
  const withUrl = records.filter((r) => r.url);
  const without = records.filter((r) => !r.url);
  const foundSource = z.object({
    id: z.string(),
    url: z.string().nullable(),
    publishedAt: z.date(),
    hasText: z.boolean(),
    textHash: z.string().nullable(),
    wanted: z.number().int().nullable(),
  });
  // Outlet and title are compared by PostgreSQL's lower() on both sides, as the unique index does.
  const found = await queryRows({
    db: tx,
    row: foundSource,
    query: "sources by url, text or description",
    sql: Prisma.sql`
    SELECT s.id, s.url, s."publishedAt", s.text IS NOT NULL AS "hasText", s."textHash", NULL::int AS wanted FROM "Source" s
    WHERE s.url = ANY(${withUrl.map((r) => r.url!)}::text[])
       OR s."textHash" = ANY(${records.flatMap((r) => (r.textHash ? [r.textHash] : []))}::text[])
    UNION ALL
    SELECT s.id, s.url, s."publishedAt", s.text IS NOT NULL AS "hasText", s."textHash", k.n::int AS wanted FROM "Source" s
    JOIN unnest(${without.map((r) => r.outlet)}::text[], ${without.map((r) => r.title)}::text[], ${without.map((r) => formatIsoDate(r.publishedAt))}::date[])
      WITH ORDINALITY AS k(outlet, title, published, n)
      ON s.url IS NULL AND lower(s.outlet) = lower(k.outlet) AND lower(s.title) = lower(k.title) AND s."publishedAt" = k.published`,
  });
  const byUrl = new Map(found.filter((s) => s.url).map((s) => [s.url!, s]));
  const byHash = new Map(found.filter((s) => s.textHash).map((s) => [s.textHash!, s]));
  const byTitle = new Map(found.filter((s) => s.wanted !== null).map((s) => [without[s.wanted! - 1]!.key, s]));
  return records.map((record) => {
    const match = (record.url ? byUrl.get(record.url) : byTitle.get(record.key)) ?? (record.textHash ? byHash.get(record.textHash) : undefined);
    return match
      ? { record, id: match.id, existing: true, publishedAt: match.publishedAt, storedText: match.hasText }
      : { record, id: randomUUID(), existing: false, publishedAt: record.publishedAt, storedText: false };
  });
}

/** Outcomes: stored for a question that has none; matched when its current one is the same; otherwise refused. */
async function planOutcomes(tx: Tx, questions: PlannedQuestion[], problems: ImportProblem[]) {
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

/**
 * A merged forecaster's old slug and a merged source's old id lead to the one kept: stored
 * unless the database has them already (the same way: matched; another way: a problem).
 */
async function planMergeTraces(tx: Tx, forecasters: Planned<ForecasterRecord>[], sources: PlannedSource[], problems: ImportProblem[]) {
  const wantedAliases = forecasters.flatMap((f) => f.record.aliases.map((a) => ({ ...a, forecasterId: f.id })));
  const wantedRedirects = sources.flatMap((s) => s.record.redirects.map((oldId) => ({ oldId, sourceId: s.id })));
  const slugs = wantedAliases.map((a) => a.slug);
  const aliasTargets = new Map<string, string>();
  if (slugs.length > 0) {
    const found = await queryRows({
      db: tx,
      row: z.object({ slug: z.string(), target: z.string() }),
      query: "alias targets",
      sql: Prisma.sql`
      SELECT slug, "forecasterId" AS target FROM "ForecasterAlias" WHERE slug = ANY(${slugs}::text[])
      UNION ALL SELECT slug, id AS target FROM "Forecaster" WHERE slug = ANY(${slugs}::text[])`,
    });
    for (const f of found) aliasTargets.set(f.slug, f.target);
  }
  const ownSlugs = new Set(forecasters.map((f) => f.record.slug));
  const aliases = wantedAliases.filter((a) => {
    const target = aliasTargets.get(a.slug);
    if (target === a.forecasterId) return false;
    if (target !== undefined || ownSlugs.has(a.slug)) {
      problems.push({ row: null, field: "forecasters.aliases", message: `"${a.slug}" already names another forecaster here` });
      return false;
    }
    return true;
  });
  const ids = wantedRedirects.map((r) => r.oldId);
  const redirectTargets = new Map<string, string>();
  if (ids.length > 0) {
    const found = await queryRows({
      db: tx,
      row: z.object({ id: z.string(), target: z.string() }),
      query: "redirect targets",
      sql: Prisma.sql`
      SELECT "oldId" AS id, "sourceId" AS target FROM "SourceRedirect" WHERE "oldId" = ANY(${ids}::text[])
      UNION ALL SELECT id, id AS target FROM "Source" WHERE id = ANY(${ids}::text[])`,
    });
    for (const r of found) redirectTargets.set(r.id, r.target);
  }
  const redirects = wantedRedirects.filter((r) => {
    const target = redirectTargets.get(r.oldId);
    if (target === r.sourceId) return false;
    if (target !== undefined) {
      problems.push({ row: null, field: "sources.redirects", message: `"${r.oldId}" already names another source here` });
      return false;
    }
    return true;
  });
  return { aliases, redirects };
}

/** Questions, forecasters, sources and outcomes: matched or to be created. Locks the existing questions. */
export async function planEntities(tx: Tx, bundle: ImportBundle): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  const questions = await planQuestions(tx, bundle);
  const forecasters = await planForecasters(tx, bundle, problems);
  const sources = await planSources(tx, bundle);
  const outcomes = await planOutcomes(tx, questions, problems);
  const traces = await planMergeTraces(tx, forecasters, sources, problems);
  const created = zero();
  const matched = zero();
  const count = (xs: Array<{ existing: boolean }>, key: keyof Counts) => {
    created[key] = xs.filter((x) => !x.existing).length;
    matched[key] = xs.length - created[key];
  };
  count(questions, "questions");
  count(forecasters, "forecasters");
  count(sources, "sources");
  created.outcomes = outcomes.toStore.reduce((n, o) => n + o.outcomes.length, 0);
  matched.outcomes = outcomes.matched;
  const plan: ImportPlan = {
    questions,
    forecasters,
    sources,
    outcomes: outcomes.toStore,
    ...traces,
    byKey: {
      questions: new Map(questions.map((q) => [q.record.key, q])),
      forecasters: new Map(forecasters.map((f) => [f.record.key, f])),
      sources: new Map(sources.map((s) => [s.record.key, s])),
    },
    rows: [],
    created,
    matched,
    problems: [],
    problemCount: 0,
    touched: new Set(),
  };
  await createImportKeys(tx);
  for (const problem of [...bundle.problems, ...problems]) addProblem(plan, problem);
  return plan;
}

/**
 * The stored forecasts with these natural keys. One index probe per key (the unique index on
 * question, source and md5(quote)): LIMIT 1 keeps PostgreSQL from turning the probes into a
 * hash join over the whole table, which a large import would repeat for every batch.
 */
async function existingForecasts(tx: Tx, keys: Array<{ questionId: string; sourceId: string; quote: string }>) {
  if (keys.length === 0) return new Map<string, { id: string; forecasterId: string }>();
  const found = await queryRows({
    db: tx,
    row: z.object({ id: z.string(), forecasterId: z.string(), n: z.number().int() }),
    query: "existing forecasts",
    sql: Prisma.sql`
    SELECT f.id, f."forecasterId", k.n::int AS n
    FROM unnest(${keys.map((k) => k.questionId)}::text[], ${keys.map((k) => k.sourceId)}::text[], ${keys.map((k) => k.quote)}::text[])
      WITH ORDINALITY AS k(q, s, quote, n)
    CROSS JOIN LATERAL (
      SELECT x.id, x."forecasterId" FROM "Forecast" x
      WHERE x."questionId" = k.q AND x."sourceId" = k.s AND md5(x.quote) = md5(k.quote) AND x.quote = k.quote LIMIT 1
    ) f`,
  });
  return new Map(
    found.map((f) => {
      const k = keys[f.n - 1]!;
      return [forecastKey(k.questionId, k.sourceId, k.quote), f];
    }),
  );
}

/** A forecast's natural key, digested (the temporary table holds one per forecast, not its quote). */
function forecastKey(questionId: string, sourceId: string, quote: string): string {
  return createHash("sha256").update(`${questionId}\u0000${sourceId}\u0000${quote}`).digest("base64");
}

/** The stored texts of the existing sources these forecasts quote, to check each quote against. */
async function storedTexts(tx: Tx, sources: PlannedSource[]): Promise<Map<string, string>> {
  const ids = [...new Set(sources.filter((s) => s.storedText).map((s) => s.id))];
  if (ids.length === 0) return new Map();
  const rows = await tx.source.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(rows.flatMap((r) => (r.text === null ? [] : [[r.id, r.text] as const])));
}

/**
 * Plans one batch of forecasts: each matched (the same question, source and quote, already
 * stored or earlier in the file) or checked and to be created. Adds their rows and problems to
 * the plan and returns the ones to create.
 */
export async function planForecasts(tx: Tx, plan: ImportPlan, batch: ForecastRecord[], now?: Date): Promise<PlannedForecast[]> {
  const links = batch.flatMap((r) => {
    const q = plan.byKey.questions.get(r.questionKey);
    const f = plan.byKey.forecasters.get(r.forecasterKey);
    const s = plan.byKey.sources.get(r.sourceKey);
    if (!q || !f || !s) {
      addProblem(plan, { row: r.row, field: "row", message: "names a question, forecaster or source that was not read" });
      return [];
    }
    return [{ r, q, f, s }];
  });
  const stored = await existingForecasts(
    tx,
    links.filter((l) => l.q.existing && l.s.existing).map((l) => ({ questionId: l.q.id, sourceId: l.s.id, quote: l.r.quote })),
  );
  const texts = await storedTexts(
    tx,
    links.map((l) => l.s),
  );
  const keys = links.map(({ r, q, s }) => forecastKey(q.id, s.id, r.quote));
  const earlier = await findImportKeys(tx, keys);
  // This batch's own, until they go to the table with the batch.
  const inBatch = new Map<string, ImportKey>();
  const forecasts: PlannedForecast[] = [];
  for (const [i, { r, q, f, s }] of links.entries()) {
    const key = keys[i]!;
    const same = stored.get(key) ?? earlier.get(key) ?? inBatch.get(key);
    if (same) {
      if (same.forecasterId !== f.id) {
        addProblem(plan, { row: r.row, field: "quote", message: "is already logged for this question from this source, attributed to another forecaster" });
      } else {
        plan.rows.push({ row: r.row, action: "match", forecastId: same.id, questionId: q.id });
        plan.matched.forecasts++;
      }
      continue;
    }
    const madeAt = r.madeAt ?? s.publishedAt;
    const draft = {
      madeAt,
      quote: r.quote,
      phrase: r.phrase,
      phraseRefersTo: r.phraseRefersTo,
      probability: r.probability,
      probabilitySource: r.probabilitySource,
    };
    const source = { publishedAt: s.publishedAt, text: s.existing ? (texts.get(s.id) ?? null) : s.record.text };
    const check = checkForecast({ draft, question: { deadline: q.record.deadline, archivedAt: q.archivedAt }, source, now });
    if (!passes(check)) {
      for (const [field, message] of Object.entries(check.problems)) addProblem(plan, { row: r.row, field, message });
      continue;
    }
    const id = randomUUID();
    inBatch.set(key, { key, id, forecasterId: f.id });
    forecasts.push({ record: r, id, questionId: q.id, forecasterId: f.id, sourceId: s.id, madeAt, numbers: check.numbers });
    plan.rows.push({ row: r.row, action: "create", forecastId: id, questionId: q.id });
    plan.touched.add(q.id);
    plan.created.forecasts++;
  }
  await addImportKeys(tx, [...inBatch.values()]);
  return forecasts;
}
