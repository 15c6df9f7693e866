// The general rules of issue 9's fifth round, each on sentences written for this test (none from
// the corpus): attribution by pronoun and possessive, inverted attributions with no comma, British
// single quotation marks, a body's possessive in a person's description, a poll's maker named
// again by its trade, and the future perfect.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("attribution that points back", () => {
  test("a reporting verb inside a relative clause names who says the hedge after it; “they” there is the last speaker", () => {
    expect(who("The Harbour Board says freight will slow. Rates follow the fuel price, which they say is likely to climb in spring.")).toEqual([
      "The Harbour Board",
      "The Harbour Board",
    ]);
    expect(who("Orders come from a market which the Tanager Institute says is likely to shrink.")).toEqual(["The Tanager Institute"]);
  });

  test("“according to their models” is the speaker last heard, not a document of no one", () => {
    const article = "Forecasters at the Lakeland Weather Service expect a dry winter. According to their models there is a 65 per cent chance of a drought.";
    expect(extract(article)).toMatchObject([
      { forecaster: { name: "Lakeland Weather Service" } },
      { forecaster: { name: "Lakeland Weather Service" }, statedProbability: 0.65 },
    ]);
  });

  test("“their” is a body or group, not the person quoted last; “her” is a person", () => {
    const article =
      "The Lakeland Weather Service says the winter will be dry. Its director Mia Holt said: “This is a warning.” According to their models there is a 65 per cent chance of a drought.";
    expect(who(article)).toEqual(["The Lakeland Weather Service", "The Lakeland Weather Service"]);
    const person =
      "Hydrologist Mia Holt said the rains may fail. The Lakeland Weather Service says the winter will be dry. According to her estimate the dams could run dry in summer.";
    expect(who(person)).toEqual(["Hydrologist Mia Holt", "The Lakeland Weather Service", "Hydrologist Mia Holt"]);
  });

  test("“the research firm” after a poll named by its maker is that maker", () => {
    const article =
      "A poll by Corvid Analytics forecasts that the Greens will likely take the most seats. The research firm also found that late deciders may swing the count.";
    expect(who(article)).toEqual(["Corvid Analytics poll", "Corvid Analytics"]);
  });
});

describe("a source's forecasts run on", () => {
  test("an uncredited forecast in the next sentence of the paragraph goes on reporting the source before it", () => {
    const article = "Brightwater Capital expects copper to average $9,000 a tonne next year. Supply from new mines is likely to stay tight until 2027.";
    expect(who(article)).toEqual(["Brightwater Capital", "Brightwater Capital"]);
  });

  test("not in the next paragraph, not after a quotation or a person, not in a comment that opens on “This” or “That”", () => {
    expect(who("Brightwater Capital expects copper to rise next year.\n\nSupply is likely to stay tight until 2027.")).toEqual([
      "Brightwater Capital",
      "The Test Ledger",
    ]);
    expect(who("“Copper will rise next year,” Brightwater Capital said in a note. Supply is likely to stay tight until 2027.")).toEqual([
      "Brightwater Capital",
      "The Test Ledger",
    ]);
    // Nor after a person's claim, as a poll's answers in the active voice do not run on either.
    expect(who("Ana Ruiz of Brightwater Capital expects copper to rise. Supply is likely to stay tight until 2027.")).toEqual(["Ana Ruiz", "The Test Ledger"]);
    expect(who("Brightwater Capital expects copper to rise next year. That could mean dearer wiring for builders.")).toEqual([
      "Brightwater Capital",
      "The Test Ledger",
    ]);
  });
});

describe("an attribution that ends the next sentence", () => {
  test("covers the uncredited forecast right before it in the paragraph", () => {
    const article =
      "The central bank may raise its key rate in July. Its new projections are likely to show inflation above target through 2026, writes the Harbour Gazette.";
    expect(who(article)).toEqual(["The Harbour Gazette", "The Harbour Gazette"]);
    const polls = "The Greens will emerge as the largest party. They will likely lead the next government, according to opinion polls.";
    expect(who(polls)).toEqual(["Opinion polls", "Opinion polls"]);
  });

  test("but not a forecast two sentences back, nor one in the paragraph before", () => {
    const article = "The central bank may raise its key rate in July. Markets fell. Inflation is likely to stay above target, writes the Harbour Gazette.";
    expect(who(article)).toEqual(["The Test Ledger", "The Harbour Gazette"]);
    expect(who("The bank may raise rates in July.\n\nInflation is likely to stay high, writes the Harbour Gazette.")).toEqual([
      "The Test Ledger",
      "The Harbour Gazette",
    ]);
  });
});

