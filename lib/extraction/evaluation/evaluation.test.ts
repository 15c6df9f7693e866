// The extraction assistant against the hand-labelled forecasts: the five seed articles, and the
// public corpus's dev and held-out splits (corpus/labels.json).
import { expect, test } from "vitest";
import type { Candidate } from "../extract-candidates";
import { runEvaluation } from "./run-evaluation.server";
import { scoreArticle, speakerMatches, summarise } from "./score-extraction";

// One run for every split's test: the extractor over some 170 articles is the slow part, and on a busy
// machine it can take longer than vitest's default five seconds, so each test allows a minute.
const evaluation = runEvaluation();
const RUN_TIMEOUT = 60_000;
evaluation.catch(() => {}); // each test awaits it and reports the failure; no unhandled rejection before they do

type Summary = Awaited<typeof evaluation>["seed"]["summary"];
// Round eighteen (extractor 45, dev with test18 and test19 folded in): the figures its rules
// reached, held as floors (94.2% / 88.4% / 90.6% / 91.6% / 84.7% when the round began).
const DEV_FLOORS = { recall: 0.945, precision: 0.891, speakerAccuracy: 0.918, bandAccuracy: 0.924, numberReadRate: 0.872 };
const RETIRED11_FLOORS = { recall: 0.97, precision: 0.897, speakerAccuracy: 0.939, bandAccuracy: 0.9, numberReadRate: 1 };
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
    // rule 4: a verb of belief or of reading evidence over a bare will is likely). Band 100% since
    // version 40 ("you could say it's on the horizon": the reader's "could" is no hedge).
    expectFloors(summary, { recall: 0.983, precision: 0.816, speakerAccuracy: 1, bandAccuracy: 1 });
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
    expect(summary.labels).toBe(1283);
    // Articles 01-96. Since round eight (extractor 15) dev also holds the four old held-out splits
    // (test, test2, test3, test4: 17 articles, 108 labels), and since round eleven (extractor 18)
    // test5 to test8 (30 articles, 238 labels): labels.json "heldOut" names them. History: the
    // first batch's dev split from 63.6% / 82.1% / 40.0% / 62.7% / 0% to 94.9% / 90.2% / 93.8% /
    // 92.9% / 100% (version 9); the 66 articles of the old dev with version 16: 94.8% / 85.6% /
    // 92.1% / 95.1% / 90.7%, version 17 speaker 92.3%. The 96 articles with version 17, before
    // round eleven read test5 to test8: 89.2% / 84.6% / 86.2% / 91.5% / 77.5% of 89; version 18
    // (round eleven): 93.1% / 85.7% / 90.9% / 92.2% / 89.9%; version 39 (round twelve's end): 95.0% /
    // 86.0% / 92.7% / 92.4% / 94.4%. Since round thirteen dev also holds test10 (articles 105-112,
    // 65 labels): the 104 articles with version 39, before the round read test10: 93.8% / 86.1% /
    // 89.9% / 91.3% / 88.2% of 110. Round thirteen's end (extractor 40): 95.6% / 88.1% / 92.4% /
    // 94.2% / 92.7%. Since round fourteen dev also holds test9 and test11 (articles 97-104 and
    // 113-119, 129 labels): the 119 articles with version 40, before the round read them: 94.2% /
    // 88.2% / 90.5% / 93.0% / 85.4% of 144. Round fourteen's end (extractor 41): 94.9% / 88.4% /
    // 92.9% / 93.2% / 92.3%. Since round fifteen dev also holds test12 and test13 (articles
    // 120-135, 142 labels): the 135 articles with version 41, before the round read them: 93.7% /
    // 88.0% / 89.7% / 91.4% / 89.0% of 164. Round fifteen's end (extractor 42): 94.9% / 88.3% /
    // 92.3% / 92.7% / 91.5%. Since round sixteen dev also holds test14 and test15 (articles
    // 136-151, 105 labels): the 151 articles with version 42, before the round read them: 93.0% /
    // 87.4% / 90.6% / 91.7% / 86.6% of 186. Round sixteen's end (extractor 43): 95.3% / 88.9% /
    // 91.9% / 92.5% / 90.9%. Since round seventeen dev also holds test16 and test17 (articles
    // 152-167, 116 labels): the 167 articles with version 43, before the round read them: 93.9% /
    // 89.3% / 90.7% / 92.0% / 87.3% of 213. Round seventeen's end (extractor 44): 95.1% / 89.4% /
    // 92.4% / 92.4% / 89.7%. Since round eighteen dev also holds test18 and test19 (articles 168-183,
    // 103 labels): the 183 articles with version 44, before the round read them: 94.2% / 88.4% /
    // 90.6% / 91.6% / 84.7% of 236. Round eighteen's end (extractor 45): 94.5% / 89.2% / 91.8% /
    // 92.4% / 87.3%.
    expect(summary.statedNumbers).toBe(236);
    expectFloors(summary, DEV_FLOORS);
  },
  RUN_TIMEOUT,
);

