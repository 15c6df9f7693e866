// The form's number reader and the phrase-or-number resolver at their edges: every unit and
// wrapper a person types, the boundaries of the range, and each message word for word.
import { describe, expect, test } from "vitest";
import { readTypedProbability, UNREADABLE } from "./read-typed-probability";
import { isProblem, resolveProbability } from "./resolve-probability";

describe("readTypedProbability", () => {
  test.each([
    ["60pct", 0.6, "Read “60pct” as 60%."],
    ["60 PCT", 0.6, "Read “60 PCT” as 60%."],
    ["60percent", 0.6, "Read “60percent” as 60%."],
    ["60 percent", 0.6, "Read “60 percent” as 60%."],
    ["  60   per   cent  ", 0.6, "Read “60 per cent” as 60%."],
    ["an 8% chance", 0.08, "Read “an 8% chance” as 8%."],
    ["A 60% Chance", 0.6, "Read “A 60% Chance” as 60%."],
    ["60% likely", 0.6, "Read “60% likely” as 60%."],
    ["60% probability", 0.6, "Read “60% probability” as 60%."],
    [".5", 0.5, "Read “.5” as a probability of 50%."],
    ["1.5", 0.015, "Read “1.5” as 1.5%."],
    ["0 in 5", 0, "Read “0 in 5” as 0%."],
    ["5 in 5", 1, "Read “5 in 5” as 100%."],
    ["2 out of 3", 0.66667, "Read “2 out of 3” as 66.667%."],
    ["1/8", 0.125, "Read “1/8” as 12.5%."],
    ["100%", 1, "Read “100%” as 100%."],
    ["0%", 0, "Read “0%” as 0%."],
    ["33.3333%", 0.33333, "Read “33.3333%” as 33.333%."],
  ])("%j → %s", (typed, probability, reading) => {
    expect(readTypedProbability(typed)).toEqual({ kind: "read", probability, reading });
  });

  test("just past 100 is out of range, with or without a percent sign", () => {
    expect(readTypedProbability("100.5")).toEqual({ kind: "problem", message: "must be a percentage between 0 and 100" });
    expect(readTypedProbability("100.01%")).toEqual({ kind: "problem", message: "must be a percentage between 0 and 100" });
  });

  test.each(["1.", "60%%", "sixty percent", "60 per", "3 in", "in 5", "a", "60 chance of rain"])("%j cannot be read", (typed) => {
    expect(readTypedProbability(typed)).toEqual({ kind: "problem", message: UNREADABLE });
  });

  test("a fraction whose first number is larger says so, quoting what was typed", () => {
    expect(readTypedProbability("6 in 5")).toEqual({ kind: "problem", message: "“6 in 5” is not a chance: the first number must be at most the second" });
    expect(readTypedProbability("1 in 0")).toEqual({ kind: "problem", message: "“1 in 0” is not a chance: the first number must be at most the second" });
  });

  test("blank: empty, spaces only, undefined", () => {
    expect(readTypedProbability("")).toEqual({ kind: "blank" });
    expect(readTypedProbability(undefined)).toEqual({ kind: "blank" });
    expect(readTypedProbability(" \t ")).toEqual({ kind: "blank" });
  });
});

describe("resolveProbability", () => {
  test("each problem, word for word", () => {
    expect(resolveProbability({ phrase: "likely", refersTo: "YES", probabilitySource: "STATED" })).toEqual({
      field: "probability",
      message: "is required when the probability source is STATED",
    });
    expect(resolveProbability({ phrase: "likely", refersTo: "YES", probabilitySource: "JUDGEMENT" })).toEqual({
      field: "probability",
      message: "is required when the probability source is JUDGEMENT",
    });
    expect(resolveProbability({ phrase: "likely", refersTo: "YES", probability: 0.2, probabilitySource: "SCALE" })).toEqual({
      field: "probability",
      message: "must be left out when it is read from the phrase (probabilitySource SCALE)",
    });
    expect(resolveProbability({ phrase: null, refersTo: "YES" })).toEqual({
      field: "phrase",
      message: "is needed to read a probability from, unless a number is given",
    });
    expect(resolveProbability({ phrase: undefined, refersTo: "NO" })).toEqual({
      field: "phrase",
      message: "is needed to read a probability from, unless a number is given",
    });
  });

  test("a phrase with the source said to be SCALE reads as without it", () => {
    const resolved = resolveProbability({ phrase: "very likely", refersTo: "YES", probabilitySource: "SCALE" });
    expect(resolved).toMatchObject({ probability: 0.875, low: 0.8, high: 0.95, probabilitySource: "SCALE", scale: "ICD-203" });
    expect(isProblem(resolved)).toBe(false);
    expect(!isProblem(resolved) && resolved.band?.key).toBe("very-likely");
  });

  test("a number of 0 is a number, not a missing one", () => {
    expect(resolveProbability({ phrase: null, refersTo: "YES", probability: 0 })).toMatchObject({ probability: 0, probabilitySource: "JUDGEMENT" });
  });

  test("a phrase about NO gives the mirrored band as the probability of YES", () => {
    expect(resolveProbability({ phrase: "very likely", refersTo: "NO" })).toMatchObject({ probability: 0.125, low: 0.05, high: 0.2 });
  });

  test("isProblem tells a problem from a reading", () => {
    expect(isProblem({ field: "phrase", message: "x" })).toBe(true);
    expect(isProblem({ probability: 0.5, probabilitySource: "JUDGEMENT", scale: null, low: null, high: null, band: null })).toBe(false);
  });
});
