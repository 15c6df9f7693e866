import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against each mutant of the sentence splitter and the candidate builder
// (stryker.extraction.config.mjs): the extraction unit tests, without the ones that measure
// time or run the rules in worker threads (a mutant lives in the test process only, and a
// timing test under instrumentation says nothing), and without the corpus evaluation, which
// runs every rule on every article for every mutant and is slow.
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["lib/extraction/**/*.test.ts"],
    exclude: [
      "**/*.db.test.ts",
      "**/node_modules/**",
      "lib/extraction/create-extraction-pool.test.ts",
      "lib/extraction/extraction-scale.test.ts",
      "lib/extraction/evaluation/**",
    ],
  },
});
