// npm run eval:extract — how well the extraction assistant finds the hand-labelled forecasts
// of the five seed articles. Prints figures, then what it missed and what it proposed beyond.
import { parseArgs } from "node:util";
import { runEvaluation } from "../lib/extraction/evaluation/run-evaluation.server";

const { values } = parseArgs({ options: { verbose: { type: "boolean", short: "v", default: false } } });
const { scores, summary } = await runEvaluation();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`Labelled forecasts: ${summary.labels}; candidates proposed: ${summary.candidates}`);
console.log(`Recall            ${pct(summary.recall)}   (labels found)`);
console.log(`Precision         ${pct(summary.precision)}   (candidates that are labelled forecasts)`);
console.log(`Speaker accuracy  ${pct(summary.speakerAccuracy)}   (of the labels found)`);
console.log(`Band accuracy     ${pct(summary.bandAccuracy)}   (of the labels found)`);
for (const s of scores) {
  console.log(`\n${s.file}: ${s.found.length}/${s.labels} found, ${s.unmatched.length} extra`);
  if (!values.verbose) continue;
  for (const m of s.missed) console.log(`  MISSED  ${m.speaker}: ${m.quote.slice(0, 100)}`);
  for (const f of s.found.filter((x) => !x.speakerRight || !x.bandRight)) {
    console.log(`  WRONG   ${f.speakerRight ? "" : `speaker ${f.candidate.forecaster.name} ≠ ${f.label.speaker}; `}${f.bandRight ? "" : `band ${f.candidate.band} ≠ ${f.label.band} ("${f.candidate.phrase}"); `}${f.label.quote.slice(0, 60)}`);
  }
  for (const u of s.unmatched) console.log(`  EXTRA   ${u.forecaster.name} [${u.phrase}]: ${u.quote.slice(0, 100)}`);
}
