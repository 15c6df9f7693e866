// A forecast its maker revises, and a credit after the clause that a participle goes on from.
// Sentences of our own, read by findCue directly.
import { describe, expect, test } from "vitest";
import { findCue } from "./find-cue";

const cue = (text: string) => {
  const found = findCue(text);
  return found ? [found.band.key, found.matched] : null;
};

describe("a forecast revised from one figure to another", () => {
  test("'halved its forecast from 5.9 per cent to 2.4 per cent' is a forecast of 2.4 per cent", () => {
    expect(cue("Two weeks ago, Acme halved its forecast from 5.9 per cent to 2.4 per cent.")).toEqual([
      "likely",
      "halved its forecast from 5.9 per cent to 2.4",
    ]);
    expect(cue("The firm cut its growth forecast from $3.1bn to $2.8bn.")?.[0]).toBe("likely");
  });

  test("a forecast moved from one year to another names no figure", () => {
    expect(cue("Acme moved its forecast from 2024 to 2025.")).toBeNull();
  });
});

describe("a credit after the clause", () => {
  test("'Sales will fall in 2027, Acme reckons, falling 3 per cent' is Acme's expectation (likely), not a flat will", () => {
    expect(cue("Sales will fall in 2027, Acme reckons, falling 3 per cent to $40bn.")).toEqual(["likely", "reckons"]);
  });
});

describe("a forecast revised up or down", () => {
  test("'has revised down its prediction of an El Niño' is a revised forecast", () => {
    expect(cue("The weather office has revised down its prediction of an El Niño developing this year.")?.[1]).toBe("revised down its prediction of");
    expect(cue("Acme revised up its forecast for 2027 to $4bn.")?.[0]).toBe("likely");
  });
});
