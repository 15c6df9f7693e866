import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { numberValue, readStatedProbability } from "./read-stated-probability";

const read = (text: string) => readStatedProbability({ text });

describe("readStatedProbability", () => {
  test.each([
    ["The bank puts the odds at 70 percent that rates fall in June.", 0.7],
    ["Both challengers each have a 4 percent chance of winning.", 0.04],
    ["There is only a ten percent chance the vote will produce a majority.", 0.1],
    ["A hung parliament is the most likely result, with a 30 percent chance.", 0.3],
    ["Traders see a 70% chance of a cut.", 0.7],
    ["She gives it a seventy per cent chance.", 0.7],
    ["Analysts give the bill a seventy-five percent probability of passing.", 0.75],
    ["The probability of a default is 20% this year.", 0.2],
    ["He is 90 percent sure the deal will close.", 0.9],
    ["The model gives a 12.5 per cent likelihood of a recession.", 0.125],
    ["There is a one in three chance of snow.", 1 / 3],
    ["The odds are one in four that the mission fails.", 0.25],
    ["A 1-in-5 chance of rain tomorrow.", 0.2],
    ["Bookmakers offer 3-to-1 odds against a home win.", 0.25],
    ["The favourite is at odds of 2 to 1 on.", 2 / 3],
    ["It is a 10-1 shot.", 1 / 11],
    ["Whether the talks succeed is a coin flip.", 0.5],
    ["The race is fifty-fifty at best.", 0.5],
    ["Markets price even odds of a hike.", 0.5],
    ["It's a 50-50 call.", 0.5],
    ["Bookmakers rate the veteran a 6-1 outsider.", 1 / 7],
    ["The 5-2 favourite starts from pole.", 2 / 7],
    ["The hosts are 7-4 to win, the bookies say.", 4 / 11],
  ])("%s → %d", (text, probability) => {
    expect(read(text)?.probability).toBeCloseTo(probability, 6);
  });

  test("a range gives its midpoint, with its ends as low and high", () => {
    expect(read("a 20 to 30 percent chance of a strike")).toMatchObject({ probability: 0.25, low: 0.2, high: 0.3 });
    expect(read("the odds at between 40% and 60%")).toMatchObject({ probability: 0.5, low: 0.4, high: 0.6 });
    expect(read("a 20-30 per cent chance")).toMatchObject({ probability: 0.25, low: 0.2, high: 0.3 });
  });

  test("'less than' and 'more than' keep the number and open the range on their side", () => {
    expect(read("less than 10 percent chance of success")).toMatchObject({ probability: 0.1, low: 0, high: 0.1 });
    expect(read("more than a 60 percent chance")?.probability).toBe(0.6); // "more than a …" speaks of the chance, not its size
    expect(read("at least 60 percent chance it passes")).toMatchObject({ probability: 0.6, low: 0.6, high: 1 });
  });

  test("the words and their place are those of the text", () => {
    const text = "Goldman puts the odds at 70 percent, up from 50.";
    const found = read(text)!;
    expect(text.slice(found.start, found.end)).toBe(found.words);
    expect(found.words).toBe("odds at 70 percent");
  });

  test.each([
    "Inflation rose 3 percent last year.",
    "Seventy per cent of voters backed the plan.",
    "One in three adults smokes.",
    "The index fell 2.5% on Monday.",
    "Turnout was 60 percent, the chance of a lifetime for the party.",
    "Someone in three words said it.",
    "Unemployment stands at 4 percent.",
    "The hosts won 2-1 to reach the final.",
    "They are 2-1 to the good.",
    "The risk premium on bonds rose to 3 percent.",
    "Banks cut their 5 percent risk weighting on mortgages.",
    "The plan gives the economy a chance of 3 percent growth.",
    "Her chances improved as she won 40 percent of the vote.",
  ])("no probability in %s", (text) => {
    expect(read(text)).toBeNull();
  });

  test("the first stated number wins when there are several", () => {
    expect(read("a 30 percent chance of a cut in June and a 60 percent chance by July")?.probability).toBe(0.3);
  });

  test("number words read as numbers", () => {
    expect(numberValue("seventy-five")).toBe(75);
    expect(numberValue("twenty one")).toBe(21);
    expect(numberValue("a hundred")).toBe(100);
    expect(numberValue("nineteen")).toBe(19);
    expect(numberValue("1,000")).toBe(1000);
  });

  test("any whole percentage with a chance after it reads back as itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom("%", " percent", " per cent"),
        fc.constantFrom("chance", "probability", "risk"),
        (n, unit, noun) => {
          const found = read(`Analysts see a ${n}${unit} ${noun} of a recession.`);
          expect(found?.probability).toBeCloseTo(n / 100, 6);
          expect(found?.low).toBeLessThanOrEqual(found!.probability);
          expect(found?.high).toBeGreaterThanOrEqual(found!.probability);
        },
      ),
    );
  });

  test("a range's midpoint lies between its ends, and within [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const found = read(`a ${lo} to ${hi} percent chance`)!;
        expect(found.low).toBeCloseTo(lo / 100, 6);
        expect(found.high).toBeCloseTo(hi / 100, 6);
        expect(found.probability).toBeGreaterThanOrEqual(found.low);
        expect(found.probability).toBeLessThanOrEqual(found.high);
      }),
    );
  });

  test("never throws and never reads a number outside [0, 1], whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const found = read(text);
        if (found) {
          expect(found.probability).toBeGreaterThanOrEqual(0);
          expect(found.probability).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  test("a percentage over 100 is no probability", () => {
    expect(read("a 150 percent chance")).toBeNull();
  });
});

