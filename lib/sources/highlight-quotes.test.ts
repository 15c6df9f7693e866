import { expect, test } from "vitest";
import { highlightQuotes } from "./highlight-quotes";

test("marks each quoted span and keeps the rest of the text as it is", () => {
  expect(highlightQuotes("They said it is unlikely. Others disagreed.", ["it is unlikely"])).toEqual([
    [
      { text: "They said ", quoted: false },
      { text: "it is unlikely", quoted: true },
      { text: ". Others disagreed.", quoted: false },
    ],
  ]);
});

test("splits paragraphs on line breaks, drops blank lines, and merges overlapping quotes", () => {
  const result = highlightQuotes("First line.\n\nabc def ghi", ["abc def", "def ghi"]);
  expect(result).toEqual([[{ text: "First line.", quoted: false }], [{ text: "abc def ghi", quoted: true }]]);
});

test("a quote that is not in the text marks nothing", () => {
  expect(highlightQuotes("Plain.", ["missing"])).toEqual([[{ text: "Plain.", quoted: false }]]);
});
