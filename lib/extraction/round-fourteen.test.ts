// The general rules of issue 9's fourteenth round, each on sentences written for this test (none
// from the corpus): a bookmaker named where the sentence begins or in apposition to the clause
// that sets its price, and a list of American prices cut into one forecast per runner.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("whose price a betting piece quotes", () => {
  test("'At the Harbour Sportsbook …' names the bookmaker, and its later prices stay its own", () => {
    const text =
      "Bettors have plenty to choose from this week. At the Harbour Sportsbook the favourite is Lena Fisk at +250. She is followed by Ada Moor at +400.";
    expect(who(text)).toEqual(["Harbour Sportsbook", "Harbour Sportsbook"]);
  });

  test("'With BetNorth, …' is a bookmaker by its name; 'At Wimbledon' is a place, and the price stays the writer's", () => {
    expect(who("The betting has moved. With BetNorth the favourite is Lena Fisk at +600.")).toEqual(["BetNorth"]);
    expect(who("The betting has moved. At Wimbledon the favourite is Lena Fisk at +600.")).toEqual(["The Test Ledger"]);
  });

  test("'Carter Rowe, who have set odds of 9/2 on …' is the bookmaker that sets the price, after an opening 'But'", () => {
    const text = "Punters have backed a dry spring. But Carter Rowe, who have set odds of 9/2 on a flood in April, said few bets had come in.";
    const [price] = extract(text);
    expect(price.forecaster).toEqual({ name: "Carter Rowe", kind: "ORGANISATION" });
    expect(price.statedProbability).toBeCloseTo(2 / 11, 5);
  });

  test("a relative clause that does not set the price leaves the speaker to the other rules (here the one who said it)", () => {
    const text = "Punters have backed a dry spring. Carter Rowe, who have taken many bets, said a flood in April is a 9/2 shot.";
    expect(extract(text).map((c) => c.forecaster)).toEqual([{ name: "Carter Rowe", kind: "PERSON" }]);
  });
});

describe("a list of American prices is one forecast per runner", () => {
  test("'Ada Moor at +350, Jo Hale at +400, and Kim Lutz at +600' gives three prices", () => {
    const text = "The betting opened today. Next on the odds board are Ada Moor at +350, Jo Hale at +400, and Kim Lutz at +600.";
    const found = extract(text);
    expect(found.map((c) => c.quote)).toEqual(["Next on the odds board are Ada Moor at +350", "Jo Hale at +400", "and Kim Lutz at +600."]);
    expect(found.map((c) => c.statedProbability)).toEqual([expect.closeTo(100 / 450, 5), expect.closeTo(0.2, 5), expect.closeTo(100 / 700, 5)]);
  });
});
