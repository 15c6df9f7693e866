// A will inside a question the sentence asks ("unsure who will win") forecasts nothing; a will
// after the question's noun in a clause of its own still does. Sentences of our own, read by findCue.
import { describe, expect, test } from "vitest";
import { findCue } from "./find-cue";

describe("a question asked inside the sentence", () => {
  test.each([
    "As a result we are all unsure who will emerge as the largest party.",
    "It is not yet known which strains will be most common this year.",
    "There is no clear sign of when and if the force will be deployed.",
    "The biggest question that remains is what will bring the market back to growth.",
    "The key question now is the extent to which weak wages will lead to a fall in prices.",
    "She spoke to us about the outbreak and what it will take to stop it.",
  ])("%s", (text) => {
    expect(findCue(text)).toBeNull();
  });

  test("a forecast before or beside such words still forecasts", () => {
    expect(findCue("Prices will rise, and the question is by how much.")?.matched).toBe("will");
    expect(findCue("Analysts are sure the bank will cut in June.")).not.toBeNull();
  });
});