describe("readStatedProbability: which number, and its exact reading", () => {
  test("the earliest stated number wins, whatever its form", () => {
    expect(read("It is a coin flip now, and a 30 percent chance later.")).toMatchObject({ probability: 0.5, words: "a coin flip" });
    expect(read("a 30 percent chance of a cut, and a coin flip on a hike")?.probability).toBe(0.3);
  });

  test("a range of percentages after 'odds' is a range, not betting odds", () => {
    expect(read("Traders put the odds at 20-30 percent.")).toMatchObject({ probability: 0.25, low: 0.2, high: 0.3 });
  });

  test("a range that runs backwards is not read", () => {
    expect(read("a 30 to 20 percent chance of a strike")).toBeNull();
    expect(read("a twenty-ten percent chance")).toBeNull();
  });

  test("a range of number words joined by a hyphen", () => {
    expect(read("a ten-fifteen percent chance of a strike")).toMatchObject({ probability: 0.125, low: 0.1, high: 0.15 });
  });

  test("'per cent' alone, with no other word of chance, is enough", () => {
    expect(read("She is ninety per cent certain the bill passes.")?.probability).toBe(0.9);
  });

  test("odds are one number: no open end on either side", () => {
    expect(read("Bookmakers offer 3-to-1 odds against a home win.")).toMatchObject({ probability: 0.25, low: 0.25, high: 0.25 });
    expect(read("The favourite is at odds of 2 to 1 on.")).toMatchObject({ low: 0.666667, high: 0.666667 });
  });

  test("odds of nothing to nothing, and one in none, are no chance", () => {
    expect(read("Bookmakers offer 0-to-0 odds.")).toBeNull();
    expect(read("a one in zero chance")).toBeNull();
  });

  test("an even chance keeps its article in its words, however it is spaced", () => {
    expect(read("It is a  coin flip.")).toMatchObject({ words: "a  coin flip", start: 6 });
    expect(read("Markets price even  odds of a hike.")).toMatchObject({ probability: 0.5, words: "even  odds" });
  });
});

describe("readStatedProbability: a bookmaker's price", () => {
  test.each([
    ["Bookmakers have the favourite at 11/10.", 10 / 21],
    ["Bookmakers priced the outsider at 20/1.", 1 / 21],
    ["The betting: Ladbrokes 33/1, Coral 25/1.", 1 / 34],
    ["The betting: Ladbrokes, 33/1.", 1 / 34],
    ["Bookmakers have the favourite (5/2) ahead of the rest.", 2 / 7],
    ["One bookmaker has Smith at 5/1.", 1 / 6],
    ["A punter backed Smith at 5/1.", 1 / 6],
  ])("%s → %d", (text, probability) => {
    expect(read(text)?.probability).toBeCloseTo(probability, 6);
  });

  test.each(["Punters can bet 24/7 with online bookmakers.", "Bookmakers have the favourite at 11/10/2024."])("no price in %s", (text) => {
    expect(read(text)).toBeNull();
  });
});

describe("numberValue", () => {
  test("double spaces inside a number word are still one number", () => {
    expect(numberValue("one  hundred")).toBe(100);
  });

  test.each(["nearly a hundred", "a hundred and five", "six seven", "-5", "+5", ".5"])("%s is no number it reads", (text) => {
    expect(numberValue(text)).toBeNaN();
  });
});
