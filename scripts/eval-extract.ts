// npm run eval:extract — how well the extraction assistant finds the hand-labelled forecasts,
// split by split: seed (the five seed articles), dev (the public corpus to tune on), test, test2,
// test3, test4, test5 and test6 (held-out corpus articles: figures only). -v lists what was missed, wrong and extra on seed and
// dev; the held-out splits' sentences are printed only with --test-details, which whoever tunes
// the rules must not use, so that their figures stay a fair measure.
import { parseArgs } from "node:util";
import type { ArticleScore } from "../lib/extraction/evaluation/score-extraction";
import { runEvaluation, SPLITS } from "../lib/extraction/evaluation/run-evaluation.server";

const { values } = parseArgs({
  options: { verbose: { type: "boolean", short: "v", default: false }, "test-details": { type: "boolean", default: false } },
});
const splits = await runEvaluation();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

console.log("split  articles labels candidates  recall precision speaker   band  numbers read");
for (const split of [...SPLITS, "devNew"] as const) {
  const { scores, summary: s } = splits[split];
  const numbers = s.statedNumbers ? `${pct(s.numberReadRate)} of ${s.statedNumbers}` : "     — (none)";
  console.log(
    `${split.padEnd(6)} ${String(scores.length).padStart(8)} ${String(s.labels).padStart(6)} ${String(s.candidates).padStart(10)}  ${pct(s.recall)}    ${pct(s.precision)}  ${pct(s.speakerAccuracy)} ${pct(s.bandAccuracy)}  ${numbers}`,
  );
}
console.log("devNew: the dev articles of the newest labelled batch (also counted in dev).");
console.log("recall: labels found; precision: candidates that are labelled forecasts; speaker, band: of the labels found;");
console.log("numbers read: labels whose text states a probability, found with that probability.");

function details(s: ArticleScore) {
  for (const m of s.missed) console.log(`  MISSED  ${m.speaker}: ${m.quote.slice(0, 100)}`);
  for (const f of s.found.filter((x) => !x.speakerRight || !x.bandRight || x.numberRead === false)) {
    const speaker = f.speakerRight ? "" : `speaker ${f.candidate.forecaster.name} ≠ ${f.label.speaker}; `;
    const band = f.bandRight ? "" : `band ${f.candidate.band} ≠ ${f.label.band} ("${f.candidate.phrase}"); `;
    const number = f.numberRead === false ? `number ${f.candidate.probability} ≠ ${f.label.probability}; ` : "";
    console.log(`  WRONG   ${speaker}${band}${number}${f.label.quote.slice(0, 60)}`);
  }
  for (const u of s.unmatched) console.log(`  EXTRA   ${u.forecaster.name} [${u.phrase}]: ${u.quote.slice(0, 100)}`);
}

for (const split of SPLITS) {
  console.log(`\n== ${split}`);
  const show = values.verbose && (!split.startsWith("test") || values["test-details"]);
  for (const s of splits[split].scores) {
    console.log(`${s.file}: ${s.found.length}/${s.labels} found, ${s.unmatched.length} extra`);
    if (show) details(s);
  }
}
