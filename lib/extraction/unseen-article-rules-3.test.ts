// The general rules of issue 9's third round, each on sentences written for this test (none
// from the corpus): verbs of belief that govern a will, reported futures, coreference by role,
// the subjects of verbs that give a chance, and betting odds written with a hyphen.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
const bands = (text: string) => extract(text).map((c) => c.band);

describe("the governing hedge", () => {
  test("believe, think and suggest govern a bare will as likely, and their subject speaks", () => {
    const believe = extract("Grain traders believe the harvest will beat last year's record.");
    expect(believe).toMatchObject([{ band: "likely", forecaster: { name: "Grain traders (unnamed)" } }]);
    expect(bands("The early counts suggest the mayor will keep her seat.")).toEqual(["likely"]);
    expect(who("Most bettors think the favourite will win the cup.")).toEqual(["Bettors (unnamed)"]);
  });
});
