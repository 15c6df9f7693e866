// The extraction assistant against the hand-labelled forecasts: the five seed articles, and the
// public corpus's dev and held-out splits (corpus/labels.json).
import { expect, test } from "vitest";
import type { Candidate } from "../extract-candidates";
import { runEvaluation } from "./run-evaluation.server";
import { scoreArticle, speakerMatches, summarise } from "./score-extraction";

// One run for every split's test: the extractor over 85 articles is the slow part, and on a busy
// machine it can take longer than vitest's default five seconds, so each test allows a minute.
const evaluation = runEvaluation();
const RUN_TIMEOUT = 60_000;
evaluation.catch(() => {}); // each test awaits it and reports the failure; no unhandled rejection before they do

type Summary = Awaited<typeof evaluation>["seed"]["summary"];
/** Each named figure at or above its floor; the failure names the figure. */
function expectFloors(summary: Summary, floors: Partial<Summary>) {
  for (const [figure, floor] of Object.entries(floors)) expect(summary[figure as keyof Summary], figure).toBeGreaterThanOrEqual(floor);
}

test(
  "finds at least 85% of the labelled forecasts, with precision, speakers and bands above the bar",
  async () => {
    const { summary } = (await evaluation).seed;
    expect(summary.labels).toBeGreaterThanOrEqual(55);
    // No worse than when the corpus rules began (98.3%, 81.4%, 100%, 96.6%); band 98.3% since
    // extractor version 10 ("think … will" governed as a forecasting verb); precision 81.7% since
    // version 11. Version 11 also relabelled two seed labels ("others believe … will", "… suggests
    // that … will") from very-likely to likely: one convention for seed and corpus (corpus/labels.json
    // rule 4: a verb of belief or of reading evidence over a bare will is likely).
    expectFloors(summary, { recall: 0.983, precision: 0.816, speakerAccuracy: 1, bandAccuracy: 0.982 });
  },
  RUN_TIMEOUT,
);

// The corpus splits hold the figures measured when the corpus was labelled (before any rule was
// tuned to it) as floors: a rule change may raise them, never lower them. Whoever raises them
// raises the floors. The label counts are exact, so that a relabelling is a visible act.
test(
  "dev split: no worse than the baseline",
  async () => {
    const { summary } = (await evaluation).dev;
    expect(summary.labels).toBe(385);
    // Articles 01-66 less test5's. Since round eight (extractor 15) dev also holds the four old
    // held-out splits (test, test2, test3, test4: 17 articles, 108 labels, labels.json "heldOut"),
    // each measured over several rounds. History: the first batch's dev split from 63.6% / 82.1% /
    // 40.0% / 62.7% / 0% to 94.9% / 90.2% / 93.8% / 92.9% / 100% (version 9); the 49 dev articles of
    // batches 1-4 after the fifth round (version 12): 96.0% / 87.8% / 98.1% / 97.4% / 100%. All 66
    // with version 14, before round eight read the old held-out splits: 91.7% / 84.9% / 89.0% /
    // 94.9% / 88.9% (round eight's extractor 15 is on branch extractor-15, not landed: ADR 0008).
    expect(summary.statedNumbers).toBe(54);
    expectFloors(summary, { recall: 0.916, precision: 0.848, speakerAccuracy: 0.889, bandAccuracy: 0.948, numberReadRate: 0.888 });
  },
  RUN_TIMEOUT,
);

test(
  "dev split, the old held-out articles: no worse than their last unseen figures",
  async () => {
    const { summary } = (await evaluation).retired;
    expect(summary.labels).toBe(108);
    // Their honest unseen figure, before round eight read them: 80.6% / 76.0% / 60.9% / 87.4% /
    // 57.1% of 14 with extractor 14. Each split's own history is in ADR 0008.
    expect(summary.statedNumbers).toBe(14);
    expectFloors(summary, { recall: 0.805, precision: 0.76, speakerAccuracy: 0.608, bandAccuracy: 0.873, numberReadRate: 0.571 });
  },
  RUN_TIMEOUT,
);

