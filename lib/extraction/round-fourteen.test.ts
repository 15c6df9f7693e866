// The general rules of issue 9's fourteenth round, each on sentences written for this test (none
// from the corpus): a bookmaker named where the sentence begins, in apposition to the clause that
// sets its price, after its trade, or in lower case at the sentence's end; a list of American
// prices and a list of elided chances cut into one forecast per item; a name with a bracketed
// ticker is a body's; "the brokerage"; a body's view ("Acme's view is that …"); "wrote that … would".
import { describe, expect, test } from "vitest";
import { organisationKey } from "./attribution/organisation-key";
import type { Speaker } from "./attribution/speaker";
import { speakerFromSubject } from "./attribution/speaker-from-subject";
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

describe("a bookmaker named after its trade or in lower case", () => {
  test("'official betting partner northbet make Ada Moor a 9/4 shot' credits the bookmaker, and its next price too", () => {
    const text = "The race's official betting partner northbet make Ada Moor a 9/4 shot to win. Jo Hale is next in the betting at 4/1.";
    expect(who(text)).toEqual(["northbet", "northbet"]);
  });

  test("'Bookmaker Paddy Lane has made …' names the bookmaker; 'the bookmakers have made …' names none", () => {
    expect(who("The betting opened. Bookmaker Paddy Lane has made Ada Moor a 5/1 shot.")).toEqual(["Paddy Lane"]);
    expect(who("The betting opened. The bookmakers have made Ada Moor a 5/1 shot.")).toEqual(["Bookmakers (unnamed)"]);
  });

  test("a person who says the price gives it; a person who is the price is the runner", () => {
    const text = "The betting opened today. Jo Hale says Ada Moor is a 4/1 shot.";
    expect(extract(text).map((c) => c.forecaster)).toEqual([{ name: "Jo Hale", kind: "PERSON" }]);
  });

  test("'the 8/1 favourite for the Derby with northbet' names the bookmaker at the sentence's end", () => {
    expect(who("Punters have piled in. Ada Moor remains the 8/1 favourite for the Harbour Derby with northbet.")).toEqual(["northbet"]);
  });

  test("a lower-case word after 'with' inside the sentence is no bookmaker", () => {
    expect(who("Punters have piled in. Ada Moor remains the 8/1 favourite for the Harbour Derby with punters this week.")).toEqual(["The Test Ledger"]);
  });
});

describe("a list of chances with the noun elided is one forecast per item", () => {
  test("'a 6 per cent average probability for June, 30 per cent for July and 28 per cent for September'", () => {
    const text =
      "Economists were polled by the Test Ledger this week. Respondents gave a 6 per cent average probability for a hike in June, 30 per cent for July and 28 per cent for September.";
    expect(extract(text).map((c) => [c.quote, c.statedProbability])).toEqual([
      ["Respondents gave a 6 per cent average probability for a hike in June", 0.06],
      ["30 per cent for July", 0.3],
      ["and 28 per cent for September.", 0.28],
    ]);
  });

  test("a list of figures with no chance before it is not cut, so the speaker at the end still speaks", () => {
    const text = "Harbour Bank published its outlook. Unemployment will rise to 5 percent this year, 6 percent in 2026, said Harbour Bank.";
    expect(extract(text).map((c) => c.quote)).toEqual(["Unemployment will rise to 5 percent this year, 6 percent in 2026, said Harbour Bank."]);
  });
});

describe("bodies the text names in other ways", () => {
  test("a name with a ticker or acronym in brackets is a body's, and 'It sees' after it is that body's", () => {
    const text = "Vale Sims (VS) believes that copper prices should rise in the next few months. It sees copper averaging $9,000 a ton next quarter.";
    expect(extract(text).map((c) => c.forecaster)).toEqual([
      { name: "Vale Sims", kind: "ORGANISATION" },
      { name: "Vale Sims", kind: "ORGANISATION" },
    ]);
  });

  test("'The brokerage maintains that …' is the body named last", () => {
    const text = "Harbour Securities cut its copper forecast on Monday. The brokerage maintains that prices will fall next year.";
    expect(who(text)).toEqual(["Harbour Securities"]);
  });

  test.each([
    ["Harbour Research's view is that rates will fall in May.", "Harbour Research"],
    ["Harbour Research's initial thinking is that vendors could ship 10 million tablets in 2027.", "Harbour Research"],
    ["Harbour Research's base case is that rates will fall in May.", "Harbour Research"],
  ])("a body's view: %s", (text, name) => {
    expect(who(text)).toEqual([name]);
  });

  test("a body's one-word name is the body heard before under its organisation key", () => {
    const quorant = { name: "Quorant", kind: "ORGANISATION" } as const;
    const known = new Map<string, Speaker>([[organisationKey("Quorant"), quorant]]);
    expect(speakerFromSubject("Quorant's initial thinking", { name: "Jo Hale", kind: "PERSON" }, known)).toEqual(quorant);
    expect(speakerFromSubject("Quorant's initial thinking", null, new Map())).toBeNull();
  });

  test("'X wrote that … would …' with a date is X's forecast, as 'said that … would' is", () => {
    const text = "In a note on Friday, Harbour Bank (HB) wrote that copper prices would average $9,000 a ton next year.";
    expect(extract(text).map((c) => [c.forecaster.name, c.band])).toEqual([["Harbour Bank", "very-likely"]]);
  });

  test("'wrote that … would' with no date or number is reported past, not a forecast", () => {
    expect(extract("Harbour Bank wrote that copper prices would be volatile.")).toEqual([]);
  });
});

