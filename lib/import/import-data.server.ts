// An import, all or nothing (ADR 0011): plan it against the database, refuse it whole when any
// row has a problem (422 listing every one) or when it would set outcomes and the importer is
// no editor (403), else write it in the same transaction. A dry run stops after the plan.
import type { z } from "zod";
import { type Actor, hasRole, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { applyImport } from "./apply-import.server";
import type { ImportBundle, ImportProblem } from "./import-bundle";
import type { importResult } from "./import-contract";
import { planImport } from "./plan-import.server";

/** The answer, held to the route's published contract. */
type ImportResult = z.output<typeof importResult>;

/** An import writes for longer than one request's write: up to five minutes. */
const IMPORT_TIMEOUT_MS = 300_000;

function refuse(problems: ImportProblem[]): never {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  throw new AppError(AppErrorCode.INVALID_INPUT, `The import has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported.`, {
    problems: sorted,
  });
}

export async function importData(options: { db: Db; actor: Actor | null; bundle: ImportBundle; dryRun?: boolean; now?: Date }): Promise<ImportResult> {
  const actor = requireRole(options.actor, "ANALYST", "import data");
  return runTransaction(
    options.db,
    async (tx) => {
      const plan = await planImport(tx, options.bundle, options.now);
      // Problems found reading the file and found against the database are listed together.
      const problems = [...options.bundle.problems, ...plan.problems];
      if (problems.length > 0) refuse(problems);
      if (plan.created.outcomes > 0 && !hasRole(actor, "EDITOR")) {
        throw new AppError(
          AppErrorCode.FORBIDDEN,
          `This import sets ${plan.created.outcomes} outcome(s): only editors and above may import outcomes; nothing was imported.`,
          {
            outcome: "needs the editor role",
          },
        );
      }
      const result = { created: plan.created, matched: plan.matched, rows: plan.rows.sort((a, b) => a.row - b.row) };
      if (options.dryRun) return { dryRun: true, importId: null, ...result };
      const importId = await applyImport(tx, plan, actor, options.now);
      return { dryRun: false, importId, ...result };
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}
