// A list of chances under a heading that introduces them. Sentences written for this test.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";
import { listedChances } from "./listed-chances";
import { splitParagraphs } from "./split-sentences";

const outlet = { name: "The Test Ledger", kind: "OUTLET" as const };
const list = (text: string) => listedChances({ paragraphs: splitParagraphs(text), outlet });

const article = [
  "The Harbour Weather Institute's probabilities for a major storm making landfall in 2027 are:",
  "",
  "• Entire coastline – 64 percent (the average is 52 percent)",
  "",
  "• Gulf coast – 38 percent",
  "",
  "Residents should prepare as they do every year.",
  "",
  "• Northern islands – 20 percent",
].join("\n");

describe("listedChances", () => {
  test("each item under the heading states its chance, credited to the body the heading names", () => {
    expect(list(article).map((c) => [article.slice(c.start, c.end), c.forecaster.name, c.probability, c.band])).toEqual([
      ["• Entire coastline – 64 percent", "Harbour Weather Institute", 0.64, "likely"],
      ["• Gulf coast – 38 percent", "Harbour Weather Institute", 0.38, "unlikely"],
    ]);
  });

  test("a heading that names no chance, or no body, gives no list or the outlet's", () => {
    expect(list("The teams to watch are:\n\n• Harbour – 64 percent")).toEqual([]);
    expect(list("The chances of a storm by region are:\n• Coast – 64 percent")[0].forecaster).toEqual(outlet);
  });

  test("a share over a hundred is no chance", () => {
    expect(list("The chances of a storm by region are:\n• Coast – 164 percent")).toEqual([]);
  });

  test("the assistant proposes the items as stated chances", () => {
    const found = extractCandidates({ text: article, outlet: "The Test Ledger" }).filter((c) => c.quote.startsWith("•"));
    expect(found.map((c) => [c.forecaster.name, c.statedProbability, c.probabilitySource])).toEqual([
      ["Harbour Weather Institute", 0.64, "STATED"],
      ["Harbour Weather Institute", 0.38, "STATED"],
    ]);
  });
});
