// Mutation testing of the pure domain core (issue 14), first of two configurations (the other is
// stryker.extraction.config.mjs): `npm run test:mutation` (everything) and
// `npm run test:mutation:incremental` (only what changed since stryker-incremental.json, as CI
// runs it). scripts/check-mutation-score.ts then applies the per-area floors to both JSON reports.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  // Each mutant runs only the tests that reached it.
  coverageAnalysis: "perTest",
  // The TypeScript checker works with our tsconfig, but it takes one of the two processes that
  // concurrency 2 allows, halving the test runners: run it with `-- --checkers typescript`.
  // Mutants it rejects are reported as compile errors and left out of the scores.
  checkers: [],
  tsconfigFile: "tsconfig.json",
  // Scoring, probability and their formatting, against their own unit tests
  // (vitest.mutation.config.ts). The sentence splitter and the candidate builder of extraction
  // are stryker.extraction.config.mjs; the rest of lib/extraction (attribution, cues, verbs:
  // some 2 400 mutants) takes hours on two shared cores; run it on purpose with
  //   npx stryker run stryker.extraction.config.mjs --force --incrementalFile reports/extraction-all.json --mutate 'lib/extraction/**/*.ts,!**/*.test.ts,!**/*.server.ts,!lib/extraction/evaluation/**'
  mutate: [
    "lib/scoring/**/*.ts",
    "lib/probability/**/*.ts",
    "lib/format/**/*.ts",
    "!**/*.test.ts",
    "!**/*.server.ts",
    // SQL and Prisma selections: only database tests reach them.
    "!lib/scoring/totals-sql.ts",
    "!lib/scoring/question-for-scoring.ts",
  ],
  ignorePatterns: [".next", ".data", ".stryker-tmp*", "test-results", "playwright-report", "blob-report", "coverage", "reports"],
  concurrency: 2,
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  clearTextReporter: { allowColor: false, logTests: false },
  // The floors are per area, not global: scripts/check-mutation-score.ts applies them.
  thresholds: { high: 95, low: 75, break: null },
  tempDirName: ".stryker-tmp",
  timeoutMS: 10000,
};
