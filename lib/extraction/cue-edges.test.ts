// Edges of round fifteen's cue rules, found by an outside review: where "guaranteed", a reported
// idiom and a forecast named in a leading phrase stop being forecasts. Sentences of our own, read
// by findCue directly. (The "it's very small" case replaces a row of round-fifteen.test.ts that
// echoed a held-out article: ADR 0008, round fifteen.)
import { describe, expect, test } from "vitest";
import { findCue } from "./find-cue";

const cue = (text: string) => findCue(text)?.matched ?? null;

describe("'guaranteed'", () => {
  test("after a copula it is a certainty, with a deadline after 'by' too", () => {
    expect(cue("Victory is almost guaranteed by Friday.")).toBe("almost guaranteed");
    expect(cue("A deal is guaranteed by the end of May.")).toBe("guaranteed");
  });

  test("the verb, a guarantee given by someone, and one told of the past are no forecasts", () => {
    expect(cue("The treaty guaranteed every farmer an income.")).toBeNull();
    expect(cue("The loans are guaranteed by the state.")).toBeNull();
    expect(cue("Victory was all but guaranteed last year.")).toBeNull();
  });
});

describe("an idiom in reported speech keeps its tense back", () => {
  test("'He said it was inevitable the treaty would lapse' forecasts, with or without 'now'", () => {
    expect(cue("He said it was inevitable the treaty would lapse.")).toBe("inevitable");
    expect(cue("One said it was now almost inevitable the treaty lapses.")).toBe("almost inevitable");
    expect(cue("The crash was inevitable, the inquiry found.")).toBeNull();
  });
});

describe("a forecast named in a leading phrase", () => {
  test("'In its most likely forecast, Verda said prices would fall' is the said-would, not the phrase's 'most likely'", () => {
    expect(findCue("In its most likely forecast, Verda said prices would fall.")).toMatchObject({ matched: "would", band: { key: "very-likely" } });
  });
});

describe("the size of a chance after 'it's'", () => {
  test("'There is some possibility of a recount, though it's very small' is very unlikely", () => {
    expect(findCue("There is some possibility of a recount, though it's very small.")).toMatchObject({ band: { key: "very-unlikely" } });
  });
});

describe("the past 'forecast' after a name or a pronoun", () => {
  test("with an infinitive or a figure after its object, it is the cue", () => {
    expect(cue("Mr Hale forecast cocoa grinding to rise 2 percent next season.")).toBe("forecast cocoa grinding to rise");
    expect(cue("One poll by Vanta forecast the ruling group falling 30 seats short.")).toMatch(/^forecast the ruling group falling/);
    expect(cue("Last week she forecast prices to double by June.")).toBe("forecast prices to double");
  });

  test("not the noun after a possessive, and not 'to' before an article ('due to a')", () => {
    expect(cue("Hale’s forecast of a rise to 2 percent next season.")).toBeNull();
    expect(cue("Last month Acme forecast revenue that was lower, due to a slump.")).toBeNull();
  });

  test("not the noun a name or 'The' qualifies", () => {
    expect(cue("The Fed forecast for growth is due to be revised on Tuesday.")).toBeNull();
    expect(cue("The forecast was revised to reflect new data.")).toBeNull();
  });
});

describe("a flat will or a hedge that forecasts no outcome", () => {
  test.each([
    ["attention", "The jobs report will be closely watched by traders."],
    ["attention, in the progressive", "Investors will be watching the bank's tone."],
    ["what matters", "Keeping sales growing will be important for the brand."],
    ["what is allowed", "Anyone still queueing will be able to vote."],
    ["a question after 'decided how'", "The cabinet has not decided how it will shield the economy."],
    ["a hedge on the perfect", "Purchase decisions have likely been delayed by the shortage."],
    ["what a case calls for", "Governments may need to open their pocketbooks."],
    ["what a case calls for, in the passive", "Looser monetary policy might also be needed."],
    ["waiting for signals", "Traders will wait for signals from the bank on its next move."],
    ["a fixture with its day after a comma", "Spain will face Norway in Leeds, Friday, while the hosts rest."],
  ])("none: %s", (_what, text) => {
    expect(cue(text)).toBeNull();
  });

  test.each([
    ["the report itself, said flatly", "The jobs report will be weak, with unemployment rising to 5%.", "will"],
    ["an outcome the important thing brings", "Sales will be important enough to lift profits.", "will"],
    ["a hedge on an outcome", "Governments may open their pocketbooks.", "may"],
    ["a hedge on a need that is itself the outcome", "The bank may need more capital by June.", "may"],
    ["a hardship faced, not a fixture", "The economy will face a recession next year.", "will"],
    ["an ability that is an outcome", "Acme will be able to repay its debt by 2026.", "will"],
    ["forward guidance, not advice", "Interest rates may need to rise further.", "may"],
  ])("still a cue: %s", (_what, text, word) => {
    expect(cue(text)).toBe(word);
  });
});

