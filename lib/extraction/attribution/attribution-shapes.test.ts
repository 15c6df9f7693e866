// Round ten: attribution shapes of ordinary news English that an outside probe found credited to
// the outlet or to the wrong source. Sentences written for this test (none from the corpus).
import { describe, expect, test } from "vitest";
import { extractCandidates } from "../extract-candidates";

const who = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" }).map((c) => c.forecaster.name);

describe("an attribution at the sentence's end, with a clause after it", () => {
  test.each([
    ["Rates are likely to fall in June, Mara Quint said on Thursday, as inflation eases.", "Mara Quint"],
    ["Demand will probably grow next year, the Energy Board said in its monthly report, while supply lags.", "The Energy Board"],
    ["Prices are likely to rise, Mara Quint said, but wages will lag.", "Mara Quint"],
    ["A deal is likely this month, Mara Quint told reporters, even as talks stalled.", "Mara Quint"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)[0]).toBe(name);
  });
});

describe("a name and its role set off by commas before the verb at the end", () => {
  test.each([
    "Sales will probably slow next year, the finance chief, Tomas Berg, said.",
    "Sales will probably slow next year, Tomas Berg, the finance chief, said.",
    "Sales will probably slow next year, Tomas Berg, the finance chief, told analysts on Friday.",
  ])("%s", (sentence) => {
    expect(who(sentence)).toEqual(["Tomas Berg"]);
  });

  test("two clauses that name no person are not an apposition", () => {
    expect(who("Inflation will probably fall, rates will follow, the Energy Board said.")[0]).toBe("The Energy Board");
  });
});

describe("a relative clause closed before the forecast is an aside inside what was said", () => {
  test("the reporting verb's subject still speaks", () => {
    expect(who("Moreno said the former mayor, who is barred from running, would almost certainly back a rival.")).toEqual(["Moreno"]);
  });

  test("a relative clause that holds the forecast is still the writer's", () => {
    expect(who("Moreno spoke at the summit, which is likely to end without a deal.")).toEqual(["The Test Ledger"]);
  });
});

describe("a body named without speaking is who 'the company', 'the club' point back to", () => {
  test.each([
    ["Shares in Orla Pharmaceuticals fell. Sales will probably fall next year, the company said.", "Orla Pharmaceuticals"],
    ["Harlow City are set to appoint a new coach. The move will probably be announced next week, the club said.", "Harlow City"],
    ["Vance Kettering cut its outlook on Monday. Margins are likely to shrink, the firm said.", "Vance Kettering"],
    [
      "Demand will peak this decade, according to the Northern Energy Agency. The Oslo-based agency said prices were likely to fall.",
      "The Northern Energy Agency",
    ],
  ])("%s", (article, name) => {
    expect(who(article).at(-1)).toBe(name);
  });

  test("the body's own analysts speak for it", () => {
    expect(who("Vance Kettering cut its outlook. The bank's analysts put the odds of a recession at 30%.")).toEqual(["Vance Kettering"]);
  });

  test("a common noun before 'of' at the sentence's start is no part of the body's name", () => {
    expect(who("Directors of the Harbour Bank met on Monday. The bank said a cut was likely.")).toEqual(["Harbour Bank"]);
  });

  test.each([
    "What Economists Are Saying About the Harbour Bank. The bank said a cut was likely.",
    "Senior Research Analyst Jo Hale spoke. The Harbour Bank met. The bank said a cut was likely.",
  ])("a title-case headline or a person's title is no body: %s", (article) => {
    expect(who(article)).toEqual(["Harbour Bank"]);
  });
});

describe("a person's name with particles, and a body with a place word", () => {
  test.each([
    ["A deal is likely this year, Ursula van den Berg said.", "Ursula van den Berg", "PERSON"],
    ["Luis da Costa said a deal was likely.", "Luis da Costa", "PERSON"],
    ["The Banco Central de Terra said a cut is likely.", "The Banco Central de Terra", "ORGANISATION"],
    ["Harlow City said a title win was likely.", "Harlow City", "ORGANISATION"],
  ])("%s", (sentence, name, kind) => {
    const [c] = extractCandidates({ text: sentence, outlet: "The Test Ledger" });
    expect(c.forecaster).toMatchObject({ name, kind });
  });
});

describe("a titled name at the sentence's start is who a role points back to", () => {
  test.each([
    "Harbour Bank Governor Ana Ruiz spoke on Monday. Economists expect a cut. The central bank's governor added that a cut was likely.",
    "Gov. Ana J. Ruiz struck a hawkish tone. Economists expect a cut. The governor said a hike was likely.",
  ])("%s", (article) => {
    expect(who(article).at(-1)).toMatch(/^Ana (J\. )?Ruiz$/);
  });
});

describe("markets, models and polled groups that forecast with verbs other than saying", () => {
  test.each([
    ["Kestrel's supercomputer gives Harlow City an 82 percent chance of the title.", "Kestrel supercomputer"],
    ["The Weather Office's seasonal model gives a wet winter a 60 percent chance.", "Weather Office seasonal model"],
    ["Money markets are pricing roughly even odds of a cut in September.", "Markets (unnamed)"],
    ["Futures traders are now pricing a 60% chance of a cut.", "Futures traders (unnamed)"],
    ["Economists polled by the Ledger last week saw a 70% chance of a cut.", "Economists (unnamed)"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)).toEqual([name]);
  });

  test("'prices' as a noun is no verb of pricing", () => {
    expect(who("Crude prices are likely to rise, according to a Ledger survey of analysts.")).not.toContain("Crude");
  });
});

