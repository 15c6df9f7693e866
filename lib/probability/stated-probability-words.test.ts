// Every word and form the stated-number reader knows, one readable example each: number words,
// units, qualifiers, nouns of chance, the words that make a percentage something else, odds
// and their sides, and the ways of saying "even".
import { describe, expect, test } from "vitest";
import { numberValue, readStatedProbability } from "./read-stated-probability";

const read = (text: string) => readStatedProbability({ text });

describe("numberValue", () => {
  test.each([
    ["zero", 0],
    ["one", 1],
    ["two", 2],
    ["three", 3],
    ["four", 4],
    ["five", 5],
    ["six", 6],
    ["seven", 7],
    ["eight", 8],
    ["nine", 9],
    ["ten", 10],
    ["eleven", 11],
    ["twelve", 12],
    ["thirteen", 13],
    ["fourteen", 14],
    ["fifteen", 15],
    ["sixteen", 16],
    ["seventeen", 17],
    ["eighteen", 18],
    ["nineteen", 19],
    ["twenty", 20],
    ["thirty", 30],
    ["forty", 40],
    ["fifty", 50],
    ["sixty", 60],
    ["seventy", 70],
    ["eighty", 80],
    ["ninety", 90],
    ["forty-two", 42],
    ["sixty three", 63],
    ["Eighty-Nine", 89],
    ["a hundred", 100],
    ["one hundred", 100],
    ["a thousand", 1000],
    ["one million", 1e6],
    ["12.5", 12.5],
    ["1,000,000", 1e6],
    [" 7 ", 7],
  ])("%s is %s", (text, value) => {
    expect(numberValue(text)).toBe(value);
  });

  test.each(["", "lots", "hundred", "a dozen"])("%j is no number", (text) => {
    expect(numberValue(text)).toBeNaN();
  });
});

describe("a percentage with a chance", () => {
  test.each([
    ["a zero percent chance of rain", 0],
    ["a five percent chance of rain", 0.05],
    ["a fifteen percent chance of rain", 0.15],
    ["an eighty-two percent chance of rain", 0.82],
    ["a one hundred percent chance of rain", 1],
    ["a 40% chance", 0.4],
    ["a 40 % chance", 0.4],
    ["a 40 percent chance", 0.4],
    ["a 40 per cent chance", 0.4],
    ["a 40 percent chance", 0.4],
    ["a 40 pct chance", 0.4],
    ["a 40 percent “chance”", 0.4],
  ])("%s → %s", (text, p) => {
    expect(read(text)?.probability).toBeCloseTo(p, 9);
  });

  test.each([
    ["chance", "a 35% chance of a cut"],
    ["chances", "35% chances of a cut"],
    ["probability", "a 35% probability of a cut"],
    ["likelihood", "a 35% likelihood of a cut"],
    ["odds", "35% odds of a cut"],
    ["risk", "a 35% risk of a cut"],
    ["possibility", "a 35% possibility of a cut"],
    ["likely", "a cut is 35% likely"],
    ["certain", "they are 35% certain of a cut"],
    ["sure", "they are 35% sure of a cut"],
    ["confident", "they are 35% confident of a cut"],
    ["probable", "a cut is 35% probable"],
  ])("the noun or adjective %s", (_word, text) => {
    expect(read(text)?.probability).toBe(0.35);
  });

  test.each(["premium", "premiums", "premia", "weight", "weights", "weighting", "assets", "appetite", "free", "management", "ratio"])(
    "a 5%% risk %s is no chance",
    (word) => {
      expect(read(`a 5% risk ${word} was agreed`)).toBeNull();
    },
  );

  test("a noun of chance needs a word boundary: 'riskiness' is not 'risk'", () => {
    expect(read("a 5% riskiness")).toBeNull();
    expect(read("a 5% chanceless bet")).toBeNull();
  });
});

describe("qualifiers", () => {
  test.each(["less than", "under", "below", "fewer than", "at most", "no more than", "up to"])("%s opens the range below", (q) => {
    expect(read(`${q} 10 percent chance of success`)).toMatchObject({ probability: 0.1, low: 0, high: 0.1 });
  });

  test.each(["more than", "over", "above", "at least", "better than", "no less than", "upwards of"])("%s opens the range above", (q) => {
    expect(read(`${q} 60 percent chance it passes`)).toMatchObject({ probability: 0.6, low: 0.6, high: 1 });
  });

  test.each([
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "just",
    "only",
    "barely",
    "as high as",
    "as low as",
    "as much as",
    "as little as",
  ])("%s keeps the number as it is", (q) => {
    const found = read(`${q} 60 percent chance it passes`)!;
    expect(found).toMatchObject({ probability: 0.6, low: 0.6, high: 0.6 });
    expect(found.words).toBe(`${q} 60 percent chance`);
  });
});

