import { describe, expect, test } from "vitest";
import { OUT_OF_RANGE, readTypedProbability, UNREADABLE } from "./read-typed-probability";

const read = (typed: string) => {
  const result = readTypedProbability(typed);
  return result.kind === "read" ? result.probability : result;
};

describe("readTypedProbability", () => {
  test.each([
    ["60", 0.6],
    ["60%", 0.6],
    ["60 %", 0.6],
    ["60 per cent", 0.6],
    ["60 percent", 0.6],
    ["60 Per Cent", 0.6],
    ["0.6", 0.6],
    [".6", 0.6],
    ["3 in 5", 0.6],
    ["3 out of 5", 0.6],
    ["3/5", 0.6],
    ["a 60% chance", 0.6],
    ["1 in 3", 0.33333],
    ["12.5", 0.125],
    ["1", 0.01],
    ["1.0", 1],
    ["0", 0],
    ["100", 1],
    ["0.5%", 0.005],
  ])("%s reads as %s", (typed, probability) => {
    expect(read(typed)).toBe(probability);
  });

  test("says how it read the text", () => {
    expect(readTypedProbability("60 per cent")).toMatchObject({ reading: "Read “60 per cent” as 60%." });
    expect(readTypedProbability("0.6")).toMatchObject({ reading: "Read “0.6” as a probability of 60%." });
    expect(readTypedProbability("1 in 3")).toMatchObject({ reading: "Read “1 in 3” as 33.333%." });
  });

  test("blank is no number; out of range and unreadable text are problems", () => {
    expect(readTypedProbability("  ")).toEqual({ kind: "blank" });
    expect(readTypedProbability(null)).toEqual({ kind: "blank" });
    expect(readTypedProbability("150")).toEqual({ kind: "problem", message: OUT_OF_RANGE });
    expect(readTypedProbability("-5")).toEqual({ kind: "problem", message: UNREADABLE });
    expect(readTypedProbability("sixty")).toEqual({ kind: "problem", message: UNREADABLE });
    expect(readTypedProbability("6 in 5")).toMatchObject({ kind: "problem", message: expect.stringMatching(/first number must be at most the second/) });
    expect(readTypedProbability("1 in 0")).toMatchObject({ kind: "problem" });
  });
});

describe("readTypedProbability: odds as people type them", () => {
  test("'in' and 'out of' in capitals", () => {
    expect(read("3 IN 5")).toBe(0.6);
    expect(read("3 Out Of 5")).toBe(0.6);
  });

  test("nothing in nothing is not a chance, and says so", () => {
    expect(readTypedProbability("0 in 0")).toMatchObject({ kind: "problem", message: "“0 in 0” is not a chance: the first number must be at most the second" });
  });

  test("unreadable text is told how to write a probability", () => {
    expect(readTypedProbability("soon")).toEqual({ kind: "problem", message: "could not be read: write it as 60, 60%, 60 per cent, 0.6 or 3 in 5" });
  });
});
