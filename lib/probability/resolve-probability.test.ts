import { expect, test } from "vitest";
import { resolveProbability } from "./resolve-probability";

test("a phrase on the scale gives the band's point, and the band, as probabilities of YES", () => {
  expect(resolveProbability({ phrase: "seems low", refersTo: "YES" })).toMatchObject({
    probability: 0.325,
    low: 0.2,
    high: 0.45,
    probabilitySource: "SCALE",
    scale: "ICD-203",
  });
  expect(resolveProbability({ phrase: "I suspect", refersTo: "NO" })).toMatchObject({ probability: 0.325, low: 0.2, high: 0.45 });
});

test("a number overrides the phrase and is recorded as the analyst's judgement unless said to be stated", () => {
  expect(resolveProbability({ phrase: "likely", refersTo: "YES", probability: 0.9 })).toEqual({
    probability: 0.9,
    probabilitySource: "JUDGEMENT",
    scale: null,
    low: null,
    high: null,
    band: null,
  });
  expect(resolveProbability({ phrase: null, refersTo: "YES", probability: 0.3, probabilitySource: "STATED" })).toMatchObject({
    probabilitySource: "STATED",
  });
});

test("says which field is missing or contradictory", () => {
  expect(resolveProbability({ phrase: "were on", refersTo: "YES" })).toEqual({
    field: "phrase",
    message: '"were on" is not on the ICD-203 scale: give the probability as a number',
  });
  expect(resolveProbability({ phrase: "", refersTo: "YES" })).toMatchObject({ field: "phrase" });
  expect(resolveProbability({ phrase: "likely", refersTo: "YES", probabilitySource: "STATED" })).toMatchObject({ field: "probability" });
  expect(resolveProbability({ phrase: "likely", refersTo: "YES", probability: 0.2, probabilitySource: "SCALE" })).toMatchObject({ field: "probability" });
});
