// A runner's price after its name (extractor 15): in brackets or after "at", only where the text
// speaks of betting or of a field of contenders; and a percentage in brackets after a noun of chance.
import { expect, test } from "vitest";
import { readStatedProbability } from "./read-stated-probability";

const read = (text: string) => readStatedProbability({ text });

test.each([
  ["in brackets, among contenders", "Strong contenders are Norway (6-1) this year.", 0.142857, "6-1"],
  ["after “at”, one contender", "The next contender is Ghana at 8-1, even so.", 0.111111, "8-1"],
  ["an en dash, the favourite", "The favourite is Peru (5–2).", 0.285714, "5–2"],
  ["at the sentence's end", "Bookmakers list Chile at 10-1", 0.090909, "10-1"],
])("%s", (_why, text, probability, words) => {
  expect(read(text)).toMatchObject({ probability, words });
});

test.each([
  ["a score, with no word of betting", "Ghana beat Norway (6-1) at home."],
  ["a name in lower case before it", "The contenders are in group (6-1)."],
  ["a date-like pair inside a word", "Contenders met on 2023-11-04."],
])("no price: %s", (_why, text) => {
  expect(read(text)).toBeNull();
});

test("a percentage in brackets after a noun of chance", () => {
  expect(read("There is a higher probability of rain in June (75%).")).toMatchObject({ probability: 0.75, low: 0.75, high: 0.75 });
  // In brackets after a word that names no chance, it is a quantity.
  expect(read("Rainfall in June (75%) was below normal.")).toBeNull();
});
