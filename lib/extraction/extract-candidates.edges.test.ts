// The candidate builder's own rules, one example each: answers to a question for the odds, a
// second number sharing the first one's noun, a poll's passive results, which words of a frame
// mark its speaker, and the fields every candidate carries.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string, outlet = "The Outlet") => extractCandidates({ text, outlet });
const speakers = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("an answer to a question for the odds", () => {
  test.each([
    ["the odds", "What are the odds of a recession next year?\n20%."],
    ["the chance", "What is the chance of a recession?\n20%."],
    ["the chances", "What are the chances of a recession?\n20%."],
    ["the probability", "What is the probability of a recession?\n20%."],
    ["the likelihood", "What is the likelihood of a recession?\n20%."],
    ["how likely", "How likely is a recession next year?\n20%."],
  ])("after a question for %s, a bare percentage is a stated answer", (_words, article) => {
    const [c] = extract(article);
    expect(c).toMatchObject({ quote: "20%.", probability: 0.2, low: 0.2, high: 0.2, statedProbability: 0.2, probabilitySource: "STATED", band: "unlikely" });
  });

  test.each([
    ["about", "About 20 percent."],
    ["around", "Around 20 per cent."],
    ["roughly", "Roughly 20percent."],
    ["a decimal", "20.5%."],
  ])("%s", (_form, answer) => {
    expect(extract(`What are the odds of a recession?\n${answer}`)).toHaveLength(1);
  });

  test("a question that asks for no odds makes no answer of a percentage", () => {
    expect(extract("Is a recession coming?\n20%.")).toEqual([]);
  });

  test("a percentage with more after it is no bare answer", () => {
    expect(extract("What are the odds of a recession?\n20% of firms agree.")).toEqual([]);
  });

  test("a question is never a forecast itself", () => {
    expect(extract("Will the bank probably cut rates?")).toEqual([]);
    expect(extract("Will the bank probably cut rates?”")).toEqual([]);
    // A quoted question inside a sentence that is none asks too.
    expect(extract("“Will the bank probably cut rates?” asked Jane Roe.")).toEqual([]);
    expect(speakers("“The bank will probably cut rates,” said Jane Roe.")).toEqual(["Jane Roe"]);
  });
});

describe("a second number after a stated chance", () => {
  test("shares the first one's noun and speaker", () => {
    const [first, second] = extract("Goldman puts the odds at 70 percent this month and 80 percent in the fall.");
    expect(first).toMatchObject({ probability: 0.7, quote: "Goldman puts the odds at 70 percent this month", start: 0, end: 46 });
    expect(second).toMatchObject({
      probability: 0.8,
      quote: "and 80 percent in the fall.",
      start: 47,
      end: 74,
      probabilitySource: "STATED",
      band: "very-likely",
    });
    expect(second.forecaster).toEqual(first.forecaster);
  });

  test("with about or around before it", () => {
    expect(extract("Goldman puts the odds at 70 percent this month and about 80 percent by the fall.").map((c) => c.probability)).toEqual([0.7, 0.8]);
    expect(extract("Goldman puts the odds at 70 percent this month and around 80 per cent by the fall.").map((c) => c.probability)).toEqual([0.7, 0.8]);
  });

  test.each(["last June", "a year ago", "earlier", "previously", "before"])("a past figure for comparison (%s) is no second forecast", (when) => {
    expect(extract(`Goldman puts the odds at 70 percent now and 20 percent ${when}.`).map((c) => c.probability)).toEqual([0.7]);
  });
});

