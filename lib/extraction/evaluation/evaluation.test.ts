// The extraction assistant against the hand-labelled forecasts of the five seed articles.
import { expect, test } from "vitest";
import type { Candidate } from "../extract-candidates";
import { runEvaluation } from "./run-evaluation.server";
import { scoreArticle, speakerMatches, summarise } from "./score-extraction";

test("finds at least 85% of the labelled forecasts, with precision, speakers and bands above the bar", async () => {
  const { summary } = await runEvaluation();
  expect(summary.labels).toBeGreaterThanOrEqual(55);
  expect(summary.recall).toBeGreaterThanOrEqual(0.85);
  expect(summary.precision).toBeGreaterThanOrEqual(0.6);
  expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.8);
  expect(summary.bandAccuracy).toBeGreaterThanOrEqual(0.8);
});

test("the scorer matches by overlap, counts each candidate once for precision, and knows speakers' other names", () => {
  const text = "Alpha said it will rain. Beta thinks snow is unlikely. Gamma.";
  const candidate = (quote: string, name: string, band: string) => {
    const start = text.indexOf(quote);
    return { quote, start, end: start + quote.length, forecaster: { name, kind: "PERSON" }, band, phrase: "", low: 0, high: 0, probability: 0, suggestedQuestion: "" } as Candidate;
  };
  const score = scoreArticle(
    { file: "t", outlet: "O", text, forecasts: [{ quote: "it will rain", speaker: "Alpha Person", band: "very-likely" }, { quote: "snow is unlikely", speaker: "Beta", band: "unlikely" }] },
    [candidate("Alpha said it will rain.", "alpha person", "very-likely"), candidate("Gamma.", "Gamma", "likely")],
    {},
  );
  expect(summarise([score])).toEqual({ labels: 2, candidates: 2, recall: 0.5, precision: 0.5, speakerAccuracy: 1, bandAccuracy: 1 });
  expect(speakerMatches("Government official (unnamed)", "South Korean government official (unnamed)", { "South Korean government official (unnamed)": ["government official"] })).toBe(true);
  expect(speakerMatches("Experts (unnamed)", "Wi Sung-lac", {})).toBe(false);
});