describe("a risk conceded in a leading 'despite' phrase", () => {
  test("is not the cue: the main clause's hedge is", () => {
    expect(cue("Despite the heated talk and the real risk of clashes, analysts say war remains unlikely.")).toBe("unlikely");
    expect(cue("In spite of a small chance of rain, organisers expect the final will go ahead.")).toBe("expect");
  });

  test("with no hedge in the main clause, the sentence forecasts nothing", () => {
    expect(cue("Despite the real risk of clashes, the talks went ahead on Monday.")).toBeNull();
  });

  test("a 'despite' after the main clause leaves its hedge alone", () => {
    expect(cue("War is a real risk, despite the talks.")).toBe("a real risk");
  });
});

describe("'seeing' with a figure to come", () => {
  test("'…, now seeing prices at $3,000 by December' forecasts", () => {
    expect(cue("Vantor raised its forecast for gold, now seeing prices at $3,000 by December.")).toMatch(/^seeing prices at \$3/);
  });

  test("not 'seeing' a figure of the past, nor without the comma of a participle", () => {
    expect(cue("Shoppers are seeing prices at $3 a gallon.")).toBeNull();
    expect(cue("Drivers started seeing prices above $4 a gallon last week.")).toBeNull();
  });
});

describe("'chances are' before a clause", () => {
  test("is the idiom of a likely outcome", () => {
    expect(findCue("Chances are the bill will pass.")).toMatchObject({ matched: "chances are", band: { key: "likely" } });
    expect(findCue("The chances are that Labour will lose.")).toMatchObject({ matched: "chances are", band: { key: "likely" } });
  });

  test("not with no forecast in the clause after it", () => {
    expect(cue("The chances are the same as they were last year.")).toBeNull();
    expect(cue("Chances are the highest in a decade for a rate cut.")).toBeNull();
  });

  test("an adjective after it is the lexicon's to read", () => {
    expect(findCue("The chances are slim that the bill will pass.")).toMatchObject({ matched: "slim", band: { key: "very-unlikely" } });
  });
});

describe("shapes from a battery of sentences written blind by a helper", () => {
  test("'now sees the economy expanding' and 'are estimated to fall … in July' forecast", () => {
    expect(cue("Dunmore Bank now sees the economy expanding just 0.6% this year.")).toBe("sees the economy expanding");
    expect(cue("Household bills are estimated to fall 12% in July.")).toBe("are estimated to fall");
  });

  test("an estimate of the present is no forecast ('the crowd is estimated to be 10,000')", () => {
    expect(cue("The crowd is estimated to be 10,000.")).toBeNull();
  });

  test.each([
    ["a meeting held on a date", "The policy board will hold its next meeting on June 12 and 13."],
    ["an expectation superseded", "Oil prices had been expected to climb after the outage, but crude fell."],
    ["a refusal to comment", "Officials would not say whether the summit would go ahead."],
    ["a refusal to comment, its clause ended", "The minister would not comment."],
  ])("none: %s", (_what, text) => {
    expect(cue(text)).toBeNull();
  });

  test("still forecasts: a launch, a denial of an outcome, a refusal that is an act", () => {
    expect(cue("The agency will launch the telescope successfully.")).toBe("will");
    expect(cue("Russia will launch a new offensive in May.")).toBe("will");
    expect(cue("The talks will not succeed.")).toBe("will not");
    expect(cue("The president will not discuss trade at the summit.")).toBe("will not");
    expect(cue("The regulator will not confirm the deal before March.")).toBe("will not");
  });

  test("an estimate of the present, with no time to come, is no forecast", () => {
    expect(cue("The wildfire is estimated to reach 40,000 acres.")).toBeNull();
  });

  test("'saw … contracting' is news of the past", () => {
    expect(cue("The euro zone saw its economy contracting in the third quarter.")).toBeNull();
  });
});