describe("the noun first", () => {
  test.each([
    ["at", "puts the odds at 70 percent"],
    ["is", "the probability is 70 percent"],
    ["are", "the odds are 70 percent"],
    ["was", "the likelihood was 70 percent"],
    ["were", "the chances were 70 percent"],
    ["be", "the chance could be 70 percent"],
    ["of", "a probability of 70 percent"],
    ["to", "raised the odds to 70 percent"],
    ["around", "the chance around 70 percent"],
    ["about", "the odds about 70 percent"],
    ["near", "the odds near 70 percent"],
  ])("joined by %s", (_word, text) => {
    expect(read(text)?.probability).toBe(0.7);
  });

  test("a qualifier between the verb and the number", () => {
    expect(read("the odds are below 20 percent")).toMatchObject({ probability: 0.2, low: 0, high: 0.2 });
  });

  test.each([
    "rate",
    "rates",
    "price",
    "prices",
    "inflation",
    "growth",
    "unemployment",
    "yield",
    "yields",
    "level",
    "levels",
    "target",
    "targets",
    "tax",
    "taxes",
    "tariff",
    "tariffs",
    "share",
    "shares",
    "margin",
    "margins",
  ])("the chance that %s is at a number speaks of the %s, not the chance", (word) => {
    expect(read(`the chance the ${word} is 5 percent`)).toBeNull();
  });

  test.each([
    "growth",
    "inflation",
    "rise",
    "increase",
    "decline",
    "drop",
    "fall",
    "cut",
    "gain",
    "loss",
    "rate",
    "return",
    "yield",
    "unemployment",
    "interest",
    "of the vote",
    "of votes",
    "of the seats",
    "of GDP",
    "of the market",
  ])("a number followed by %s is a quantity, not a chance", (after) => {
    expect(read(`the odds of 5 percent ${after}`)).toBeNull();
  });

  test("the noun and the number stay within a clause, and within 140 characters (a that-clause with a long name fits)", () => {
    expect(read("the odds moved; it is 70 percent done")).toBeNull();
    expect(read("the odds moved! it is 70 percent done")).toBeNull();
    expect(read(`the odds, ${"x".repeat(160)} are 70 percent`)).toBeNull();
    expect(read(`the odds, ${"x".repeat(130)} are 70 percent`)?.probability).toBe(0.7);
    const long =
      "the probability that the average temperature for December-January-February will fall into the coldest of our five groups is around 5 per cent";
    expect(read(long)?.probability).toBe(0.05);
    expect(read("the odds, e.g. as polls have them, are 70 percent")?.probability).toBe(0.7);
  });
});

describe("fractions", () => {
  test.each([
    ["a one in three chance", 1 / 3],
    ["a 1-in-5 chance", 0.2],
    ["one in ten odds", 0.1],
    ["less than a one in four chance", 0.25],
    ["the risk is one in twenty", 0.05],
    ["the chance of it is about one in five", 0.2],
  ])("%s → %s", (text, p) => {
    expect(read(text)?.probability).toBeCloseTo(p, 6);
  });

  test("below and above open the range", () => {
    expect(read("less than a one in four chance")).toMatchObject({ low: 0, high: 0.25 });
    expect(read("better than a one in four chance")).toMatchObject({ low: 0.25, high: 1 });
  });

  test("a fraction of nothing, or more than the whole, is no chance", () => {
    expect(read("a one in zero chance")).toBeNull();
    expect(read("a five in four chance")).toBeNull();
  });
});

describe("odds", () => {
  test.each([
    ["3-to-1 odds", 0.25],
    ["3 to 1 odds against", 0.25],
    ["3:1 odds", 0.25],
    ["3-1 odds", 0.25],
    ["a 10-1 shot", 1 / 11],
    ["3-to-1 odds on", 0.75],
    ["3-to-1 odds in favour", 0.75],
    ["3-to-1 odds in favor", 0.75],
    ["odds of 4 to 1", 0.2],
    ["odds at 4 to 1 on", 0.8],
    ["odds are 4-1 against", 0.2],
    ["odds 4:1 in favour", 0.8],
    ["odds of five to one", 1 / 6],
  ])("%s → %s", (text, p) => {
    expect(read(text)?.probability).toBeCloseTo(p, 6);
  });

  test("0-to-0 odds say nothing", () => {
    expect(read("0-to-0 odds")).toBeNull();
  });
});

describe("even chances", () => {
  test.each([
    "a coin flip",
    "a coin-flip",
    "a coin toss",
    "even odds",
    "an even chance",
    "even money",
    "fifty-fifty",
    "fifty fifty",
    "50-50",
    "50/50",
    "a toss-up",
    "a toss up",
  ])("%s is one half", (words) => {
    expect(read(`It is ${words}.`)).toMatchObject({ probability: 0.5, low: 0.5, high: 0.5 });
  });

  test("a text without any word of chance is passed over", () => {
    expect(read("The minister spoke at length about roads.")).toBeNull();
  });
});

describe("a chance whose event is long", () => {
  test("'one in 63,000' a hundred characters after its noun is still the chance of that event", () => {
    const text = "The chances of a newly found comet actually striking the Moon when it comes back around in 20 years is estimated to be one in 63,000.";
    expect(read(text)?.probability).toBeCloseTo(1 / 63000, 6);
    expect(read("The likelihood of the bridge being finished when the new owners take over next spring is put at one in 4.")?.probability).toBe(0.25);
    const part = "The probability of the deal surviving until the elections next autumn and the long count after them is about one third.";
    expect(read(part)?.probability).toBeCloseTo(1 / 3, 6);
  });
});

describe("a chance that moved", () => {
  test.each([
    ["Her chances dropped from 64.8% to 60%, the model says.", 0.6],
    ["The odds of a cut slipped from 20 per cent to about 15 per cent.", 0.15],
    ["The probability of rain has fallen from 40% to 20-30%.", 0.25],
  ])("%s", (text, p) => {
    expect(read(text)?.probability).toBeCloseTo(p, 6);
  });
});
