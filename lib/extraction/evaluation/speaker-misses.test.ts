import { describe, expect, test } from "vitest";
import type { Candidate } from "../extract-candidates";
import { splitSentences } from "../split-sentences";
import type { ArticleScore } from "./score-extraction";
import { placeOfName, speakerMisses } from "./speaker-misses";

const TEXT = [
  "Harbour Bank opened its books. Rates will fall in May.",
  "Prices will rise, Jo Hale said. The index will climb too.",
  "Later, Ada Moor joined the bank.",
].join("\n");
const sentences = splitSentences(TEXT);
const place = (quote: string, names: string[]) => placeOfName({ sentences, text: TEXT, at: TEXT.indexOf(quote), names });

describe("placeOfName", () => {
  test.each([
    ["Prices will rise", ["jo hale"], "same sentence"],
    ["Rates will fall", ["harbour bank"], "earlier in paragraph"],
    ["Prices will rise", ["index"], "later in paragraph"],
    ["Prices will rise", ["harbour bank"], "earlier paragraph"],
    ["Rates will fall", ["ada moor"], "later paragraph"],
    ["Rates will fall", ["nobody"], "not named"],
  ])("%s, named as %j: %s", (quote, names, expected) => {
    expect(place(quote, names)).toBe(expected);
  });

  test("the nearest place wins when a speaker is named more than once", () => {
    expect(place("The index will climb", ["jo hale", "ada moor"])).toBe("earlier in paragraph");
  });
});

describe("speakerMisses", () => {
  const candidate = (kind: Candidate["forecaster"]["kind"]) => ({ forecaster: { name: "x", kind } }) as Candidate;
  const label = (quote: string, speaker: string) => ({ quote, speaker, band: "likely" });
  const score: ArticleScore = {
    file: "a.txt",
    labels: 4,
    candidates: 4,
    missed: [],
    unmatched: [],
    found: [
      { label: label("Prices will rise", "Jo Hale"), candidate: candidate("OUTLET"), speakerRight: false, bandRight: true },
      { label: label("Rates will fall", "Ada Moor"), candidate: candidate("OUTLET"), speakerRight: false, bandRight: true },
      { label: label("The index will climb", "The Ledger"), candidate: candidate("PERSON"), speakerRight: false, bandRight: true },
      { label: label("Rates will fall", "Harbour Bank"), candidate: candidate("ORGANISATION"), speakerRight: true, bandRight: true },
    ],
  };

  test("counts only wrong speakers, by the kind given, whose speaker it was, and where that speaker is named", () => {
    const counts = speakerMisses({ articles: [{ text: TEXT, outlet: "The Ledger", score, aliases: { "Jo Hale": ["jo hale", "hale"] } }] });
    expect(Object.fromEntries(counts)).toEqual({
      "OUTLET for a named speaker, same sentence": 1,
      "OUTLET for a named speaker, later paragraph": 1,
      "PERSON for the outlet": 1,
    });
  });
});
