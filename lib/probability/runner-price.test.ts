// A runner's price after its name (extractor 15): in brackets or after "at", only where the text
// speaks of betting itself; and a percentage in brackets after a noun of chance.
import { expect, test } from "vitest";
import { readStatedProbability } from "./read-stated-probability";

const read = (text: string) => readStatedProbability({ text });

test.each([
  ["in brackets, the bookmakers' field", "Bookmakers rate Norway (6-1) this year.", 0.142857, "6-1"],
  ["after “is at”, with the bookies", "Ghana is at 8-1 with the bookies.", 0.111111, "8-1"],
  ["an en dash, in the betting", "In the betting, Peru (5–2) lead.", 0.285714, "5–2"],
  ["after “at”, at the sentence's end", "The odds put Chile at 10-1", 0.090909, "10-1"],
])("%s", (_why, text, probability, words) => {
  expect(read(text)).toMatchObject({ probability, words });
});

test.each([
  ["a score among contenders", "Contenders for the title include Norway, who lost to Peru (0-2) last week."],
  ["a result of the favourites", "Title favourites Arsenal lost to Chelsea (2-1) on Saturday."],
  ["a draw “at 1-1”", "The favourite, Norway, drew with Peru at 1-1 in Lima."],
  ["a season, not a price", "Strong contenders this season include Leeds (2019-20 champions) and Burnley."],
  ["a nought, even among bookmakers", "Bookmakers saw Norway lose (0-2)."],
  ["a name in lower case before it", "The bookmakers are in group (6-1)."],
])("no price: %s", (_why, text) => {
  expect(read(text)).toBeNull();
});

test("a percentage in brackets after a noun of chance", () => {
  expect(read("There is a higher probability of rain in June (75%).")).toMatchObject({ probability: 0.75, low: 0.75, high: 0.75 });
  // In brackets after a word that names no chance, it is a quantity.
  expect(read("Rainfall in June (75%) was below normal.")).toBeNull();
});
