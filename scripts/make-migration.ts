// npm run db:migration -- <name> [--from <schema file>]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes a database
// from the previous schema to the current prisma/schema.prisma. The previous schema is, by
// default, schema.prisma as of the last commit that changed prisma/migrations (the state the
// migrations build); nothing when there are no migrations yet. See ADR 0002.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { MIGRATIONS_DIR, readMigrations } from "../lib/db/migrate.server";
import { diffSchemas, type SchemaState } from "../lib/db/schema-diff.server";
import { startScratchServer } from "../lib/db/scratch-postgres.server";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: "string" } } });
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case> [--from <previous schema.prisma>]");
  process.exit(1);
}

async function previousSchema(): Promise<SchemaState> {
  if (values.from) return { path: "schema.prisma", text: await readFile(values.from, "utf8") };
  if ((await readMigrations()).length === 0) return "empty";
  const commit = execFileSync("git", ["log", "-1", "--format=%H", "--", "prisma/migrations"], { encoding: "utf8" }).trim();
  if (!commit) throw new Error("The migrations are not committed yet: pass --from <schema.prisma they were written from>.");
  const text = execFileSync("git", ["show", `${commit}:prisma/schema.prisma`], { encoding: "utf8" });
  return { path: "schema.prisma", text };
}

const current = { path: "schema.prisma", text: await readFile("prisma/schema.prisma", "utf8") };
const server = await startScratchServer();
try {
  const sql = await diffSchemas({ from: await previousSchema(), to: current, connectionString: server.adminUrl });
  if (!sql) {
    console.log("schema.prisma has not changed since the last migration: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then run npm test.`);
  }
} finally {
  await server.stop();
}
