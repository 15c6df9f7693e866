// The source an article reports goes on to own the forecasts the writer states without one, when
// that source is a forecasting body or the forecast gives its figures; the writer's own analysis
// stays the outlet's. Sentences written for this test (none from the corpus).
import { describe, expect, test } from "vitest";
import { extractCandidates } from "../extract-candidates";
import { carrySource } from "./carry-source";
import type { Speaker } from "./speaker";

const OUTLET: Speaker = { name: "The Test Ledger", kind: "OUTLET" };
const said = (quote: string, forecaster: Speaker = OUTLET) => ({ quote, forecaster });
const carry = (candidates: ReturnType<typeof said>[]) => carrySource({ candidates });
const who = (text: string) => extractCandidates({ text, outlet: OUTLET.name }).map((c) => c.forecaster.name);

describe("carrySource", () => {
  test.each([
    "Economists polled by the Ledger",
    "A survey of fund managers",
    "Pollsters",
    "The Harbour Board's forecasters",
    "Bookmakers",
    "Currency strategists",
    "Futures traders",
    "Climate scientists at the institute",
    "The Vale model",
  ])("after %s, a forecast in the writer's words is theirs", (name) => {
    const source: Speaker = { name, kind: "UNNAMED_GROUP" };
    const read = carry([said("first", source), said("The bank will probably cut in June.")]);
    expect(read.map((c) => c.forecaster)).toEqual([source, source]);
  });

  test.each([
    "Exports will probably fall 4 percent.",
    "Exports will probably fall 4%.",
    "Exports will probably fall 4 per cent.",
    "Growth is likely to slow to 1.5 this year.",
    "Exports could lose 2 billion dollars.",
    "Yields could rise 25 basis points.",
  ])("after a named body that is no forecaster by name, a figure carries it on: %s", (quote) => {
    const source: Speaker = { name: "Halvorsen Group", kind: "ORGANISATION" };
    expect(carry([said("first", source), said(quote)]).map((c) => c.forecaster.name)).toEqual(["Halvorsen Group", "Halvorsen Group"]);
  });

  test("without a figure, a named body that is no forecaster by name leaves the writer's analysis to the outlet", () => {
    const source: Speaker = { name: "Halvorsen Group", kind: "ORGANISATION" };
    expect(carry([said("first", source), said("The talks are likely to run late.")]).map((c) => c.forecaster.name)).toEqual([
      "Halvorsen Group",
      "The Test Ledger",
    ]);
  });

  test("the writer's own sentence ends a named body's report: a later figure is not carried", () => {
    const source: Speaker = { name: "Halvorsen Group", kind: "ORGANISATION" };
    const read = carry([said("first", source), said("The games will return to the city in 2028."), said("Inflation will fall to 2% by 2026.")]);
    expect(read.map((c) => c.forecaster.name)).toEqual(["Halvorsen Group", "The Test Ledger", "The Test Ledger"]);
  });

  test("a person's claim does not go on past the writer's words", () => {
    const person: Speaker = { name: "Mara Quint", kind: "PERSON" };
    const read = carry([said("first", person), said("Growth will vary across markets."), said("Unemployment is likely to climb to 6.5%.")]);
    expect(read.map((c) => c.forecaster.name)).toEqual(["Mara Quint", "The Test Ledger", "The Test Ledger"]);
  });

  test("a figure does not carry a single person's claim on to the writer's sentence", () => {
    const person: Speaker = { name: "Mara Quint", kind: "PERSON" };
    expect(carry([said("first", person), said("Unemployment is likely to climb to 6.5%.")]).map((c) => c.forecaster.name)).toEqual([
      "Mara Quint",
      "The Test Ledger",
    ]);
  });

  test("nothing is carried before any source is heard, nor past the writer's own analysis", () => {
    const pollsters: Speaker = { name: "Pollsters", kind: "UNNAMED_GROUP" };
    const person: Speaker = { name: "Mara Quint", kind: "PERSON" };
    const read = carry([
      said("Oil will probably rise 4 percent."),
      said("first", person),
      said("The summit is likely to be short."),
      said("Oil will probably rise 4 percent."),
      said("again", pollsters),
      said("A third term is likely."),
    ]);
    expect(read.map((c) => c.forecaster.name)).toEqual(["The Test Ledger", "Mara Quint", "The Test Ledger", "The Test Ledger", "Pollsters", "Pollsters"]);
  });

  test("a forecast is not changed in place", () => {
    const first = said("first", { name: "Pollsters", kind: "UNNAMED_GROUP" });
    const second = said("A third term is likely.");
    carry([first, second]);
    expect(second.forecaster).toBe(OUTLET);
  });
});

describe("in articles", () => {
  test("a research firm's figures in the writer's words are the firm's", () => {
    const article = "Halvorsen Research expects tablet shipments to fall this year. In Europe, sales will probably slip 3 percent.";
    expect(who(article)).toEqual(["Halvorsen Research", "Halvorsen Research"]);
  });

  test("a survey's results go on through the paragraphs that follow", () => {
    const article = [
      "Economists polled by the Ledger expect two rate cuts this year.",
      "The central bank will probably move first in June.",
      "A second cut could follow in the autumn.",
    ].join("\n");
    expect(who(article)).toEqual(["Economists (unnamed)", "Economists (unnamed)", "Economists (unnamed)"]);
  });

  test("after a person's claim, the writer's analysis without figures is the outlet's", () => {
    const article = "Mara Quint, the mayor, said the ferry could be late. The crossing is likely to be rough.";
    expect(who(article)).toEqual(["Mara Quint", "The Test Ledger"]);
  });

  test("betting markets that give even odds are the speaker", () => {
    expect(who("Betting markets give the mayor even odds of winning a third term.")).toEqual(["Markets (unnamed)"]);
  });
});

