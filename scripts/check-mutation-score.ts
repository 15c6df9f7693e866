// After `stryker run` (npm run test:mutation / test:mutation:incremental): the score of every
// mutated file and area against its floor (scripts/lib/mutation-score.ts). Exits 1 when any is
// below. Stryker's own thresholds.break is one global number, hence this.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkMutationScores, FILE_FLOORS, formatTable } from "./lib/mutation-score";

const file = path.resolve(import.meta.dirname, "..", process.argv[2] ?? "reports/mutation/mutation.json");
const report = JSON.parse(readFileSync(file, "utf8"));
const result = checkMutationScores({ report });

console.log(`\nMutation scores from ${path.relative(process.cwd(), file)} (killed + timeout over all but compile errors)\n`);
console.log(formatTable(result.files, "file"));
console.log();
console.log(formatTable(result.areas, "area"));
for (const [name, { floor, why }] of Object.entries(FILE_FLOORS)) console.log(`\n${name}: floor ${floor}% — ${why}`);
if (result.unassigned.length) console.log(`\nMutated but in no area (no floor): ${result.unassigned.join(", ")}`);
if (!result.ok) {
  console.error(
    "\nMutation score below its floor (marked BELOW): a test no longer catches mistakes it used to. See the surviving mutants in reports/mutation/mutation.html.",
  );
  process.exit(1);
}
console.log("\nEvery file and area meets its floor.");