// The dev articles once held out keep their last unseen figures as floors. Their honest unseen
// figures, before a round read them (each split's own history is in ADR 0008):
// - retired (test, test2, test3, test4), before round eight: 80.6% / 76.0% / 60.9% / 87.4% /
//   57.1% of 14 with extractor 14; version 16 (round nine, which read their errors): 90.7% /
//   79.4% / 80.6% / 88.8% / 64.3%; version 17 speaker 81.6%; version 18 precision 80.2%.
// - retired11 (test5 to test8), before round eleven: 80.3% / 82.4% / 74.3% / 84.8% / 57.1% of 35
//   with extractor 17; version 18 (round eleven, which read their errors): 89.9% / 85.7% / 88.8% /
//   87.4% / 88.6%.
// - retired13 (test10), before round thirteen: 81.5% / 87.8% / 58.5% / 79.2% / 61.9% of 21 with
//   extractor 39; version 40 (round thirteen, which read its errors): 90.8% / 89.8% / 83.1% / 89.8% / 81.0%;
//   version 41 speaker 95.0% (a name with a bracketed ticker or acronym is a body's).
// - retired14 (test9, test11), before round fourteen: 86.8% / 88.2% / 79.5% / 85.7% / 61.8% of 34
//   with extractor 40; version 41 (round fourteen, which read their errors): 89.9% / 88.9% / 90.5% /
//   88.7% / 82.4%.
// - retired15 (test12, test13), before round fifteen: 86.6% / 85.0% / 69.1% / 79.7% / 65.0% of 20
//   with extractor 41 (their histories as held-out splits are below and in ADR 0008).
// - retired16 (test14, test15), before round sixteen: 76.2% / 78.2% / 71.3% / 80.0% / 50.0% of 22
//   with extractor 42; not an unseen figure (round fifteen read phrases of them, see below).
// - retired17 (test16, test17), before round seventeen: 81.0% / 93.3% / 77.7% / 86.2% / 63.0% of 27
//   with extractor 43 (their unseen figures, as held-out splits, are below).
// - retired18 (test18, test19), before round eighteen: 83.5% / 76.2% / 66.3% / 80.2% / 39.1% of 23
//   with extractor 44 (their unseen figures, as held-out splits, are below).
test.each([
  {
    group: "retired",
    labels: 108,
    statedNumbers: 14,
    floors: { recall: 0.953, precision: 0.875, speakerAccuracy: 0.902, bandAccuracy: 0.951, numberReadRate: 0.928 },
  },
  { group: "retired11", labels: 238, statedNumbers: 35, floors: RETIRED11_FLOORS },
  {
    group: "retired13",
    labels: 65,
    statedNumbers: 21,
    floors: { recall: 0.969, precision: 0.923, speakerAccuracy: 0.952, bandAccuracy: 0.968, numberReadRate: 0.809 },
  },
  {
    group: "retired14",
    labels: 129,
    statedNumbers: 34,
    // Speaker 90.5% -> 89.7% with extractor 42: "almost guaranteed" found one more label, in a
    // sentence that goes on from "he said" in the one before, and credited it to the outlet.
    // Speaker 89.7% -> 89.0% with extractor 43: "should see", "should lead to" found two more
    // labels (recall 90.7% -> 92.2%), one credited to the speaker of the sentence before.
    // Round eighteen: band 90.0% -> 91.6%, numbers 82.4% -> 85.2% (the likeliest "at 9.7%", a list of chances in brackets).
    floors: { recall: 0.93, precision: 0.915, speakerAccuracy: 0.891, bandAccuracy: 0.916, numberReadRate: 0.852 },
  },
  {
    group: "retired15",
    labels: 142,
    statedNumbers: 20,
    // Round seventeen: 90.8% / 87.2% / 87.6% / 87.6% / 85.0% -> 92.2% / 87.5% / 90.8% / 89.3% / 95.0%
    // (the lede credited before the carry; prices after "get"; a list of verdicts cut).
    floors: { recall: 0.922, precision: 0.875, speakerAccuracy: 0.908, bandAccuracy: 0.893, numberReadRate: 0.95 },
  },
  {
    group: "retired16",
    labels: 105,
    statedNumbers: 22,
    // Round sixteen read them: 76.2% / 78.2% / 71.3% / 80.0% / 50.0% -> 92.4% / 86.3% / 87.6% / 88.7% / 86.4%.
    // Round eighteen: band 88.6% -> 91.7% (a "because" reason out of an expectation's reach).
    floors: { recall: 0.923, precision: 0.862, speakerAccuracy: 0.876, bandAccuracy: 0.917, numberReadRate: 0.863 },
  },
  {
    group: "retired17",
    labels: 116,
    statedNumbers: 27,
    // Round seventeen read them: 81.0% / 93.3% / 77.7% / 86.2% / 63.0% -> 92.2% / 94.1% / 93.4% / 89.7% / 74.0%.
    floors: { recall: 0.922, precision: 0.95, speakerAccuracy: 0.934, bandAccuracy: 0.897, numberReadRate: 0.74 },
  },
  {
    group: "retired18",
    labels: 103,
    statedNumbers: 23,
    // Round eighteen read them: 83.5% / 76.2% / 66.3% / 80.2% / 39.1% -> 86.4% / 82.5% / 79.8% / 86.5% / 60.9%.
    floors: { recall: 0.864, precision: 0.824, speakerAccuracy: 0.797, bandAccuracy: 0.865, numberReadRate: 0.608 },
  },
] as const)(
  "dev split, the $group articles (held out until a round read them): no worse than their last figures",
  async ({ group, labels, statedNumbers, floors }) => {
    const { summary } = (await evaluation)[group];
    expect(summary.labels).toBe(labels);
    expect(summary.statedNumbers).toBe(statedNumbers);
    expectFloors(summary, floors);
  },
  RUN_TIMEOUT,
);