describe("a body is not a person", () => {
  test("a body's name heard before stays a body when it speaks again as “X noted”, and its passive results run on", () => {
    const article =
      "A poll by Halvard Nordic forecasts that the Greens will likely win. “Turnout is the great unknown,” Halvard Nordic noted. The Greens are expected to take the capital.";
    expect(extract(article).map((c) => c.forecaster)).toEqual([
      { name: "Halvard Nordic poll", kind: "UNNAMED_GROUP" },
      { name: "Halvard Nordic", kind: "ORGANISATION" },
    ]);
  });
});

describe("attributions in other shapes", () => {
  test("“in her view”, “in their estimation” point back as a possessive does; “in the view of X” names X", () => {
    const article = "Jane Holt, an economist at Kestrel Bank, believes rates will fall. In her view, inflation will drop below 3% by March.";
    expect(who(article)).toEqual(["Jane Holt", "Jane Holt"]);
    expect(who("Inflation is likely to fall below 3% by March, in the view of Kestrel Bank economists.")).toEqual(["Kestrel Bank"]);
  });

  test("the makers of the numbers speak for them: “The latest projections by X show …”, “Data from X show …”", () => {
    expect(who("The latest projections by Kestrel Bank show inflation is likely to fall.")).toEqual(["Kestrel Bank"]);
    expect(who("Data from the Kestrel Institute show prices will probably rise.")).toEqual(["The Kestrel Institute"]);
  });

  test("a body's possessive before a person's name: the person speaks; before a trade: the body", () => {
    expect(who("Kestrel Bank’s Jane Holt expects two rate cuts this year.")).toEqual(["Jane Holt"]);
    expect(who("Kestrel Bank's analysts expect two rate cuts this year.")).toEqual(["Kestrel Bank"]);
  });

  test("“…,” according to X, after a quotation names its speaker", () => {
    expect(who("“Rates will stay high for longer,” according to Jane Holt, chief economist at Kestrel Bank.")).toEqual(["Jane Holt"]);
  });

  test("who raises or cuts their own chance or forecast gives it", () => {
    expect(extract("Halvard Bank raised its recession probability to 40%.")).toMatchObject([{ forecaster: { name: "Halvard Bank" }, statedProbability: 0.4 }]);
  });

  test("a lone surname before a relative clause or a description set off by commas is a person; an adverb is not", () => {
    expect(who("Holt, who runs the rates desk at Kestrel Bank, expects two cuts this year.")).toEqual(["Holt"]);
    expect(who("Holt, a strategist at Kestrel Bank, expects two cuts this year.")).toEqual(["Holt"]);
    expect(who("Regionally, an exit poll from Kestrel forecasts the party to win 30 seats.")).toEqual(["Kestrel poll"]);
  });

  test("an aside of occasion after the subject (“, speaking in Paris,”, “, in a note,”) is no part of who", () => {
    expect(who("The minister, speaking in Paris, said inflation would probably ease.")).toEqual(["Government official (unnamed)"]);
    expect(who("Jane Holt, in a note, said rates will probably fall.")).toEqual(["Jane Holt"]);
  });

  test("“fear” right after the subject is a verb whose subject forecasts; “Fears of …” is a noun", () => {
    expect(who("Officials in Brussels fear the talks could collapse.")).toEqual(["Government official (unnamed)"]);
    expect(who("Fears of a recession could weigh on stocks.")).toEqual(["The Test Ledger"]);
  });

  test("“the consensus among X is that …” is X's", () => {
    expect(who("The consensus among economists is that the bank will hold rates.")).toEqual(["Economists (unnamed)"]);
  });

  test("a body named as a sentence's subject is what “the think tank” points to later; a think tank does not think", () => {
    expect(extract("The Halden Institute published its outlook on Monday. The think tank estimates that growth will slow to 1%.")).toMatchObject([
      { band: "likely", forecaster: { name: "Halden Institute", kind: "ORGANISATION" } },
    ]);
  });

  test("a lone name after a leading clause of source: “Citing people close to the talks, Bloomberg reported …”", () => {
    expect(who("Citing people close to the talks, Marlowe reported that the deal would likely close in May.")).toEqual(["Marlowe"]);
  });

  test("an inverted “say X” that ends the sentence with no comma names X", () => {
    expect(who("Next winter will be the coldest in a decade say forecasters at the Northern Weather Bureau.")).toEqual(["Northern Weather Bureau"]);
  });

  test("“…, X reported.” names who reports: the subject of the clause's own verb of saying or judging speaks", () => {
    expect(who("Directors of the Harbour Bank agreed that another cut was likely at their June meeting, Kestrel News reported.")).toEqual(["Harbour Bank"]);
    // With no speaker in the clause, the one who reports it is the source.
    expect(who("The Harbour Bank will cut rates again, Kestrel News reported.")).toEqual(["Kestrel News"]);
  });

  test("the inverted “say” with a group by trade at the end; a pronoun before “say” is a subject, not an inversion", () => {
    expect(who("Diesel will cost more next year say analysts.")).toEqual(["Analysts (unnamed)"]);
    expect(who("Storage tanks will be full by the week when they say Harvest Festival.")).toEqual(["The Test Ledger"]);
  });

  test("single quotation marks after “said,” are speech, and the quoted person's next paragraph goes on in their voice", () => {
    const article =
      "Dr Rosa Imrie, the Harbour Authority’s head of planning, said, ‘We think traffic through the port will double by 2035.’\n\n‘We expect the new berths to open next year.’";
    expect(who(article)).toEqual(["Rosa Imrie", "Rosa Imrie"]);
  });

  test("a ’ that is an apostrophe or closes a word held at arm's length opens no quotation", () => {
    const sentence = "The board’s survey expects the bank to call growth ‘steady’ rather than ‘firm’ next month, and the dollar’s rally may fade.";
    // One part of the writer's sentence, not a quotation running from ‘steady’ to the end.
    expect(extract(sentence).map((c) => c.quote)).toEqual([sentence]);
  });
});