describe("a poll's passive results", () => {
  test.each([
    ["is expected", "Brent is expected to average 80 dollars."],
    ["is projected", "Brent is projected to average 80 dollars."],
    ["is predicted", "Brent is predicted to reach 90 dollars."],
    ["is forecast", "Brent is forecast to reach 90 dollars."],
    ["is widely expected", "Brent is widely expected to reach 90 dollars."],
    ["are expected", "Prices are expected to rise further."],
    ["was seen", "Brent was seen likely to reach 90 dollars."],
    ["the expectation", "The expectation is that Brent will reach 90 dollars."],
  ])("%s: the poll's", (_words, sentence) => {
    const names = speakers(`A Reuters poll of economists found a recession likely. ${sentence}`);
    expect(names).toEqual(["Reuters poll of economists", "Reuters poll of economists"]);
  });

  test("a survey as well as a poll", () => {
    expect(speakers("A Reuters survey of economists found a recession likely. Brent is projected to average 80 dollars.")).toEqual([
      "Reuters survey of economists",
      "Reuters survey of economists",
    ]);
  });

  // Until round nine this was the outlet's; articles labelled blind credit such a claim, right
  // after a poll's results and with no source of its own, to the poll (attribution/carry-source.ts).
  test("a claim in the active voice right after a poll is the poll's too", () => {
    expect(speakers("A Reuters poll of economists found a recession likely. Brent will probably reach 90 dollars.")).toEqual([
      "Reuters poll of economists",
      "Reuters poll of economists",
    ]);
  });

  test("a passive result after a person, not a poll, is the outlet's", () => {
    expect(speakers("Jane Roe, an analyst, said a recession is likely. Brent is expected to average 80 dollars.")).toEqual(["Jane Roe", "The Outlet"]);
  });
});

describe("the speaker of a frame", () => {
  test.each([
    ["expects", "The ministry expects a deal by June.", "Government official (unnamed)"],
    ["are betting", "Investors are betting that the bank will cut rates.", "Investors (unnamed)"],
    ["is betting", "The market is betting that the bank will cut rates.", "Markets (unnamed)"],
    ["see … coming", "Economists see more cuts coming this year.", "Economists (unnamed)"],
    ["forecasts … to", "An exit poll forecasts the party to win a majority.", "Exit poll"],
    ["are forecasting", "Analysts are forecasting another year of shortages.", "Analysts (unnamed)"],
  ])("%s", (_frame, sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });
});

describe("the fields of a candidate", () => {
  test("a claim in the outlet's own words, read from a phrase", () => {
    const text = "Background first. The summit is likely to be postponed.";
    const [c] = extract(text);
    expect(c).toEqual({
      quote: "The summit is likely to be postponed.",
      start: 18,
      end: 55,
      forecaster: { name: "The Outlet", kind: "OUTLET" },
      phrase: "is likely",
      band: "likely",
      low: 0.55,
      high: 0.8,
      probability: 0.675,
      probabilitySource: "SCALE",
      statedProbability: null,
      suggestedQuestion: "Will the summit be postponed?",
    });
    expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  test("without an outlet's name, or with a blank one, the outlet is named for what it is", () => {
    expect(extractCandidates({ text: "The summit is likely to be postponed." })[0].forecaster.name).toBe("The outlet (its own words)");
    expect(extractCandidates({ text: "The summit is likely to be postponed.", outlet: "   " })[0].forecaster.name).toBe("The outlet (its own words)");
    expect(extractCandidates({ text: "The summit is likely to be postponed.", outlet: "  The Daily  " })[0].forecaster.name).toBe("The Daily");
  });

  test("a stated number keeps its range", () => {
    const [c] = extract("Analysts see a 20 to 30 percent chance of a strike.");
    expect(c).toMatchObject({ probability: 0.25, low: 0.2, high: 0.3, statedProbability: 0.25, probabilitySource: "STATED", band: "unlikely" });
  });

  test("furniture and questions give no candidates", () => {
    expect(extract("Talks likely to stall\nBy Jane Roe, staff reporter\nWill talks stall?")).toEqual([]);
  });

  test("the next sentence may name who made the writer's claim", () => {
    expect(speakers("Inflation will fall below 2% next year. This assessment was given by the economist Jane Roe.")).toEqual(["Jane Roe"]);
  });
});
