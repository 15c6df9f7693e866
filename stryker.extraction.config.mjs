// Mutation testing of extraction's sentence splitter and candidate builder (issue 14), beside
// stryker.config.mjs (scoring, probability, format); same scripts, same floors check.
//
// Static mutants are ignored here (ADR 0019). A mutant in module-level code (a regex constant, a
// word list) cannot be traced to the tests that reach it, so Stryker runs every extraction test
// for each (about 20 s); these two files hold some 700 of them, which made CI's incremental check
// run for over three hours after one round of rules. The patterns they mutate are held by the
// corpus evaluation's floors (lib/extraction/evaluation) and by the examples tests instead;
// mutants inside functions are still tested, each against the tests that reach it.
import core from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...core,
  vitest: { configFile: "vitest.mutation-extraction.config.ts" },
  mutate: ["lib/extraction/split-sentences.ts", "lib/extraction/extract-candidates.ts"],
  ignoreStatic: true,
  incrementalFile: "stryker-incremental-extraction.json",
  jsonReporter: { fileName: "reports/mutation/extraction.json" },
  htmlReporter: { fileName: "reports/mutation/extraction.html" },
  tempDirName: ".stryker-tmp-extraction",
};
