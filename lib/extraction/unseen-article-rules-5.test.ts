// The general rules of issue 9's seventh round (extractor version 14), each on sentences written
// for this test (none from the corpus): a quotation's speaker over the sentences the quotation
// runs on, and the writer's own next sentence still the outlet's; a person as the subject of the
// sentence before a quotation; an inverted "said Hale, who …"; a sentence with no forecast naming
// who a later "she" is; a leading "whereas"; a plural noun that looks like a reporting verb;
// "bet that"; a second percentage after "%"; runs of spaces inside a line.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";
import { squeezeSpaces } from "./squeeze-spaces";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("a quotation's sentences are its speaker's; the writer's next sentence is not", () => {
  test("the quoted sentences after an inverted attribution are the person's", () => {
    const article = "“Ferry fares are climbing,” said Odile Varga, a planner at the Harbour Board. “They could double by spring. A strike is likely in May.”";
    expect(who(article)).toEqual(["Odile Varga", "Odile Varga"]);
  });

  test("a quotation that opens in one sentence and runs on through the next is one speaker's", () => {
    const article = "Odile Varga, a planner at the Harbour Board, said: “Ferry fares will rise this winter. A strike is likely in May.”";
    expect(who(article)).toEqual(["Odile Varga", "Odile Varga"]);
  });

  test("an unquoted sentence after the quotation is the writer's own", () => {
    const article = "“Ferry fares could double by spring,” said Odile Varga, a planner at the Harbour Board. A strike is likely in May.";
    expect(who(article)).toEqual(["Odile Varga", "The Test Ledger"]);
  });

  test("after a person's reported claim, a pronoun subject of a reporting verb is that person; an unquoted plain sentence is the writer's", () => {
    expect(who("Odile Varga said the ferry would run late. She added that fares are likely to climb.")).toEqual(["Odile Varga"]);
    expect(who("Odile Varga said the ferry would likely run late. Fares are likely to climb.")).toEqual(["Odile Varga", "The Test Ledger"]);
  });
});

describe("who speaks a quotation with no attribution of its own", () => {
  test("the person who is the subject of the sentence or clause right before it", () => {
    expect(who("Odile Varga, a planner at the Harbour Board, was blunt. “Fares could double by spring.”")).toEqual(["Odile Varga"]);
    expect(who("Odile Varga, a planner at the Harbour Board, was blunt: “Fares could double by spring.”")).toEqual(["Odile Varga"]);
  });

  test("not a body, and not when the sentence before opens on no name", () => {
    expect(who("The Harbour Board was blunt. “Fares could double by spring.”")).toEqual(["The Test Ledger"]);
    expect(who("Fares went up twice last year. “They could double by spring.”")).toEqual(["The Test Ledger"]);
  });

  test("“said Varga, who …”, “Varga, 61, said”: a lone capitalised word described as a person is a name", () => {
    expect(who("“Fares could double by spring,” said Varga, who plans routes for the Harbour Board.")).toEqual(["Varga"]);
    expect(who("“Fares could double by spring,” Varga, 61, said at the quay.")).toEqual(["Varga"]);
    // A lone word with nothing that describes a person stays unknown.
    expect(who("“Fares could double by spring,” said Halvard.")).toEqual(["The Test Ledger"]);
  });
});

describe("subjects", () => {
  test("a leading “whereas” is no part of the group, and its subject does not speak for the main clause", () => {
    expect(who("Ticket sales are flat, whereas planners believe fares will climb.")).toEqual(["Planners (unnamed)"]);
    expect(who("Whereas Odile Varga believes fares will climb, the ferry may run at a loss.")).toEqual(["Odile Varga", "The Test Ledger"]);
  });

  test("a capitalised plural noun before its own verb is no person: “Fare forecasts for … are likely …”", () => {
    expect(who("Fare forecasts for the winter are likely to be raised.")).toEqual(["The Test Ledger"]);
    expect(who("Tonnage estimates were likely to fall.")).toEqual(["The Test Ledger"]);
    // The verb with a clause after it still names its subject.
    expect(who("Varga forecasts that fares will probably climb.")).toEqual(["Varga"]);
  });

  test("“bet that” in the simple present or past names its subject; “a bet that” is a noun", () => {
    expect(who("Grain traders bet that wheat prices will ease.")).toEqual(["Grain traders (unnamed)"]);
    expect(who("The fund placed a bet that wheat prices will ease.")).toEqual(["The Test Ledger"]);
  });
});

describe("numbers", () => {
  test("a second percentage after “%” is read as the first one's next item", () => {
    const [first, second] = extract("Forecasters put the odds of snow at 30% this week and 45% next week.");
    expect(first).toMatchObject({ statedProbability: 0.3, forecaster: { name: "Forecasters (unnamed)" } });
    expect(second).toMatchObject({ statedProbability: 0.45, forecaster: { name: "Forecasters (unnamed)" } });
    // A range stays one reading.
    expect(extract("Forecasters put the odds of snow at 30% and 45% next week.").map((c) => c.statedProbability)).toEqual([0.375]);
  });

  test("runs of spaces or a tab inside a line do not hide a stated number or a bookmaker's price; quotes stay verbatim", () => {
    const text = "Intro line.\n\nThe board sees a 35  percent chance of a strike.\tBookies have the union at  4/1 to win.";
    const found = extract(text);
    expect(found.map((c) => c.statedProbability)).toEqual([0.35, 0.2]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(found[0]).toMatchObject({ quote: "The board sees a 35  percent chance of a strike.", phrase: "35  percent chance" });
  });

  test("squeezing maps each character back to where it stood, and leaves line breaks alone", () => {
    const squeezed = squeezeSpaces("a  b\t\tc\n\n  d");
    expect(squeezed.text).toBe("a b c\n\n  d");
    expect([0, 1, 2, 3, 4, 5].map(squeezed.original)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(squeezeSpaces("plain text").text).toBe("plain text");
  });

  test("a no-break space, alone or in a run, is one space too; a single space stays as it is", () => {
    const squeezed = squeezeSpaces("a\u00a0b\u00a0 c d");
    expect(squeezed.text).toBe("a b c d");
    expect([0, 1, 2, 3, 4, 5, 6].map(squeezed.original)).toEqual([0, 1, 2, 3, 5, 6, 7]);
    const [candidate] = extract("Analysts\u00a0\u00a0expect a 60\u00a0percent chance of a cut.");
    expect([candidate?.probability, candidate?.quote]).toEqual([0.6, "Analysts\u00a0\u00a0expect a 60\u00a0percent chance of a cut."]);
  });
});
