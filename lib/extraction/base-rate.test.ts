// A chance set in "a normal year" is a base rate, not a forecast of this one.
import { describe, expect, test } from "vitest";
import { statesBaseRate } from "./base-rate";
import { findCue } from "./find-cue";

describe("a base rate", () => {
  test("'In a normal year …', 'in any typical season …' lead up to a base rate", () => {
    expect(statesBaseRate("In a normal year there's about a ")).toBe(true);
    expect(statesBaseRate("The river floods in any typical season with a ")).toBe(true);
    expect(findCue("In a typical winter there's a chance the river may flood.")).toBeNull();
  });

  test("a clause of contrast after it has a time of its own, and a year named is no base rate", () => {
    expect(statesBaseRate("In a normal year the odds are 25 per cent, but this year there is a ")).toBe(false);
    expect(findCue("In a normal year the bank would cut rates, but this year it may hold.")?.matched).toBe("may");
    expect(statesBaseRate("In a wet year like this one there is a ")).toBe(false);
  });
});
