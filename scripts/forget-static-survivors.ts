// `npm run test:mutation:forget-static`: makes the next incremental mutation run re-test the
// static mutants that survived (see scripts/lib/forget-static-survivors.ts for why), by
// rewriting stryker-incremental.json. Run it when tests were added for module-level code, then
// `npm run test:mutation:incremental`, and commit the file that run writes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { forgetStaticSurvivors } from "./lib/forget-static-survivors";

const file = path.resolve(import.meta.dirname, "..", "stryker-incremental.json");
// `npm run test:mutation:forget-static -- lib/probability`: only files under these paths.
const { report, forgotten } = forgetStaticSurvivors(JSON.parse(readFileSync(file, "utf8")), process.argv.slice(2));
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
const total = Object.values(forgotten).reduce((a, b) => a + b, 0);
for (const [name, count] of Object.entries(forgotten)) console.log(`${name}: ${count}`);
console.log(`Forgot ${total} static mutants that survived; the next incremental run tests them again.`);