describe("sentences and subjects", () => {
  test("a capital after a digit (“5G.”, “4K.”) ends a sentence: it is no initial", () => {
    const [first] = extract("Demand grew for 4K. Analysts expect screen sales to rise next year.");
    expect(first).toMatchObject({ quote: "Analysts expect screen sales to rise next year.", forecaster: { name: "Analysts (unnamed)" } });
  });

  test("a leading concession is no part of the subject of the verb that forecasts", () => {
    const [, main] = extract("While the market might be small today, IDQ expects 40 million headsets to sell in 2030.");
    expect(main).toMatchObject({ band: "likely", forecaster: { name: "IDQ", kind: "ORGANISATION" } });
  });
});

describe("the reported would", () => {
  test("“told X the Y would …” reports a future, and “, and Z told …” starts a claim of its own", () => {
    const [first, second] = extract(
      "Acme Foundry said it expects to clear its order backlog by March, and Orbis chief executive Lena Fisk told investors that prices would stabilise by winter.",
    );
    expect(first).toMatchObject({ band: "likely", quote: "Acme Foundry said it expects to clear its order backlog by March" });
    expect(second).toMatchObject({ band: "very-likely", forecaster: { name: "Lena Fisk" } });
  });

  test("a pronoun after “told” is the teller's own intention or promise", () => {
    expect(extract("She told him she would never leave the club.")).toEqual([]);
    expect(extract("Lena Fisk told investors it would buy back shares.")).toEqual([]);
  });
});

describe("the governing hedge", () => {
  test("a past plan that the clause says came to nothing is no forecast; the same plan still to come is", () => {
    expect(extract("The ferry service was set to resume on Monday but never did.")).toEqual([]);
    expect(extract("The merger was expected to close in the spring, but collapsed.")).toEqual([]);
    expect(extract("The ferry operator is set to cut fares next year, officials said.")).toHaveLength(1);
  });

  test("a group's forecast in a “with” clause: “…, with some traders predicting a rise”", () => {
    expect(extract("Oil prices jumped on Monday, with some traders predicting a rise above $100 by winter.")).toMatchObject([
      { band: "likely", forecaster: { name: "Traders (unnamed)" } },
    ]);
    expect(extract("Rainfall has been poor, with most climate models indicating a dry spring.")).toMatchObject([{ band: "likely" }]);
    // A "with" clause that forecasts nothing proposes nothing.
    expect(extract("Oil prices jumped on Monday, with some traders selling early.")).toEqual([]);
  });

  test("the future perfect forecasts (“will have doubled by 2030”); the modal perfect still judges the past", () => {
    expect(extract("By 2030 the city will have doubled its tram network.")).toMatchObject([{ band: "very-likely" }]);
    expect(extract("The storm could have been far worse.")).toEqual([]);
  });
});

