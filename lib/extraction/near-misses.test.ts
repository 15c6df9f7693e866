// Round eleven's outside review: ordinary news sentences, written to trip the round's new rules,
// that must stay no forecast or keep their own speaker. Sentences written for this test.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("a piece about betting", () => {
  const betting = "Bookmakers have opened their books on the season.\n\n";
  test.each([
    "The Hawks are 30-9, the best record in the league.",
    "The final score is 28-10.",
    "The House vote is 218-212.",
    "Her record against Ortiz is 30-29.",
  ])("a record, a score or a vote is no price: %s", (sentence) => {
    expect(extract(betting + sentence)).toEqual([]);
  });
});

describe("continuations and carried sources", () => {
  test("'Moreover, we think …' is the writer's own reasoning", () => {
    const text = "The fund said it expects growth of 3% next year. Our view is different. Moreover, we think a recession is likely.";
    expect(who(text).at(-1)).toBe("The Ledger");
  });

  test("'Moreover' far from the source does not reach back to it", () => {
    const text = `Vantor Capital expects sales to rise next year.\n\n${"The city has long debated the bridge. ".repeat(12)}\n\nMoreover, the bridge is likely to close for repairs.`;
    expect(who(text).at(-1)).toBe("The Ledger");
  });
});

describe("counts of answers, backshifted hedges and worries", () => {
  test.each(["Most respondents said they would vote for the incumbent.", "Half of economists said they would leave the profession."])(
    "an intention is no forecast: %s",
    (sentence) => {
      expect(extract(sentence)).toEqual([]);
    },
  );

  test("a hedge told of a time gone by stays the writer's", () => {
    const text = "Ann Lee said the bill had been amended.\n\nBack in March the vote was certain to fail.";
    expect(who(text)).toEqual(["The Ledger"]);
  });

  test("a hedge credited at its end is its speaker's, not the last one heard", () => {
    const text = "Ann Lee said the bill had been amended.\n\nThe vote was certain to fail, aides recalled.";
    expect(who(text)).toEqual(["Aides (unnamed)"]);
  });

  test("'worried that … would' in past narrative is no forecast", () => {
    expect(extract("Residents worried that the river would burst its banks, and on Tuesday night it did.")).toEqual([]);
  });
});

describe("names", () => {
  test("a place before a body's name is the place alone later", () => {
    const text = "The Washington Post first reported the talks. Washington says a ceasefire is likely this week.";
    expect(who(text)).not.toContain("The Washington Post");
  });

  test.each(["PM says an election is likely next spring.", "CEO says a merger is likely next year."])("a role's abbreviation is no body: %s", (sentence) => {
    expect(extract(sentence).map((c) => c.forecaster.kind)).not.toContain("ORGANISATION");
  });
});

describe("levels, estimates, lists and going somewhere", () => {
  test.each(["Mortgage risk is high for first-time buyers.", "Risk is high."])("a risk with no event is no chance: %s", (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  test("'fairly low' is low", () => {
    expect(extract("The chances of a rate cut in June are fairly low.").map((c) => c.band)).toEqual(["unlikely"]);
  });

  test.each([
    "Organisers raised their estimate of the crowd to 50,000.",
    "The ministry updated its estimates of the death toll to 312.",
    "The bank issued its outlook for the economy to 2030.",
  ])("a count or a horizon revised is no forecast: %s", (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  test("shares of respondents under a heading are no chances", () => {
    expect(extract("How respondents rated their chances of finding a job:\n\nGood – 40%\n\nPoor – 35%")).toEqual([]);
  });

  test.each(["He's going to the gym every morning now.", "They are going to jail for fraud."])("going somewhere is no future: %s", (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });
});