// The held-out splits are measured, not held: their figures (`npm run eval:extract -- --held-out`)
// are reported in ADR 0008 and their misses never printed. What is held is that every label is
// there, so that a relabelling is a visible act.
// - test9 (articles 97-104, batch 11, labelled blind by someone who had not read the rules, before
//   any run), at round eleven's end: extractor 17 77.5% / 84.7% / 80.0% / 87.3% / 61.1% of 18;
//   extractor 18 78.9% / 85.0% / 80.4% / 83.9% / 61.1%. At round twelve: extractor 19 80.3% / 85.2% /
//   80.7% / 84.2% / 61.1%, extractor 38 81.7% / 85.5% / 79.3% / 84.5% / 61.1%.
// - test10 was held out in round twelve and folded into dev in round thirteen (retired13 above).
// - test9 at round thirteen's end, extractor 40: 84.5% / 86.2% / 78.3% / 85.0% / 66.7%.
// - test11 (articles 113-119, batch 13, labelled blind at round twelve's end, before any run): first
//   measured at round thirteen's start, extractor 39: 75.9% / 89.7% / 95.5% / 86.4% / 18.8% of 16;
//   extractor 40: 89.7% / 91.1% / 80.8% / 86.5% / 56.3%.
// - test12 (articles 120-127, batch 14, labelled blind by a helper at round thirteen's start, before
//   any run): extractor 39 89.2% / 81.5% / 89.7% / 75.9% / 66.7% of 6; extractor 40 89.2% / 81.5% /
//   82.8% / 75.9% / 66.7%.
// - test9 and test11 were folded into dev in round fourteen (retired14 above).
// - test13 (articles 128-135, batch 15, labelled blind by a helper at round fourteen's start, before
//   any run): extractor 40 84.4% / 88.1% / 56.9% / 83.0% / 64.3% of 14; extractor 41 the same, and
//   test12 with extractor 41 the same as with 40.
// - test12 and test13 were folded into dev in round fifteen (retired15 above).
// - test14 and test15 (articles 136-143 and 144-151, batches 16 and 17, labelled blind by two
//   helpers at round fifteen's start, before any run): extractor 41 80.0% / 75.6% / 80.0% / 80.0% /
//   53.3% of 15 and 69.1% / 78.0% / 60.5% / 81.6% / 42.9% of 7; extractor 42 (round fifteen's end)
//   84.0% / 78.3% / 81.0% / 78.6% / 53.3% and 69.1% / 78.0% / 60.5% / 81.6% / 42.9%.
// - test14 and test15 were folded into dev in round sixteen (retired16 above): phrases of them
//   had reached round fifteen's rules through the helpers' reports (ADR 0008).
// - test16 and test17 (articles 152-159 and 160-167, batches 18 and 19, labelled blind by two
//   helpers at round sixteen's start, who reported counts only; merged by a script unread): extractor
//   42 77.5% / 87.8% / 77.7% / 75.5% / 56.0% of 25 and 79.3% / 97.7% / 76.0% / 93.4% / 100% of 2;
//   extractor 43 (round sixteen's end) 77.6% / 88.1% / 77.8% / 77.8% / 60.0% and 84.5% / 97.9% /
//   77.6% / 93.9% / 100%.
// - test16 and test17 were folded into dev in round seventeen (retired17 above).
// - test18 and test19 (articles 168-175 and 176-183, batches 20 and 21, labelled blind by two
//   helpers at round seventeen's start, who reported counts only; merged by a script unread):
//   extractor 43 75.9% / 75.5% / 68.3% / 78.0% / 26.3% of 19 and 91.8% / 76.9% / 64.4% / 82.2% /
//   100% of 4; extractor 44 (round seventeen's end) the same, to the digit.
// - test18 and test19 were folded into dev in round eighteen (retired18 above).
// - test20 and test21 (articles 184-191 and 192-199, batches 22 and 23, labelled blind by two
//   helpers at round eighteen's start, who reported counts only; merged by a script unread; every
//   speaker has an alias the text uses): extractor 44 85.7% / 78.3% / 71.4% / 88.1% / 63.6% of 11 and
//   88.9% / 84.8% / 82.8% / 92.2% / 71.4% of 7; extractor 45 (round eighteen's end) 85.7% / 78.3% /
//   73.8% / 88.1% / 63.6% and test21 the same as at the start.
test.each([
  { split: "test20", labels: 49, statedNumbers: 11 },
  { split: "test21", labels: 72, statedNumbers: 7 },
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
