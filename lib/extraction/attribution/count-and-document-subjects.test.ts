// Subjects that are no names: a count or share of a poll's respondents, a document with no maker,
// a capitalised word of a place that looks like a reporting verb. Sentences written for this test.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "../extract-candidates";

const who = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" }).map((c) => c.forecaster.name);
const POLL = "Economists polled by the Ledger expect a cut this year.";

describe("a count or a share of respondents speaks for the group heard last", () => {
  test.each([
    "Seventeen predicted that the cut will come in June.",
    "Three said the rate will be at 4.00 pct.",
    "Some 23% said the hike will come in July.",
    "26% of respondents say the bank will hold.",
    "Eight of them expect a second cut in the autumn.",
    "Twenty-one forecast that the rate will fall to 3 pct.",
  ])("%s", (sentence) => {
    expect(who(`${POLL} ${sentence}`)).toEqual(["Economists (unnamed)", "Economists (unnamed)"]);
  });

  test("with no group heard before, a count is no speaker's name: the outlet's", () => {
    expect(who("Seventeen predicted that the cut will come in June.")).toEqual(["The Test Ledger"]);
  });

  test("a count after a person is not that person", () => {
    expect(who("Jo Hale, the minister, said a deal is likely. Three said the talks will fail.")).toEqual(["Jo Hale", "The Test Ledger"]);
  });
});

describe("a document with no maker named is the body heard last", () => {
  test.each(["Forecasts suggest", "The latest projections suggest", "Estimates suggest"])("%s …", (subject) => {
    const article = `The Halden Institute published its outlook on Monday. ${subject} that the drought might continue through the summer.`;
    expect(who(article)).toEqual(["Halden Institute"]);
  });

  test("with no body heard before, the outlet's", () => {
    expect(who("Forecasts suggest that the drought might continue through the summer.")).toEqual(["The Test Ledger"]);
  });
});

describe("a capitalised word in a name is no reporting verb", () => {
  test("'In the United States, … are predicted' names no body 'In the United'", () => {
    expect(who("In the United States, sales are predicted to grow this year.")).toEqual(["The Test Ledger"]);
  });

  test("a lowercase verb after a name is still one", () => {
    expect(who("United Grain states that prices will probably rise.")).toEqual(["United Grain"]);
  });
});
