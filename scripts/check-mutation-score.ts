// After `stryker run` (npm run test:mutation / test:mutation:incremental): the score of every
// mutated file and area against its floor (scripts/lib/mutation-score.ts). Exits 1 when any is
// below. Stryker's own thresholds.break is one global number, hence this.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkMutationScores, FILE_FLOORS, formatTable, type MutationReport } from "./lib/mutation-score";

// The two configurations' reports (stryker.config.mjs, stryker.extraction.config.mjs) mutate
// different files; their floors are checked together.
const names = process.argv.length > 2 ? process.argv.slice(2) : ["reports/mutation/mutation.json", "reports/mutation/extraction.json"];
const files = names.map((name) => path.resolve(import.meta.dirname, "..", name));
const reports = files.map((file) => JSON.parse(readFileSync(file, "utf8")) as MutationReport);
const report: MutationReport = { files: Object.assign({}, ...reports.map((r) => r.files)) };
const result = checkMutationScores({ report });

const from = files.map((file) => path.relative(process.cwd(), file)).join(" and ");
console.log(`\nMutation scores from ${from} (killed + timeout over all but compile errors; static mutants of extraction ignored)\n`);
console.log(formatTable(result.files, "file"));
console.log();
console.log(formatTable(result.areas, "area"));
for (const [name, { floor, why }] of Object.entries(FILE_FLOORS)) console.log(`\n${name}: floor ${floor}% — ${why}`);
if (result.unassigned.length) console.log(`\nMutated but in no area (no floor): ${result.unassigned.join(", ")}`);
if (!result.ok) {
  console.error(
    "\nMutation score below its floor (marked BELOW): a test no longer catches mistakes it used to. See the surviving mutants in reports/mutation/mutation.html and extraction.html.",
  );
  process.exit(1);
}
console.log("\nEvery file and area meets its floor.");