// The held-out splits miss issue 9's targets (recall 0.90, precision 0.75, speaker 0.85,
// band 0.85), so their figures (`npm run eval:extract`) are reported, not held as floors; their
// misses are never printed. What is held is that every label is there, so that a relabelling is
// a visible act. Figures (recall / precision / speaker / band / stated numbers read):
// - test5, articles 67-72 (batch 7), labelled by someone who had not read the rules, before any
//   run: unseen baseline (version 13) 63.3% / 86.2% / 45.2% / 83.9% / 0% of 5; version 14 the same
//   (branch extractor-15: 67.3% / 86.7% / 42.4% / 81.8% / 0%).
// - test6, articles 73-80 (batch 8), labelled by someone who had not read the rules, before any
//   run: unseen baseline (version 14) 74.6% / 76.7% / 72.7% / 81.8% / 0% of 2 (branch extractor-15
//   the same).
test.each([
  { split: "test5", labels: 49, statedNumbers: 5 },
  { split: "test6", labels: 59, statedNumbers: 2 },
] as const)(
  "$split split (held out, report only): its labels are all there",
  async ({ split, labels, statedNumbers }) => {
    const { summary } = (await evaluation)[split];
    expect(summary.labels).toBe(labels);
    expect(summary.statedNumbers).toBe(statedNumbers);
  },
  RUN_TIMEOUT,
);

test("the scorer matches by overlap, counts each candidate once for precision, and knows speakers' other names", () => {
  const text = "Alpha said it will rain. Beta thinks snow is unlikely. Gamma. Delta sees a 70% chance of hail.";
  const candidate = (quote: string, name: string, band: string) => {
    const start = text.indexOf(quote);
    return {
      quote,
      start,
      end: start + quote.length,
      forecaster: { name, kind: "PERSON" },
      band,
      phrase: "",
      low: 0,
      high: 0,
      probability: 0.675,
      suggestedQuestion: "",
    } as Candidate;
  };
  const score = scoreArticle(
    {
      file: "t",
      outlet: "O",
      text,
      forecasts: [
        { quote: "it will rain", speaker: "Alpha Person", band: "very-likely" },
        { quote: "snow is unlikely", speaker: "Beta", band: "unlikely" },
      ],
    },
    [candidate("Alpha said it will rain.", "alpha person", "very-likely"), candidate("Gamma.", "Gamma", "likely")],
    {},
  );
  expect(summarise([score])).toEqual({
    labels: 2,
    candidates: 2,
    recall: 0.5,
    precision: 0.5,
    speakerAccuracy: 1,
    bandAccuracy: 1,
    statedNumbers: 0,
    numberReadRate: 0,
  });
  // A stated number counts as read only when the candidate carries that number, not its band's midpoint.
  const hail = { quote: "a 70% chance of hail", speaker: "Delta", band: "likely", probability: 0.7 };
  const withNumber = (probability: number) => ({ ...candidate("Delta sees a 70% chance of hail.", "Delta", "likely"), probability });
  const score2 = (c: Candidate[]) => summarise([scoreArticle({ file: "t", outlet: "O", text, forecasts: [hail] }, c, {})]);
  expect(score2([withNumber(0.675)])).toMatchObject({ statedNumbers: 1, numberReadRate: 0, bandAccuracy: 1 });
  expect(score2([withNumber(0.7)])).toMatchObject({ statedNumbers: 1, numberReadRate: 1 });
  expect(score2([])).toMatchObject({ statedNumbers: 1, numberReadRate: 0 });
  expect(
    speakerMatches("Government official (unnamed)", "South Korean government official (unnamed)", {
      "South Korean government official (unnamed)": ["government official"],
    }),
  ).toBe(true);
  expect(speakerMatches("Experts (unnamed)", "Wi Sung-lac", {})).toBe(false);
});
