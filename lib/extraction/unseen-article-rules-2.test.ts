// The general rules of issue 9's second round, each on sentences written for this test (none
// from the corpus): attribution at the end of a sentence and in the next one, reports that read
// on, the verbs that govern a bare will, and numbers.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
const bands = (text: string) => extract(text).map((c) => c.band);

describe("who forecasts", () => {
  test("a sentence-final attribution with a bare day, or followed by a clause of cause", () => {
    expect(who("The harvest could be the smallest in a decade, a grain board economist said Friday.")).toEqual(["Grain board economists (unnamed)"]);
    expect(who("The ruling bloc is unlikely to keep its majority, a Tallis survey said on Monday, due to anger over rents.")).toEqual(["Tallis survey"]);
  });

  test("a study or report that reveals a finding speaks as a poll does", () => {
    expect(who("Glaciers in the range might vanish by 2070, a study revealed.")).toEqual(["Study"]);
  });

  test("a count after a group speaks for it, with “only” or “just” before the count", () => {
    expect(who("Of 40 respondents, only five said they expected a larger cut.")).toEqual(["Respondents (unnamed)"]);
  });

  test("the next sentence owns the writer's claim: “That's the view of X”", () => {
    const article =
      "The tablet market is predicted to shrink by 4 percent this year. That's the view of research firm Pemberly Insight, which cut its outlook.";
    expect(who(article)).toEqual(["Pemberly Insight"]);
  });

  test("a named body's forecasts read on in the passive, until the writer speaks for itself", () => {
    const onward = "Pemberly Analytics Group expects tablet sales to fall 4 percent. Sales in Brazil are predicted to fall by 7 percent.";
    expect(who(onward)).toEqual(["Pemberly Analytics Group", "Pemberly Analytics Group"]);
    const broken =
      "Pemberly Analytics Group expects tablet sales to fall 4 percent. This time, the slump is likely to last. Sales in Brazil are predicted to fall by 7 percent.";
    expect(who(broken)).toEqual(["Pemberly Analytics Group", "The Test Ledger", "The Test Ledger"]);
  });
});

describe("the words that govern the event", () => {
  test("thinking governs a bare will as a forecasting verb does", () => {
    expect(bands("Most punters think the Greens will win the seat.")).toEqual(["likely"]);
  });

  test("a forecasting verb governs across an aside about the subject and a bracketed abbreviation", () => {
    expect(bands("Pollsters forecast that the 70-year-old mayor, who has served since 2010, will win again.")).toEqual(["likely"]);
    expect(bands("Pollsters forecast that the Northern Farmers' League (NFL) will enter the assembly.")).toEqual(["likely"]);
  });
});
