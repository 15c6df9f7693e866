// npm run eval:extract — how well the extraction assistant finds the hand-labelled forecasts,
// split by split: seed (the five seed articles), dev (the public corpus to tune on) and the
// held-out corpus splits. The held-out splits' figures are printed only with --held-out (measure
// them at the start and at the end of a round, not after every rule), and their sentences only
// with --test-details, which whoever tunes the rules must not use, so that their figures stay a
// fair measure. -v lists what was missed, wrong and extra on seed and dev. --speakers counts the
// wrong speakers of every split shown by kind and by where the text names the right one (no
// sentence printed, so it may be used on the held-out splits).
import { parseArgs } from "node:util";
import type { ArticleScore } from "../lib/extraction/evaluation/score-extraction";
import { isHeldOut, RETIRED_GROUPS, runEvaluation, SPLITS } from "../lib/extraction/evaluation/run-evaluation.server";
import { speakerMisses } from "../lib/extraction/evaluation/speaker-misses";

const { values } = parseArgs({
  options: {
    verbose: { type: "boolean", short: "v", default: false },
    "held-out": { type: "boolean", default: false },
    "test-details": { type: "boolean", default: false },
    speakers: { type: "boolean", default: false },
  },
});
const splits = await runEvaluation();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

console.log("split     articles labels candidates  recall precision speaker   band  numbers read");
const shown = (split: string) => !isHeldOut(split) || values["held-out"] || values["test-details"];
for (const split of [...SPLITS, ...RETIRED_GROUPS] as const) {
  if (!shown(split)) continue;
  const { scores, summary: s } = splits[split];
  const numbers = s.statedNumbers ? `${pct(s.numberReadRate)} of ${s.statedNumbers}` : "     — (none)";
  console.log(
    `${split.padEnd(9)} ${String(scores.length).padStart(8)} ${String(s.labels).padStart(6)} ${String(s.candidates).padStart(10)}  ${pct(s.recall)}    ${pct(s.precision)}  ${pct(s.speakerAccuracy)} ${pct(s.bandAccuracy)}  ${numbers}`,
  );
}
console.log(
  "retired, retired11, retired13 … retired18: the dev articles held out until rounds eight, eleven, thirteen, fourteen, fifteen, sixteen, seventeen and eighteen (also counted in dev).",
);
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

if (!values["held-out"] && !values["test-details"]) console.log("Held-out splits not shown: add --held-out at a round's start and end.");

for (const split of SPLITS.filter(shown)) {
  console.log(`\n== ${split}`);
  const show = values.verbose && (!isHeldOut(split) || values["test-details"]);
  for (const s of splits[split].scores) {
    console.log(`${s.file}: ${s.found.length}/${s.labels} found, ${s.unmatched.length} extra`);
    if (show) details(s);
  }
}

if (values.speakers) {
  console.log("\nWrong speakers: what the extractor gave, for whom, and where the text names the labelled speaker");
  for (const split of [...SPLITS, ...RETIRED_GROUPS].filter(shown)) {
    const counts = [...speakerMisses({ articles: splits[split].articles })].sort((a, b) => b[1] - a[1]);
    console.log(`\n== ${split}`);
    for (const [key, n] of counts) console.log(`${String(n).padStart(4)}  ${key}`);
  }
}
