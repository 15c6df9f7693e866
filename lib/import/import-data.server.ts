// An import, all or nothing (ADR 0011), with memory flat whatever the file's size: the file is
// read and checked first, outside any transaction, keeping its questions, forecasters and
// sources (few, by natural key) and setting its forecasts aside (lib/import/import-source.ts);
// then one transaction plans the records against the database (locking the questions that
// exist first), writes them, and takes the forecasts a batch at a time, planning and writing
// each batch. The answer's rows go to a temporary file as each batch is planned (the caller
// streams them and disposes of them). Any problem stops the writing; at the end the whole import
// is refused (422 listing every problem, 403 when it would set outcomes and the importer is no
// editor) and the transaction rolls back. A dry run plans everything and writes nothing.
import type { z } from "zod";
import { type Actor, hasRole, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { finishImport, importUsers, writeEntities, writeForecasts } from "./apply-import.server";
import { type ImportBundle, MAX_LISTED_PROBLEMS } from "./import-bundle";
import type { importResult } from "./import-contract";
import { forgetStatementArguments } from "../db/forget-statement-arguments.server";
import { bundleSource, type ImportSource } from "./import-source";
import { type ImportPlan, planEntities, planForecasts } from "./plan-import.server";
import { type ImportRows, openRowLog, type RowLog } from "./row-log.server";

/** The answer, held to the route's published contract, but for its rows: on disk, read as they are sent. */
export type ImportOutcome = Omit<z.output<typeof importResult>, "rows"> & { rows: ImportRows };

/** An import writes for longer than one request's write: up to five minutes. */
const IMPORT_TIMEOUT_MS = 300_000;

function refuse(plan: Pick<ImportPlan, "problems" | "problemCount">): never {
  const sorted = [...plan.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const n = plan.problemCount;
  const listed = n > sorted.length ? ` (the first ${sorted.length} are listed)` : "";
  throw new AppError(AppErrorCode.INVALID_INPUT, `The import has ${n} problem${n === 1 ? "" : "s"}${listed}; nothing was imported.`, {
    problems: sorted,
  });
}

function forbidden(outcomes: number): never {
  throw new AppError(AppErrorCode.FORBIDDEN, `This import sets ${outcomes} outcome(s): only editors and above may import outcomes; nothing was imported.`, {
    outcome: "needs the editor role",
  });
}

export async function importData(options: {
  db: Db;
  actor: Actor | null;
  /** The file, read in two passes; or `bundle`, a file already read whole. */
  source?: ImportSource;
  bundle?: ImportBundle;
  dryRun?: boolean;
  now?: Date;
}): Promise<ImportOutcome> {
  const actor = requireRole(options.actor, "ANALYST", "import data");
  const source = options.source ?? bundleSource(options.bundle!);
  try {
    return await importFrom(options, actor, source);
  } finally {
    await source.dispose();
  }
}

type Options = { db: Db; dryRun?: boolean; now?: Date };

async function importFrom(options: Options, actor: Actor, source: ImportSource): Promise<ImportOutcome> {
  const entities = await source.entities();
  // Past this many, the rows were not all read: the file is refused on what was found.
  if (entities.problems.length >= MAX_LISTED_PROBLEMS) refuse({ problems: entities.problems, problemCount: entities.problems.length });
  const log = await openRowLog();
  try {
    const result = await inTransaction(options, actor, source, entities, log);
    return { ...result, rows: log.rows() };
  } catch (error) {
    await log.dispose();
    throw error;
  }
}

function inTransaction(options: Options, actor: Actor, source: ImportSource, entities: ImportBundle, log: RowLog) {
  return runTransaction(
    options.db,
    async (tx) => {
      await log.restart();
      const now = options.now ?? new Date();
      const plan = await planEntities(tx, entities);
      const editor = hasRole(actor, "EDITOR");
      const users = importUsers(tx, actor);
      // Writing stops at the first problem; planning goes on, to list every one.
      const writing = () => !options.dryRun && plan.problemCount === 0 && (editor || plan.created.outcomes === 0);
      if (writing()) await writeEntities(tx, plan, actor, users);
      await source.forecasts(entities, async (batch) => {
        const planned = await planForecasts(tx, plan, batch, options.now);
        await log.append(plan.rows.splice(0));
        if (writing() && planned.length > 0) await writeForecasts(tx, planned, users, now);
        await forgetStatementArguments(tx);
      });
      if (plan.problemCount > 0) refuse(plan);
      if (plan.created.outcomes > 0 && !editor) forbidden(plan.created.outcomes);
      const result = { created: plan.created, matched: plan.matched };
      if (options.dryRun) return { dryRun: true, importId: null, ...result };
      const importId = await finishImport(tx, plan, actor, users, now);
      return { dryRun: false, importId, ...result };
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}
