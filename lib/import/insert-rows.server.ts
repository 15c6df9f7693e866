// The import's inserts: one statement per batch and table, each column sent as one array and
// unnested by PostgreSQL (as lib/scoring/write-score-rows.server.ts does for scores): an ORM's
// multi-row insert took about a millisecond a forecast, this takes a few microseconds.
import type { Tx } from "../db/run-transaction.server";
import type { Forecast, Forecaster, Outcome, Question, Source } from "../generated/prisma/client";

// Rows are the tables' own columns (the generated model types) less those the database fills.
type Stamps = "createdAt" | "updatedAt";
type ForecasterRow = Omit<Forecaster, Stamps>;
type SourceRow = Omit<Source, Stamps>;
type QuestionRow = Omit<Question, Stamps | "version" | "forecastCount">;
type OutcomeRow = Outcome;
type ForecastRow = Omit<Forecast, "updatedAt">;

const col = <R, K extends keyof R>(rows: R[], key: K) => rows.map((r) => r[key]);

export async function insertForecasters(tx: Tx, rows: ForecasterRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Forecaster" (id, slug, name, kind, affiliation, description, "updatedAt")
    SELECT id, slug, name, kind::"ForecasterKind", affiliation, description, now()
    FROM unnest(${col(rows, "id")}::text[], ${col(rows, "slug")}::text[], ${col(rows, "name")}::text[], ${col(rows, "kind")}::text[],
                ${col(rows, "affiliation")}::text[], ${col(rows, "description")}::text[]) AS r(id, slug, name, kind, affiliation, description)`;
}

export async function insertSources(tx: Tx, rows: SourceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Source" (id, url, outlet, title, "publishedAt", byline, text, "textHash", note, "updatedAt")
    SELECT id, url, outlet, title, published, byline, body, hash, note, now()
    FROM unnest(${col(rows, "id")}::text[], ${col(rows, "url")}::text[], ${col(rows, "outlet")}::text[], ${col(rows, "title")}::text[],
                ${col(rows, "publishedAt")}::date[], ${col(rows, "byline")}::text[], ${col(rows, "text")}::text[], ${col(rows, "textHash")}::text[],
                ${col(rows, "note")}::text[]) AS r(id, url, outlet, title, published, byline, body, hash, note)`;
}

export async function insertQuestions(tx: Tx, rows: QuestionRow[]): Promise<void> {
  if (rows.length === 0) return;
  // Tags travel as one JSON array per question: PostgreSQL's unnest would flatten a text[][].
  await tx.$executeRaw`
    INSERT INTO "Question" (id, title, criteria, deadline, tags, status, "createdById", "archivedAt", "archivedById", "updatedAt")
    SELECT id, title, criteria, deadline, ARRAY(SELECT jsonb_array_elements_text(tags)), status::"QuestionStatus", creator, archived_at, archiver, now()
    FROM unnest(${col(rows, "id")}::text[], ${col(rows, "title")}::text[], ${col(rows, "criteria")}::text[], ${col(rows, "deadline")}::date[],
                ${rows.map((r) => JSON.stringify(r.tags))}::jsonb[], ${col(rows, "status")}::text[], ${col(rows, "createdById")}::text[],
                ${col(rows, "archivedAt")}::timestamp(3)[], ${col(rows, "archivedById")}::text[])
      AS r(id, title, criteria, deadline, tags, status, creator, archived_at, archiver)`;
}

export async function insertOutcomes(tx: Tx, rows: OutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Outcome" (id, "questionId", value, "resolvedAt", "evidenceUrl", note, "setById", "setAt", "replacedAt", "replacedById", "replaceReason")
    SELECT id, q, value::"OutcomeValue", resolved, evidence, note, setter, set_at, replaced_at, replacer, reason
    FROM unnest(${col(rows, "id")}::text[], ${col(rows, "questionId")}::text[], ${col(rows, "value")}::text[], ${col(rows, "resolvedAt")}::date[],
                ${col(rows, "evidenceUrl")}::text[], ${col(rows, "note")}::text[], ${col(rows, "setById")}::text[], ${col(rows, "setAt")}::timestamp(3)[],
                ${col(rows, "replacedAt")}::timestamp(3)[], ${col(rows, "replacedById")}::text[], ${col(rows, "replaceReason")}::text[])
      AS r(id, q, value, resolved, evidence, note, setter, set_at, replaced_at, replacer, reason)`;
}

export async function insertForecasts(tx: Tx, rows: ForecastRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Forecast" (id, "questionId", "forecasterId", "sourceId", "madeAt", quote, phrase, "phraseRefersTo", probability, "probabilitySource",
                            scale, low, high, note, "loggedById", "loggedAt", "updatedAt")
    SELECT id, q, f, s, made, quote, phrase, side::"QuestionSide", p, psource::"ProbabilitySource", scale, low, high, note, logger, logged, now()
    FROM unnest(${col(rows, "id")}::text[], ${col(rows, "questionId")}::text[], ${col(rows, "forecasterId")}::text[], ${col(rows, "sourceId")}::text[],
                ${col(rows, "madeAt")}::date[], ${col(rows, "quote")}::text[], ${col(rows, "phrase")}::text[], ${col(rows, "phraseRefersTo")}::text[],
                ${col(rows, "probability")}::float8[], ${col(rows, "probabilitySource")}::text[], ${col(rows, "scale")}::text[],
                ${col(rows, "low")}::float8[], ${col(rows, "high")}::float8[], ${col(rows, "note")}::text[], ${col(rows, "loggedById")}::text[],
                ${col(rows, "loggedAt")}::timestamp(3)[])
      AS r(id, q, f, s, made, quote, phrase, side, p, psource, scale, low, high, note, logger, logged)`;
}