describe("in articles, after a person", () => {
  test("the writer's figure after a person's quotation stays the outlet's", () => {
    const article = "“We are cautious,” said Marta Ruiz, the minister. Unemployment, which stood at 6.1% in May, is likely to climb to 6.5%.";
    expect(who(article)).toEqual(["The Test Ledger"]);
  });
});

describe("the body whose figures an article reports", () => {
  const agency: Speaker = { name: "Harbour Statistics Office", kind: "ORGANISATION" };

  test("a sentence in the writer's words between its figures does not end the report on the same subject", () => {
    const read = carry([
      said("Factory output is expected to rise 3% next year.", agency),
      said("Growth will vary across regions."),
      said("In the north, output is set to climb 5% in 2027."),
    ]);
    expect(read.map((c) => c.forecaster.name)).toEqual([agency.name, OUTLET.name, agency.name]);
  });

  test("past the writer's words, a figure on another subject stays the writer's", () => {
    const read = carry([
      said("Factory output is expected to rise 3% next year.", agency),
      said("Growth will vary across regions."),
      said("Ticket prices are set to climb 5% in 2027."),
    ]);
    expect(read.map((c) => c.forecaster.name)).toEqual([agency.name, OUTLET.name, OUTLET.name]);
  });

  test("but the writer's words without a figure stay the writer's", () => {
    const read = carry([said("Output is expected to rise 3% next year.", agency), said("Growth will vary."), said("Talks will probably run late.")]);
    expect(read.map((c) => c.forecaster.name)).toEqual([agency.name, OUTLET.name, OUTLET.name]);
  });

  test("a body named as publishing a report gives its figures to the sentences after it", () => {
    const read = carrySource({
      candidates: [
        { quote: "The office released its outlook.", forecaster: agency, mention: true },
        said("Output is expected to rise 3% next year."),
        said("Talks will probably run late."),
      ],
    });
    expect(read.map((c) => c.forecaster.name)).toEqual([agency.name, agency.name, OUTLET.name]);
  });

  test("a mention does not replace the forecasting body heard last, nor does a person's", () => {
    const forecasters: Speaker = { name: "Weather Office forecasters", kind: "UNNAMED_GROUP" };
    const read = carrySource({
      candidates: [
        said("Rain is likely.", forecasters),
        { quote: "The office issued its outlook.", forecaster: agency, mention: true },
        said("July will be wet."),
        { quote: "Jo Hale published a study.", forecaster: { name: "Jo Hale", kind: "PERSON" }, mention: true },
      ],
    });
    expect(read.map((c) => c.forecaster.name)).toEqual([forecasters.name, agency.name, forecasters.name, "Jo Hale"]);
  });

  test("in an article: the publisher of an outlook owns the forecasts with figures that follow", () => {
    const article = [
      "The Harbour Statistics Office released its annual economic outlook on Tuesday.",
      "Output is forecast to grow 2.1% in 2027, from 1.4% this year.",
      "Unemployment is expected to fall to 4.2% next year.",
      "The talks in the capital will probably run late.",
    ].join("\n\n");
    expect(who(article)).toEqual(["Harbour Statistics Office", "Harbour Statistics Office", OUTLET.name]);
  });

  test("a body that released something other than a forecast is no source of figures", () => {
    const article = ["The Harbour Statistics Office released its new logo on Tuesday.", "Output is forecast to grow 2.1% in 2027."].join("\n\n");
    expect(who(article)).toEqual([OUTLET.name]);
  });
});

describe("a person quoted in a report", () => {
  test("does not end the report: the figures after the quotation are still the body's", () => {
    const poll: Speaker = { name: "Ledger poll of economists", kind: "UNNAMED_GROUP" };
    const person: Speaker = { name: "Jo Hale", kind: "PERSON" };
    const read = carry([
      said("The bank will cut rates next week.", poll),
      said("We think the bank will move again in April.", person),
      said("Inflation is forecast to average 2.4% this year."),
    ]);
    expect(read.map((c) => c.forecaster.name)).toEqual([poll.name, person.name, poll.name]);
  });

  test("but the person's own claim is not carried to the writer's words without a figure", () => {
    const person: Speaker = { name: "Jo Hale", kind: "PERSON" };
    expect(carry([said("first", person), said("Talks will probably run late.")]).map((c) => c.forecaster.name)).toEqual([person.name, OUTLET.name]);
  });
});

describe("the writer reasoning from the forecast", () => {
  test("'If this new forecast is correct, …' and what follows it stay the outlet's", () => {
    const agency: Speaker = { name: "The Harbour Weather Office", kind: "ORGANISATION" };
    const credited = carrySource({
      candidates: [
        { ...said("There is roughly a 25% chance of a wet spring.", agency), probabilitySource: "STATED", phrase: "25% chance" },
        said("If this new forecast is correct, the reservoirs could fill by June."),
        said("Either way, the drought could ease."),
      ],
    }).map((c) => c.forecaster.name);
    expect(credited).toEqual(["The Harbour Weather Office", OUTLET.name, OUTLET.name]);
  });

  test("without that opening, the forecasting body's reading goes on", () => {
    const agency: Speaker = { name: "The Harbour Weather Office", kind: "ORGANISATION" };
    const chance = { ...said("There is roughly a 25% chance of a wet spring.", agency), probabilitySource: "STATED", phrase: "25% chance" };
    const credited = carrySource({ candidates: [chance, said("The reservoirs could fill by June.")] }).map((c) => c.forecaster.name);
    expect(credited).toEqual(["The Harbour Weather Office", "The Harbour Weather Office"]);
  });
});
