// The extraction assistant against the hand-labelled forecasts: the five seed articles, and the
// public corpus's dev and held-out test, test2, test3, test4, test5 and test6 splits (corpus/labels.json).
import { expect, test } from "vitest";
import type { Candidate } from "../extract-candidates";
import { runEvaluation } from "./run-evaluation.server";
import { scoreArticle, speakerMatches, summarise } from "./score-extraction";

// One run for every split's test: the extractor over 67 articles is the slow part, and on a busy
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
    expect(summary.labels).toBe(277);
    // Articles 01-28 (the first batch, whose old test split is spent and now tuned on), the dev
    // part of the second batch (29-44 less every 4th), since extractor version 12 the dev half of
    // the third (45-53, odd numbers) and the fourth batch (55-58, all dev). History of the first
    // batch's dev split: baseline 63.6% / 82.1% / 40.0% / 62.7% / 0%; 94.9% / 90.2% / 93.8% / 92.9% /
    // 100% after the second round (version 9). All 40 dev articles of batches 1-2 with version 9,
    // before any rule was tuned to the second batch: 89.8% / 84.7% / 79.3% / 83.7% / 76.3%; version
    // 10: 93.8% / 86.7% / 90.6% / 93.4% / 100%; version 11: 94.2% / 87.7% / 93.0% / 95.8% / 100%. With
    // the third batch's dev half (45 articles), version 11, before any rule saw it: 94.5% / 87.9% /
    // 90.9% / 96.3% / 100%. All 49 after the fifth round (version 12, tuned on seed and dev only):
    // 96.0% / 87.8% / 98.1% / 97.4% / 100%.
    expect(summary.statedNumbers).toBe(40);
    expectFloors(summary, { recall: 0.96, precision: 0.878, speakerAccuracy: 0.981, bandAccuracy: 0.973, numberReadRate: 1 });
  },
  RUN_TIMEOUT,
);

test(
  "dev split, newest batch: no worse than its unseen baseline",
  async () => {
    const { summary } = (await evaluation).devNew;
    expect(summary.labels).toBe(22);
    // The honest "unseen" figure: the fourth batch (55-58, all dev), labelled before the extractor
    // was first run on them, with the fifth round's rules up to then: 81.8% / 65.4% / 83.3% / 77.8%
    // (no stated numbers). Tuned on since: 100% / 84.6% / 100% / 100%, a tuned figure. Earlier
    // newest batches, now counted in dev: the third batch's dev half, unseen (version 11) 96.6% /
    // 89.7% / 75.0% / 100% / 100%, then 100% / 93.1% / 100% / 100% / 100%; the second batch's, unseen
    // (version 9) 88.6% / 79.7% / 53.2% / 74.2% / 70.0%, then 97.1% / 87.5% / 89.7% / 94.1% / 100%.
    expect(summary.statedNumbers).toBe(0);
    expectFloors(summary, { recall: 1, precision: 0.846, speakerAccuracy: 1, bandAccuracy: 1 });
  },
  RUN_TIMEOUT,
);

test(
  "test split (held out): no worse than the baseline",
  async () => {
    const { summary } = (await evaluation).test;
    expect(summary.labels).toBe(18);
    // Articles 32, 36, 40, 44 (every 4th of the second batch, chosen before any run). Unseen
    // baseline with extractor version 9: 77.8% / 58.3% / 35.7% / 85.7% / 62.5%. Measured once for
    // the record after this round (version 10), no tuning after: 77.8% / 60.9% / 42.9% / 85.7% /
    // 62.5%. Far below dev, on only 18 labels in 4 articles; its misses were not read, so that the
    // split stays held out for the next round too. Measured again after the fourth round (version
    // 11), still unread and untuned: 77.8% / 58.3% / 42.9% / 92.9% / 62.5% (one more candidate, no
    // more found: precision fell by one candidate in 24; one more band right). After the fifth round
    // (version 12): unchanged, 77.8% / 58.3% / 42.9% / 92.9% / 62.5%: none of its rules reached
    // these articles. After the sixth round (version 13, the paragraph's body or group speaking on):
    // speaker 50.0%, the rest unchanged; the floor below is left where it was. The floor is the measured figure: a held-out split records what general
    // rules did, it is not tuned back up.
    expect(summary.statedNumbers).toBe(8);
    expectFloors(summary, { recall: 0.777, precision: 0.583, speakerAccuracy: 0.428, bandAccuracy: 0.928, numberReadRate: 0.625 });
  },
  RUN_TIMEOUT,
);

// The later held-out splits miss issue 9's targets (recall 0.90, precision 0.75, speaker 0.85,
// band 0.85), so their figures (`npm run eval:extract`) are reported, not held as floors; their
// misses are never printed. What is held is that every label is there, so that a relabelling is
// a visible act. Figures (recall / precision / speaker / band / stated numbers read):
// - test2, articles 46-54 even (batch 3, fixed before any run): unseen baseline (version 11)
//   80.0% / 71.9% / 41.7% / 87.5% / 100%; version 12 80.0% / 69.7% / 41.7% / 87.5% / 100%.
// - test3, articles 59-62 (batch 5), labelled after the fifth round's last rule and measured
//   once: 77.8% / 89.5% / 76.2% / 85.7% / 40.0% of 5, as version 11 gives them.
// - test4, articles 63-66 (batch 6), labelled before the speaker round: unseen baseline
//   (version 12) 84.8% / 95.0% / 71.4% / 85.7%, no stated numbers; unchanged by 13 and 14.
// - test5, articles 67-72 (batch 7), labelled by someone who had not read the rules, before any
//   run: unseen baseline (version 13) 63.3% / 86.2% / 45.2% / 83.9% / 0% of 5; version 14 the same.
// - test6, articles 73-80 (batch 8), labelled by someone who had not read the rules, before any
//   run: no figures yet.
test.each([
  { split: "test2", labels: 30, statedNumbers: 1 },
  { split: "test3", labels: 27, statedNumbers: 5 },
  { split: "test4", labels: 33, statedNumbers: 0 },
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
