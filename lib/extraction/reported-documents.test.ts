// Round twelve: forecasting documents as the subject of the forecast, and whose they are; idioms
// of chance with their own band. Sentences written for this test (none from the corpus).
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const OUTLET = "The Test Ledger";
const read = (text: string) => extractCandidates({ text, outlet: OUTLET });

describe("a forecast document in the present that shows a time to come", () => {
  test.each([
    "The agency's projections show demand rising by 2% next year.",
    "Its latest forecasts point to a deficit of $40 billion by 2027.",
    "The central scenario sees unemployment at 5% next year.",
    "Their outlook suggests output of 3 million tonnes in the coming season.",
  ])("%s", (sentence) => {
    const [candidate] = read(sentence);
    expect(candidate?.quote).toBe(sentence);
    expect(candidate?.band).toBe("likely");
  });

  test.each([
    "Earlier projections showed growth of 2% in 2024.",
    "The forecasts are published every month.",
    "The model shows how the river floods.",
    // Estimates and models count the past and the present too, and products have models.
    "Census estimates show the population grew by 2% last year.",
    "Official estimates show unemployment at 4.1% this month.",
    "Satellite models show the glacier retreated by 15% since 1990.",
    "Its new models show battery life rising by 20% over last year's.",
    // A past verb in what the forecast shows.
    "The projections show the deficit widened sharply by the end of the decade.",
  ])("no forecast: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("a path seen with a bare figure", () => {
  test("the figure with its unit is the phrase", () => {
    const [candidate] = read("Traders see prices falling 5% in the spring.");
    expect(candidate.phrase).toBe("see prices falling 5%");
  });

  test.each([
    "Fans see the hosts leading 2-1 at half-time.",
    "The scout sees the teenager playing 90 minutes on Saturday.",
    "She sees herself running 10 kilometres every morning.",
  ])("a score or a count is no path: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("whose document it is", () => {
  const article = (sentence: string) => `Vale Bank cut its growth outlook on Monday.\n\n${sentence}`;

  test.each([
    ["The bank's projections show demand rising by 2% next year.", "Vale Bank"],
    ["Its latest forecasts point to a deficit of $40 billion by 2027.", "Vale Bank"],
    ["Halden Research's latest forecasts see rates falling to 3% next year.", "Halden Research"],
  ])("%s", (sentence, name) => {
    expect(read(article(sentence)).at(-1)?.forecaster.name).toBe(name);
  });

  test("a person heard last owns no 'its' document", () => {
    const text = "Jo Hale said growth would probably slow.\n\nIts latest forecasts point to a deficit of $40 billion by 2027.";
    expect(read(text).at(-1)?.forecaster.name).not.toBe("Jo Hale");
  });
});

describe("idioms of chance with their own band", () => {
  test.each([
    ["Chipmakers are still going to see sales decline.", "very-likely"],
    ["Three candidates all have a shot at winning the presidency.", "roughly-even"],
    ["The champion has a good shot at retaining the title.", "likely"],
    ["The ruling party risks losing its majority in May.", "roughly-even"],
    ["The party should be able to form a coalition with smaller parties.", "likely"],
    ["Costa should fairly easily hold the seat.", "likely"],
    ["Former champion Tom Reed is backing Ana Costa to win the title.", "likely"],
    ["The region is on course for a surge of cases this winter.", "likely"],
    ["Ortiz has essentially no path to victory.", "almost-no-chance"],
    ["The odds of a June cut are roughly even.", "roughly-even"],
  ])("%s → %s", (sentence, band) => {
    expect(read(sentence).map((c) => c.band)).toEqual([band]);
  });

  test.each([
    "He is still going to the gym every morning.",
    "She risks losing her temper.",
    "The council should be able to explain itself.",
    "He took a shot on goal.",
    "Ticket sales for both shows are about evenly split.",
  ])("no forecast: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("a belief almost no one holds, and a doubt", () => {
  test.each([
    ["Few expect the bank to cut rates in March.", "unlikely"],
    ["Very few economists predict a recession next year.", "unlikely"],
    ["No one expects the talks to succeed.", "unlikely"],
    ["A few analysts expect a cut in March.", "likely"],
    ["Quite a few traders see a hike coming.", "likely"],
  ])("%s → %s", (sentence, band) => {
    expect(read(sentence).map((c) => c.band)).toEqual([band]);
  });

  test("who doubts it speaks", () => {
    const text = "Economists expect a hold.\n\nAnalysts doubt the merger will go ahead.";
    expect(read(text).map((c) => [c.forecaster.name, c.band])).toEqual([
      ["Economists (unnamed)", "likely"],
      ["Analysts (unnamed)", "unlikely"],
    ]);
  });
});

describe("prices in a piece about betting", () => {
  const piece = (sentence: string) => `Bookmakers make Brazil the favourites.\n\n${sentence}`;

  test.each([
    ["The next contender is Ortiz at 8-1, despite a slow start.", 1 / 9],
    ["Strong contenders are France (6-1) and Spain (7-1).", 1 / 7],
  ])("a bare price after 'at' or in brackets: %s", (sentence, probability) => {
    expect(read(piece(sentence)).at(-1)?.probability).toBeCloseTo(probability, 6);
  });

  test.each([
    "Argentina was originally the second favourite at 5-1, so it has slipped.",
    "Before the tournament began, Ortiz (7-1) was the favourite for the award.",
  ])("a price as it stood before is no forecast now: %s", (sentence) => {
    expect(read(piece(sentence))).toHaveLength(0);
  });
});

describe("a path seen with a verb's particle", () => {
  test("'see growth picking up in 2026'", () => {
    expect(read("We see growth picking up in 2026.").map((c) => c.band)).toEqual(["likely"]);
  });
});

describe("'expected' as an adjective before its noun", () => {
  test("describes, it does not forecast", () => {
    expect(read("The outlook is based on expected warm sea temperatures in the Atlantic.")).toEqual([]);
  });

  test("'is expected to' still forecasts", () => {
    expect(read("Profit is expected to rise.").map((c) => c.band)).toEqual(["likely"]);
  });
});