describe("the clause's own hedge wins over the verb in the third person that frames it", () => {
  test.each([
    ["Harbour Bank predicts rates could fall in May.", "could"],
    ["Harbour Bank forecasts prices might rise next year.", "might"],
    ["Harbour Bank projects that output may shrink in 2027.", "may"],
  ])("%s", (text, hedge) => {
    expect(extract(text).map((c) => [c.band, c.phrase])).toEqual([["roughly-even", hedge]]);
  });

  test("with no hedge of its own the verb governs a bare will", () => {
    expect(extract("Harbour Bank predicts prices will rise next year.").map((c) => c.band)).toEqual(["likely"]);
  });
});

describe("sentence shapes that cut a forecast or hid its speaker", () => {
  test("a few quoted lower-case words that end the sentence, full stop inside, stay part of the forecast", () => {
    const text = "Jo Hale, a former envoy, noted that the coalition holds a majority and is certain to “win the vote.”";
    const [c] = extract(text);
    expect(c.quote).toContain("is certain to “win the vote.");
    expect(c.forecaster.name).toBe("Jo Hale");
  });

  test("a quoted sentence of its own is still cut off from the writer's words", () => {
    const found = extract("Jo Hale spoke on Monday. “Rates will fall,” she said, and the bank may cut in May.");
    expect(found.map((c) => c.quote)).toEqual(["Rates will fall", "she said, and the bank may cut in May."]);
  });

  test.each([
    // Words after it that do not start a new sentence: a quotation of its own, cut off.
    ["Jo Hale said the bill is “certain to fail.” according to the minutes.", [["certain to fail.", "almost-certain"]]],
    // A capitalised quotation is a sentence of its own, though words stand before it.
    ["The minister said “We will win.” Nobody disagreed.", [["We will win.", "very-likely"]]],
  ])("quoted words with their own stop are a quotation of their own unless they end the writer's sentence: %s", (text, expected) => {
    expect(extract(text).map((c) => [c.quote, c.band])).toEqual(expected);
  });

  test("'a former U.S. ambassador' in the appositive does not end the subject's clause", () => {
    const text = "Jo Hale, a former U.S. ambassador to Chile, noted that the coalition is certain to win the vote.";
    expect(who(text)).toEqual(["Jo Hale"]);
  });

  test("an aside between typed dashes governs neither the main clause's hedge nor who said it", () => {
    const text = "Jo Hale spoke on Friday. She said this year's flu season -- which is expected to last until April -- won't be severe.";
    expect(extract(text).map((c) => [c.forecaster.name, c.phrase, c.band])).toEqual([["Jo Hale", "won't", "very-unlikely"]]);
  });

  test("'But he cautioned that …' is the person the sentence before named", () => {
    const text = "Jo Hale spoke on Friday. But he cautioned that the flu season won't be severe.";
    expect(who(text)).toEqual(["Jo Hale"]);
  });
});

describe("lists of chances and prices cut per item", () => {
  test("'in June (75%) and then July (55%)': each bracketed chance is its own forecast", () => {
    const text = "Rain will be scarce, said Jo Hale. She sees a higher probability of a dry spell in June (75%) and then July (55%), the key months.";
    expect(extract(text).map((c) => [c.quote, c.statedProbability ?? null])).toEqual([
      ["Rain will be scarce, said Jo Hale.", null],
      ["She sees a higher probability of a dry spell in June (75%)", 0.75],
      ["and then July (55%), the key months.", 0.55],
    ]);
  });

  test("a bracketed chance after a worded hedge still opens a list ('most likely … (8.9%) and Cobras (6.3%)')", () => {
    const text = "The Hawks are the most likely winners, ahead of the Lions (8.9%) and the Cobras (6.3%) among the rest.";
    expect(extract(text).map((c) => c.statedProbability ?? c.band)).toEqual(["likely", 0.063]);
  });

  test.each([
    "The Hawks are the most likely winners, ahead of the Lions (18%) and the Cobras (16%) among the rest.",
    "The Hawks are the most likely winners, ahead of the Lions (18.25%) and the Cobras (16%) among the rest.",
    "The Hawks are the most likely winners, ahead of the Lions (18 %) and the Cobras (16%) among the rest.",
  ])("any bracketed percentage ends a list item after a worded hedge: %s", (text) => {
    expect(extract(text).map((c) => c.statedProbability ?? c.band)).toEqual(["likely", 0.16]);
  });

  test("'…, while in the west the odds rise to 65pc' is a second place's chance", () => {
    const text = "The east has a 60pc chance of a wet spring, while in the far west the odds rise to 65pc.";
    expect(extract(text).map((c) => c.statedProbability)).toEqual([0.6, 0.65]);
  });

  test("'…, meaning there is a 10 percent chance it will not form' is the other side's chance; a restatement is not cut", () => {
    const other = "Forecasters give the storm a 90 percent chance of forming, meaning there is a 10 percent chance it will not form.";
    expect(extract(other).map((c) => c.statedProbability)).toEqual([0.9, 0.1]);
    const same = "The team's odds are roughly 3-1, meaning it has about a 25 percent chance of winning.";
    expect(extract(same)).toHaveLength(1);
  });

  test("'…, while Jo Hale can be backed at 10s' is a second price, the same bookmaker's", () => {
    const text = "Ada Moor is 11-4 with BetNorth. Further down the market, Kim Lutz is 12-1, while Jo Hale can be backed at 10s.";
    expect(extract(text).map((c) => [c.forecaster.name, c.statedProbability])).toEqual([
      ["BetNorth", expect.closeTo(4 / 15, 5)],
      ["BetNorth", expect.closeTo(1 / 13, 5)],
      ["BetNorth", expect.closeTo(1 / 11, 5)],
    ]);
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
