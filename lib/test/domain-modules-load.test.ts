// Every module mutation testing mutates (stryker.config.mjs, stryker.extraction.config.mjs) loads. A mutant that breaks a module
// while it loads (a word list built wrongly, a pattern that no longer compiles) makes every test
// file importing it fail before any test runs, which Stryker's Vitest runner does not count as a
// failure; here it fails a test. The imports are literal so that Vitest relates this file to each module.
import { expect, test } from "vitest";

const modules: Record<string, () => Promise<object>> = {
  "format/probability": () => import("../format/probability"),
  "format/score": () => import("../format/score"),
  "probability/interpret-phrase": () => import("../probability/interpret-phrase"),
  "probability/phrases": () => import("../probability/phrases"),
  "probability/probability-of-yes": () => import("../probability/probability-of-yes"),
  "probability/read-stated-probability": () => import("../probability/read-stated-probability"),
  "probability/read-typed-probability": () => import("../probability/read-typed-probability"),
  "probability/resolve-probability": () => import("../probability/resolve-probability"),
  "probability/scale": () => import("../probability/scale"),
  "scoring/calibration": () => import("../scoring/calibration"),
  "scoring/forecast-verdict": () => import("../scoring/forecast-verdict"),
  "scoring/forecaster-stats": () => import("../scoring/forecaster-stats"),
  "scoring/head-to-head": () => import("../scoring/head-to-head"),
  "scoring/intervals": () => import("../scoring/intervals"),
  "scoring/plain-reading": () => import("../scoring/plain-reading"),
  "scoring/score-question": () => import("../scoring/score-question"),
  "scoring/scores": () => import("../scoring/scores"),
  "extraction/split-sentences": () => import("../extraction/split-sentences"),
  "extraction/extract-candidates": () => import("../extraction/extract-candidates"),
};

test.each(Object.keys(modules))("%s loads", async (name) => {
  const loaded = await modules[name]();
  expect(Object.keys(loaded).length).toBeGreaterThan(0);
});
