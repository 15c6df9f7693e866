// Estimative words that forecast nothing: a will inside a question the sentence asks ("unsure who
// will win"), a forecast's own revision ("the outlook could change"), "possible" that describes a
// noun or an enabling. Sentences of our own, read by findCue directly.
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

describe("a forecast's own revision, and 'possible' that is no chance", () => {
  test.each([
    "The forecast could still change before the season starts.",
    "Several respondents said their forecasts may change.",
    "The agencies prepared for many possible scenarios in the coming weeks.",
    "Cheap flights make it possible for more people to travel.",
    "The report shows different ways in which the fighting may develop.",
  ])("%s", (text) => {
    expect(findCue(text)).toBeNull();
  });

  test("a chance of the event itself still forecasts", () => {
    expect(findCue("Prices could change course and fall next year.")?.matched).toBe("could");
    expect(findCue("A second vote is possible in the spring.")?.matched).toBe("possible");
  });
});

describe("a will of schedule before a negated one", () => {
  test("'Voters will go to the polls on Sunday, but the winner won't be known until a runoff' forecasts the negated will", () => {
    expect(findCue("Voters will go to the polls on Sunday, but the winner won't be known until a runoff.")).toMatchObject({
      matched: "won't",
      band: { key: "very-unlikely" },
    });
    expect(findCue("Voters will go to the polls on Sunday.")).toBeNull();
  });
});