// Rules found on the fourth batch's dev articles (55-58), on sentences of this test's own.
describe("denied confidence and denied beliefs", () => {
  test("“not optimistic”, “not at all confident” over a will read as unlikely, and their subject speaks", () => {
    expect(extract("Diplomats are not optimistic that the border will reopen soon.")).toMatchObject([
      { band: "unlikely", forecaster: { kind: "UNNAMED_GROUP" } },
    ]);
    expect(extract("“Frankly, we are not at all confident the bridge will open on time,” said Jo Hale.")).toMatchObject([
      { band: "unlikely", forecaster: { name: "Jo Hale" } },
    ]);
  });

  test("a forecasting word inside a denied belief is what the speaker does not expect", () => {
    expect(extract("I don’t think markets are expecting much from the summit.")).toMatchObject([{ band: "unlikely" }]);
    expect(extract("I think markets are expecting a deal at the summit.")).toMatchObject([{ band: "likely" }]);
  });
});

describe("judgements of the past, timetables and terms", () => {
  test("a hedge on a verb in the past tense judges what happened", () => {
    expect(extract("Hotel bookings likely climbed during the heatwave.")).toEqual([]);
    expect(extract("The strike probably had little effect on exports.")).toEqual([]);
    expect(extract("Prices will likely rise.")).toHaveLength(1);
  });

  test("“is set to report earnings in early December” and “will be discussed after the period” are timetables", () => {
    expect(extract("Halvard is set to publish its annual results in late March.")).toEqual([]);
    expect(extract("Fishing quotas will be reviewed after the first season.")).toEqual([]);
    expect(extract("Halvard is set to report a loss for the year.")).toHaveLength(1);
  });

  test("what an agreement provides is no forecast that it will happen", () => {
    expect(extract("Under the trade deal, tariffs on steel will fall to zero by 2027.")).toEqual([]);
    expect(extract("Under the new plan, prices will probably rise.")).toMatchObject([{ band: "likely" }]);
  });
});

describe("frames of forecasting with a figure", () => {
  test("“analysts predict X to post …”, “sees a majority of 40 seats”, “point to X winning”, “the prediction for X is N”", () => {
    expect(extract("Most analysts predict the carmaker to sell two million vehicles in 2026.")).toMatchObject([
      { band: "likely", forecaster: { name: "Analysts (unnamed)" } },
    ]);
    expect(extract("Nadia Ferro sees a budget surplus of $3 billion next year.")).toMatchObject([{ band: "likely", forecaster: { name: "Nadia Ferro" } }]);
    expect(extract("The polls point to the Greens winning a majority.")).toMatchObject([{ band: "likely", forecaster: { name: "Polls" } }]);
    expect(extract("The median forecast for wheat is $240 a tonne.")).toMatchObject([{ band: "likely" }]);
    // A quantity seen in the past is no forecast.
    expect(extract("The region saw a rise of 3% last year.")).toEqual([]);
  });

  test("a poll's own forecasts named by their noun run on after it", () => {
    expect(who("A Kestrel survey of 20 pollsters expects a Green win. Those projections would likely hand the Greens 300 seats.")).toEqual([
      "Kestrel survey of 20 pollsters",
      "Kestrel survey of 20 pollsters",
    ]);
  });
});

describe("who speaks when an outlet reports them", () => {
  test("“He expects …, according to Forbes”: the person who expects it, not the outlet that reports it", () => {
    expect(who("Kestrel Bank analyst Jo Hale is among the optimists. She expects Halvard to beat its sales target, according to the Daily Ledger.")).toEqual([
      "Jo Hale",
    ]);
    expect(who("Rates will fall next year, according to the Daily Ledger.")).toEqual(["The Daily Ledger"]);
  });

  test("“At the time, Halvard projected …”: the lone name after a leading clause of time", () => {
    expect(who("Last spring, Halvard projected a profit of $40 million.")).toEqual(["Halvard"]);
  });

  test("“…, Jo Hale said, and may also …”: a second verb phrase with its own hedge is a forecast of its own", () => {
    expect(extract("The strike is likely to delay deliveries, Jo Hale said, and could also raise costs this winter.")).toMatchObject([
      { band: "likely", forecaster: { name: "Jo Hale" } },
      { band: "roughly-even", forecaster: { name: "Jo Hale" } },
    ]);
  });
});