describe("the agent of a passive of judging or forecasting", () => {
  test.each([
    ["Growth of about 1% is considered likely by the Office for Budget Responsibility.", "The Office for Budget Responsibility"],
    ["A slowdown is seen as likely by most economists.", "Economists (unnamed)"],
    ["A recession next year was forecast by the Northern Fund in its latest outlook.", "The Northern Fund"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)).toEqual([name]);
  });

  test.each([
    "Snowfall is expected to ease by Sunday.",
    "Sales are predicted to fall by 7 percent.",
    "The bridge is expected to be finished by the end of the year.",
  ])("a time or a size after 'by' is no agent: %s", (sentence) => {
    expect(who(sentence)).toEqual(["The Test Ledger"]);
  });
});

describe("a pronoun after a leading phrase with no comma", () => {
  test("points back to the person named before", () => {
    expect(who("Gov. Ana Ruiz struck a hawkish tone. In a speech on Tuesday she argued that there was little chance of a cut.")).toEqual(["Ana Ruiz"]);
  });
});

describe("a sentence that opens with 'he' or 'she' continues the one before", () => {
  test("its subject, though that person did not speak", () => {
    const article = "“Rates will stay high,” Mara Quint said. Tomas Berg was less gloomy. Writing in his column, he said a cut was likely by June.";
    expect(who(article)).toEqual(["Mara Quint", "Tomas Berg"]);
  });

  test("a quoted sentence is about its speaker, not the names it quotes", () => {
    const article = "Tomas Berg said, “But Harlow may resist the plan.”\n\nHe added that a deal was likely.";
    expect(who(article)).toEqual(["Tomas Berg", "Tomas Berg"]);
  });

  test("a pronoun inside the sentence still points to its speaker", () => {
    const article = "Ana Ruiz spoke first. Tomas Berg said he expects a cut in June.";
    expect(who(article)).toEqual(["Tomas Berg"]);
  });

  test("a sentence opener is no name", () => {
    const article = "“A cut is likely,” Mara Quint said. But Harlow rejected that. She said a hike was possible.";
    expect(who(article)).toEqual(["Mara Quint", "Mara Quint"]);
  });
});

describe("the subject of any verb that acts on the chance it gives", () => {
  test.each([
    ["Halvorsen Research rates the chance of an early election at one in three.", "Halvorsen Research", 1 / 3],
    ["Tarrant Capital pitches the odds of a strike at 20 per cent.", "Tarrant Capital", 0.2],
    ["The Lindqvist Institute calculated the probability of a default at 15%.", "The Lindqvist Institute", 0.15],
  ])("%s", (sentence, name, probability) => {
    const [candidate] = extractCandidates({ text: sentence, outlet: "The Test Ledger" });
    expect(candidate.forecaster.name).toBe(name);
    expect(candidate.statedProbability).toBeCloseTo(probability, 3);
  });

  test.each([
    // "was", "has" and a plural noun before the chance are no verb of the subject's.
    "This was the chance of a lifetime, and there is a 30% chance it returns.",
    "Over recent weeks the odds of a June cut have risen to 60%.",
  ])("no verb of giving: the outlet's own, %s", (sentence) => {
    expect(who(sentence)).toEqual(["The Test Ledger"]);
  });
});

describe("a clause of contrast has a subject of its own", () => {
  test.each([
    ["Polls in the north are tight, but the Ledger model still predicts the state will go to Ortiz.", "Ledger model"],
    ["The ministry was cautious, but analysts at Vale Bank said a cut would probably come in June.", "Vale Bank"],
    ["Exports held up, while Mara Quint said imports were likely to fall.", "Mara Quint"],
    [
      "The Harbour Party withdrew its support last year for the government over a trade deal with the United States, but some analysts say they could rejoin to stop the Greens.",
      "Analysts",
    ],
  ])("%s", (sentence, name) => {
    expect(who(sentence).at(-1)).toContain(name);
  });

  test("a comma with no conjunction does not cut the subject", () => {
    expect(who("Economists at Vale Bank, the largest lender, expect rates to fall.")).toEqual(["Vale Bank"]);
  });
});

describe("a named body's model speaks as its poll would", () => {
  test.each([
    ["The Vale supercomputer gives Arsenal a 40% chance of the title.", "Vale supercomputer"],
    // Read as the document of its maker here: the maker speaks.
    ["The Ledger Elections model predicts that Ortiz will win.", "Ledger Elections"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)).toHaveLength(1);
    expect(who(sentence)[0]).toContain(name);
  });

  test("a model with no name before it is no speaker", () => {
    expect(who("The new model predicts that Ortiz will win.")).toEqual(["The Test Ledger"]);
  });
});

describe("what prices, polls or models show, with the stated chance right after", () => {
  test.each([
    ["Futures imply about a 60% likelihood of a pause.", "markets"],
    ["Halden polls show a 40% chance that Costa wins.", "Halden polls"],
    ["Swap markets signal roughly a 30 percent chance of a hike.", "markets"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)[0]?.toLowerCase()).toContain(name.toLowerCase());
  });

  test("a verb of evidence with no stated chance after it names no speaker", () => {
    expect(who("Futures imply that traders are nervous, and a cut is likely.")).toEqual(["The Test Ledger"]);
  });
});
