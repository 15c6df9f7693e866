import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against each mutant of the scoring, probability and format code
// (stryker.config.mjs): those areas' own unit tests. The extraction tests reach the probability
// code too, but a static mutant (a word list, a module-level pattern) runs every test, and the
// areas' own tests kill as many of them (stryker.extraction.config.mjs mutates extraction).
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["lib/{scoring,probability,format}/**/*.test.ts", "lib/test/domain-modules-load.test.ts"],
    exclude: ["**/*.db.test.ts", "**/node_modules/**"],
  },
});
