// The general rules of issue 9's thirteenth round, each on sentences written for this test (none
// from the corpus): a forecasting model named after "according to" and "the model" later; a
// forecast conditional on a named body's poll coming true; bodies shown forecasting by trade (the
// owner of a poll or model, a body that states a chance) carrying the writer's next forecasts; a
// poll's finding in the past ("were seen ending", "the poll showed … would"); an active past verb
// of forecasting after its subject; a count in apposition; a linking "however" after the verb; a
// second forecast in the same sentence (a second stated chance with a qualifier, "and could …"
// after a likely, a second price after "whilst" or "but"); the band of "less than 20 percent";
// the bookmaker that "has" or "makes" a runner a price.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
const bands = (text: string) => extract(text).map((c) => c.band);

describe("a forecasting model is a source", () => {
  test("'according to a new model that …' names the model, not a name in the clause that describes it", () => {
    const text = "Rainfall will likely be heavy in the north, according to a new model that aims to forecast rain in the United Kingdom this spring.";
    expect(who(text)).toEqual(["New model (unnamed)"]);
  });

  test("'the new model' later is the same model, though a place and a person were named between", () => {
    const text =
      "Rainfall will likely be heavy in the north, according to a new model built for the United Kingdom. The floods of last year were the worst in decades, said Ines Moor, a hydrologist. The new model also predicts that the rain will ease in May.";
    expect(who(text)).toEqual(["New model (unnamed)", "New model (unnamed)"]);
  });

  test("a report with no maker and no kind of model still names no one", () => {
    expect(who("Fares will rise in May, according to a report released on Monday.")).toEqual(["The Test Ledger"]);
  });
});

describe("a forecast the text makes conditional on a body's poll or model is that body's", () => {
  test.each([
    "The Greens will win the seat, if Harbour Research's final survey proves accurate.",
    "The Greens will win the seat if Harbour Research's latest poll comes true.",
    "The Greens will win the seat, should Harbour Research's model be right, or if Harbour Research's model is borne out.",
  ])("%s", (text) => {
    expect(who(text)).toEqual(["Harbour Research"]);
  });

  test("a condition on the polls in general names no one", () => {
    expect(who("The Greens will win the seat if the polls are right.")).toEqual(["The Test Ledger"]);
  });
});

describe("the writer's forecasts after a body shown forecasting by trade are that body's", () => {
  test("the owner of a poll or a model, whatever its name", () => {
    const text =
      "Harbour Research's final poll gives the Greens a lead.\nThe Greens are tipped to win six seats, according to Harbour Research.\nThe Reds are tipped to hold Eastport.";
    expect(who(text)).toEqual(["Harbour Research", "Harbour Research"]);
  });

  test("without a poll or a model of its own, a body heard once does not carry the writer's next words", () => {
    const text = "The Greens are tipped to win six seats, according to Harbour Research.\nThe Reds are tipped to hold Eastport.";
    expect(who(text)).toEqual(["Harbour Research", "The Test Ledger"]);
  });

  test("a body that states a chance carries them; a bookmaker's price does not", () => {
    const chance = "Harbour Research puts the chance of a Green win at 60 percent.\nThe Reds are tipped to hold Eastport.";
    expect(who(chance)).toEqual(["Harbour Research", "Harbour Research"]);
    const price = "The race is a betting heat.\nLadbrokes make the Greens a 5/2 shot.\nHer main challenge could come from the Reds.";
    expect(who(price)).toEqual(["Ladbrokes", "The Test Ledger"]);
  });
});

describe("a poll's findings told in the past", () => {
  test("'were seen ending the year at $1.50': the wire's past passive with a price or a rate", () => {
    const found = extract("Tea prices were seen ending the year at $3.10 per kg, 10% lower than a year ago, a poll of 9 traders showed.");
    expect(found.map((c) => c.band)).toEqual(["likely"]);
    expect(extract("He was seen leaving the court at 10 pm.")).toEqual([]);
  });

  test("'a poll … showed the bank would hold': the poll is the subject; a bare would under 'showed' is very likely, under 'suggested' likely", () => {
    const showed = extract("A poll of 30 economists taken last week showed the central bank would hold rates at 2% in March.");
    expect(showed.map((c) => [c.forecaster.name, c.band])).toEqual([["Poll of 30 economists", "very-likely"]]);
    expect(bands("The survey suggested the central bank would hold rates in March.")).toEqual(["likely"]);
    expect(extract("The survey showed that most voters are unhappy.")).toEqual([]);
  });
});

describe("the subject of a past verb of forecasting", () => {
  test("'Most economists predicted no change': the group before the verb, not the writer", () => {
    expect(who("Most economists predicted no change to rates in the fourth quarter.")).toEqual(["Economists (unnamed)"]);
  });

  test("a count in apposition and a linking 'also' are no part of who", () => {
    expect(who("A majority of economists, 22 of 39, also predicted no change to rates in the fourth quarter.")).toEqual(["Economists (unnamed)"]);
  });

  test("'the party predicted to claim 61 seats' is a passive: the party is no forecaster", () => {
    expect(who("Harbour Research said the Reds would win 64 seats, with the Greens predicted to claim 61.")).not.toContain("Greens");
  });

  test("'predicted, however, the bank would cut': a linking word between the verb and what it governs", () => {
    expect(who("The remaining economists predicted, however, the central bank would cut rates in the fourth quarter.")).toEqual(["Economists (unnamed)"]);
  });
});

describe("two forecasts in one sentence", () => {
  test("a second stated chance with a qualifier is a second forecast, with its own band", () => {
    const found = extract("There is a 10 percent chance of snow on Friday, and a less than 30 percent chance that it will settle.");
    expect(found.map((c) => [c.quote, c.statedProbability])).toEqual([
      ["There is a 10 percent chance of snow on Friday", 0.1],
      ["and a less than 30 percent chance that it will settle.", 0.3],
    ]);
  });

  test("'will likely … and could …': the second verb's own hedge", () => {
    expect(bands("The storm will likely reach the coast on Friday and could be the strongest in a decade.")).toEqual(["likely", "roughly-even"]);
    expect(bands("Prices may rise and could stay high.")).toEqual(["roughly-even"]);
  });

  test("a second price after 'whilst' or 'but' is a second forecast, with its own price", () => {
    const whilst = extract("The race is a betting heat.\nThe Grey is next in the market at 4/1 whilst last year's winner Red Sky is an 11/2 shot.");
    expect(whilst.map((c) => c.statedProbability)).toEqual([0.2, 0.153846]);
    const afterBracket = extract("The race is a betting heat.\nThe Grey has been cut to 12/1 (from 14/1) whilst Red Sky is a 25/1 shot.");
    expect(afterBracket.map((c) => c.statedProbability)).toEqual([0.076923, 0.038462]);
    const but = extract(
      "The race is a betting heat.\nThe Grey remains the 8/1 favourite but Red Sky and Blue Moon have hardened and are now 11/1 joint-favourites.",
    );
    expect(but.map((c) => c.statedProbability)).toEqual([0.111111, 0.083333]);
  });
});

describe("the band of a bound: the band that holds most of the range it opens", () => {
  test.each([
    ["There is a less than 20 percent chance of snow.", "very-unlikely"],
    ["There is a 20 percent chance of snow.", "unlikely"],
    ["There is a less than 1 percent chance of snow.", "almost-no-chance"],
    ["There is a less than 50 percent chance of snow.", "unlikely"],
    ["There is a more than 60 percent chance of snow.", "likely"],
    ["There is more than a 90 percent chance of snow.", "very-likely"],
  ])("%s → %s", (text, band) => {
    expect(bands(text)).toEqual([band]);
  });
});

describe("whose price it is", () => {
  test("the bookmaker that has or makes a runner a price", () => {
    const text = "The race is a betting heat.\nLadbrokes have the Greens at 5/2.\nWilliam Hill make the Reds a 9/4 shot to win.";
    expect(extract(text).map((c) => [c.forecaster.name, c.statedProbability])).toEqual([
      ["Ladbrokes", 0.285714],
      ["William Hill", 0.307692],
    ]);
  });

  test("not a runner that has a price, or has been cut to one", () => {
    const text = "The race is a betting heat.\nThe Reds have a 9/4 shot.\nOscar Time has also been cut to 12/1.";
    expect(who(text)).toEqual(["The Test Ledger", "The Test Ledger"]);
  });
});

describe("words that govern a bare will or a clause", () => {
  test("a verb of forecasting that credits the sentence at its end makes its bare will likely", () => {
    const found = extract("The central bank will leave rates unchanged next week, 25 of 26 analysts predicted in a poll, after weak data.");
    expect(found.map((c) => [c.forecaster.name, c.band])).toEqual([["Analysts (unnamed)", "likely"]]);
    expect(bands("Sales will rise 5% next year, the company said.")).toEqual(["very-likely"]);
    expect(bands("Next year will be the hottest on record, according to a new forecast.")).toEqual(["very-likely"]);
  });

  test("'the consensus seems to be that …', 'the expectation among traders is that …' govern as expectations do", () => {
    expect(bands("The consensus seems to be that the team will bounce back against Poland.")).toEqual(["likely"]);
    const found = extract("The expectation among traders is that the bank will cut in June.");
    expect(found.map((c) => [c.forecaster.name, c.band])).toEqual([["Traders (unnamed)", "likely"]]);
  });

  test("scepticism that a clause comes true is a doubt (unlikely), and its holder speaks", () => {
    const found = extract("Analysts are skeptical that the merger will close this year.");
    expect(found.map((c) => [c.forecaster.name, c.band])).toEqual([["Analysts (unnamed)", "unlikely"]]);
    expect(bands('The source said he was "sceptical" that a final deal could be reached.')).toEqual(["unlikely"]);
  });

  test("'it is still conceivable that …' is a possibility, and after ', and' a second judgement of its own", () => {
    expect(bands("It is still conceivable that a solution can be found at the last minute.")).toEqual(["roughly-even"]);
    const found = extract("The talks will go into extra time, and it is still conceivable that a deal can be found at the last minute.");
    expect(found.map((c) => c.band)).toEqual(["very-likely", "roughly-even"]);
  });

  test("'the probability is greater than 50% that …' is stated, not a bare will (more likely than not)", () => {
    const [found] = extract("The probability is greater than 50% that there will be a run on the banks.");
    expect(found).toMatchObject({ probabilitySource: "STATED", statedProbability: 0.5, band: "likely" });
  });
});

describe("no forecast: a date, the speaker's own work, the reader's options", () => {
  test.each([
    "Counting will be on May 16.",
    "The pollster will repeat this survey every Tuesday.",
    "The researchers will also continue to tweak their model to improve it.",
    "To get an answer, you could ask the bookmakers.",
  ])("%s", (text) => {
    expect(extract(text)).toEqual([]);
  });

  test("a rate at a level and a state 'on' something are still forecasts", () => {
    expect(bands("Three economists said the rate will be at 4.00 pct at the end of the year.")).toHaveLength(1);
    expect(bands("The vote will be on a knife edge.")).toEqual(["very-likely"]);
    expect(bands("You could say a recession is on the horizon.")).toEqual(["likely"]);
  });
});

describe("betting pieces: American odds, bookmakers with digits, runners in a list of prices", () => {
  test("a moneyline price is read as stated and goes to the bookmaker named with it", () => {
    const text = "Our betting preview.\nVance is the +250 favorite to win the title.\nOrtiz is listed at +400 to win the title with Bet365.";
    expect(extract(text).map((c) => [c.forecaster.name, c.statedProbability])).toEqual([
      ["The Test Ledger", 0.285714],
      ["Bet365", 0.2],
    ]);
  });

  test("a bookmaker's name may hold digits", () => {
    expect(who("Our betting preview.\nOrtiz is available at 5/1 with Bet365.")).toEqual(["Bet365"]);
    expect(who("Our betting preview.\nBet365 have Ortiz at 8/1.")).toEqual(["Bet365"]);
  });

  test("in a list of prices, a person met before is a runner: the list's bookmaker goes on", () => {
    const text = "The betting opened on Monday.\nAnna Vance said she felt fit for the final.\nBookmakers make Ortiz a 7/2 shot, Vance 11/4.";
    expect(extract(text).map((c) => [c.forecaster.name, c.statedProbability])).toEqual([
      ["Bookmakers (unnamed)", 0.222222],
      ["Bookmakers (unnamed)", 0.266667],
    ]);
  });
});

describe("forecasts seen by comparison, across an aside, or by a change and its figure", () => {
  test("'sees an even larger deficit', 'sees the cash rate being lower': a change seen ahead", () => {
    expect(who("Ines Moor sees an even larger deficit next season.")).toEqual(["Ines Moor"]);
    expect(who("Every other forecaster, 16 in total, sees the cash rate being lower by Christmas.")).toEqual(["Forecasters (unnamed)"]);
    expect(extract("Some areas are starting to see lower cases.")).toEqual([]);
  });

  test("an aside between dashes that holds a decimal point is still one aside", () => {
    const found = extract("Polled economists see the rate — now set at around 0.1% — rising to 0.25% by the end of the year.");
    expect(found.map((c) => c.forecaster.name)).toEqual(["Economists (unnamed)"]);
  });

  test("'was seen switching to a deficit of 1.9 million tons': the figure may come a few words on", () => {
    expect(bands("The world sugar balance was seen switching to a deficit of 1.90-million tons in 2020.")).toEqual(["likely"]);
  });

  test("'an expected rise of 3% in sales': a forecasting participle before a change and its figure", () => {
    expect(bands("The firm reported an expected rise of 3% in sales next year.")).toEqual(["likely"]);
    expect(extract("The expected profit was not enough.")).toEqual([]);
  });

  test("'all the banks' are a group of their trade, not the bank named last", () => {
    const text = "Nordbank doubled its probability of a default to 40 per cent. All the banks assess the probabilities as less than 50 per cent.";
    expect(extract(text).map((c) => [c.forecaster.name, c.band])).toEqual([
      ["Nordbank", "unlikely"],
      ["Banks (unnamed)", "unlikely"],
    ]);
  });
});

describe("bodies named beside a chance", () => {
  test("a relative clause that states a chance describes the body before it", () => {
    const text = '"The party may well back a second vote," said Harbour Capital which puts the likelihood of a second vote at 40 per cent.';
    expect(extract(text).at(-1)).toMatchObject({ forecaster: { name: "Harbour Capital", kind: "ORGANISATION" }, statedProbability: 0.4 });
  });

  test("'…, while JPMorgan raised theirs to 25 per cent': a second body's own chance of the same event", () => {
    const text = "Nordbank doubled its probability of a default to 40 per cent, while Harbour Capital raised theirs to 25 per cent from 15 per cent.";
    expect(extract(text).map((c) => [c.forecaster.name, c.statedProbability])).toEqual([
      ["Nordbank", 0.4],
      ["Harbour Capital", 0.25],
    ]);
  });

  test("a body described by its trade or named in capitals is no person", () => {
    const [found] = extract("On Wednesday, chip equipment maker ASML said that it expected a significant fall in demand from China next year.");
    expect(found.forecaster).toEqual({ name: "ASML", kind: "ORGANISATION" });
  });
});

describe("a second clause with its own hedge in one sentence", () => {
  test.each([
    ["The central bank will raise rates again by October and may hike at a faster pace than expected.", ["very-likely", "roughly-even"]],
    ["Nine of those are expected to become hurricanes and four of those could grow to major storms.", ["likely", "roughly-even"]],
    ["The central bank will leave rates unchanged next week, but a cut is firmly expected by June.", ["very-likely", "likely"]],
    ["The alliance will also not secure a majority as voters are set to return a hung assembly.", ["very-unlikely", "likely"]],
  ])("%s", (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  test("one clause stays one: no second subject and hedge after 'and'", () => {
    expect(bands("Prices may rise and could stay high.")).toEqual(["roughly-even"]);
    expect(bands("Analysts said the bank and its rivals could raise rates in June.")).toHaveLength(1);
  });
});

describe("an earnings preview's estimates", () => {
  test("a hedge on a past verb with the figure it reached estimates a result not yet reported", () => {
    const found = extract(
      "The chipmaker's profit likely surged to a record 4.5 trillion won, analysts said, adding chip earnings will grow further this year.",
    );
    expect(found.map((c) => [c.forecaster.name, c.band])).toEqual([
      ["Analysts (unnamed)", "likely"],
      ["Analysts (unnamed)", "very-likely"],
    ]);
    expect(extract("Sales likely benefited from the discount.")).toEqual([]);
  });
});

describe("the outside probe's serious misses (round thirteen)", () => {
  test("'…, but storms could follow': a second clause with its own subject and hedge after ', but'", () => {
    expect(bands("Temperatures are set to soar to 35C on Friday, but storms could follow at the weekend.")).toEqual(["likely", "roughly-even"]);
  });

  test.each(["We will fight this decision in the courts.", "I will not resign.", "We'll fight on.", "We will not raise taxes."])(
    "a first-person intention or promise is no forecast: %s",
    (text) => {
      expect(extract(text)).toEqual([]);
    },
  );

  test("what the speakers will witness or go through is still a forecast", () => {
    expect(bands("We will see a recession next year.")).toEqual(["very-likely"]);
    expect(bands("Teng believes we'll eventually turn a corner.")).toEqual(["likely"]);
  });

  test("'said' of something other than the speaker, with a time or a figure: the reported future", () => {
    expect(extract("Harbour Capital said oil prices would rise next year.").map((c) => [c.forecaster.name, c.band])).toEqual([
      ["Harbour Capital", "very-likely"],
    ]);
    expect(extract("The company said it would build a new plant next year.")).toEqual([]);
    expect(extract("The minister said the talks would resume on Monday.")).toEqual([]);
  });

  test("a belief or a reading of evidence that credits the sentence at its end; the credit's speaker", () => {
    expect(bands("The recession will be shallow, I think.")).toEqual(["likely"]);
    expect(extract("Prices will fall next year, predicted Ines Moor.").map((c) => [c.forecaster.name, c.band])).toEqual([["Ines Moor", "likely"]]);
  });

  test("a date a rule comes into force is a schedule", () => {
    expect(extract("The new rules will come into force in January.")).toEqual([]);
  });

  test("'Analysts at Jefferies': one capitalised word after 'at' is the body they work for", () => {
    expect(who("Analysts at Jefferies expect the stock to rise 10% next year.")).toEqual(["Jefferies"]);
  });

  test("a forecast that ends in 'the U.S.' is a sentence of its own", () => {
    expect(bands("Growth will slow in the U.S. The Fed could cut rates in June.")).toEqual(["very-likely", "roughly-even"]);
  });
});

describe("groups and bodies the outside probe found credited to the outlet", () => {
  test.each([
    ["There is little chance the talks will produce a deal before Christmas, mediators said.", "Mediators (unnamed)"],
    ["There is only a 5% chance that the asteroid will hit Earth, astronomers said.", "Astronomers (unnamed)"],
    ["The drought will cut the wheat harvest by a third, farmers fear.", "Farmers (unnamed)"],
    ["Most Fed policymakers project two rate cuts this year.", "Policymakers (unnamed)"],
    ["The chance of an April cut has dropped to around 10 percent, according to money market pricing.", "Markets (unnamed)"],
    ["Ukraine will not be able to retake the territory this year, a Pentagon assessment concluded.", "Pentagon assessment"],
    ["Ernst & Young expects IPO activity to pick up in the second half.", "Ernst & Young"],
  ])("%s → %s", (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });

  test("'farmers fear' at the end governs the bare will as a forecasting verb does", () => {
    expect(bands("The drought will cut the wheat harvest by a third, farmers fear.")).toEqual(["likely"]);
  });

  test("a minister who fears that a clause comes true speaks for it, its own hedge governing", () => {
    expect(extract("The work and pensions minister fears that unemployment could top 10%.").map((c) => [c.forecaster.kind, c.band])).toEqual([
      ["UNNAMED_GROUP", "roughly-even"],
    ]);
  });
});

describe("the outside probe's second clauses, cues and prices", () => {
  test.each([
    ["The government expects growth to slow, but it does not think a recession will follow.", ["likely", "unlikely"]],
    ["Rain is likely to return by the weekend, the Met Office said, and temperatures could fall sharply.", ["likely", "roughly-even"]],
    ["OPEC+ is likely to extend its output cuts, though some members may push for an increase, delegates said.", ["likely", "roughly-even"]],
    ["The drought risks cutting the coffee harvest by a fifth, analysts at Rabobank warned.", ["roughly-even"]],
    ['Mr Patel said the odds of a deal were "better than even".', ["likely"]],
    ["A rate cut in June was predicted by 40 of the 55 economists polled.", ["likely"]],
  ])("%s", (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  test("the second clause keeps the sentence's speaker", () => {
    expect(who("OPEC+ is likely to extend its output cuts, though some members may push for an increase, delegates said.")).toEqual([
      "Delegates (unnamed)",
      "Delegates (unnamed)",
    ]);
  });
});

describe("bodies with names that read as people's", () => {
  test.each([
    ["Lloyd's of London said claims would likely rise next year.", "Lloyd's of London"],
    ["Fitch Ratings expects defaults to rise next year.", "Fitch Ratings"],
    ["Standard Chartered expects the dollar to weaken next year.", "Standard Chartered"],
  ])("%s → %s, a body", (text, name) => {
    expect(extract(text)[0].forecaster).toEqual({ name, kind: "ORGANISATION" });
  });
});

describe("what something takes or turns on is no forecast", () => {
  test.each([
    "Apple will need to impress with new products.",
    "Future emission levels will decide how often the ice-free condition occurs.",
    "Growth in EV adoption will vary significantly across markets.",
    "The outcome will depend on turnout.",
    "I'm not saying it will get to orbit.",
  ])("%s", (text) => {
    expect(extract(text)).toEqual([]);
  });

  test("'should be able to come in around 35 trillion won' is a forecast; 'should be able to vote' a right", () => {
    expect(bands("I think operating profit should be able to come in around 35 trillion won this year.")).toEqual(["likely"]);
    expect(extract("Citizens abroad should be able to vote by post.")).toEqual([]);
  });
});

describe("the article probe's speakers and bodies", () => {
  test("a body's trade before a two-word name makes it a body: 'research firm Quorant Data'", () => {
    const text = "Research firm Quorant Data expects shipments to fall 5% next year.\nInvestment bank Dunmore Sachs expects the dollar to weaken next year.";
    expect(extract(text).map((c) => c.forecaster)).toEqual([
      { name: "Quorant Data", kind: "ORGANISATION" },
      { name: "Dunmore Sachs", kind: "ORGANISATION" },
    ]);
  });

  test("a bookmaker that lists a runner at a price; a pundit who tips a club", () => {
    expect(who("Our betting preview.\nDraftLine lists Rovers at -250 to win.")).toEqual(["DraftLine"]);
    expect(who("Our betting preview.\nGary Whitcombe tipped his old club to win the title.")).toEqual(["Gary Whitcombe"]);
  });

  test("a belief governs 'going to' as it does a bare will", () => {
    expect(bands("I genuinely believe we are going to win the cup.")).toEqual(["likely"]);
    expect(bands("We are going to win the cup.")).toEqual(["very-likely"]);
  });

  test("'\"…,\" she said' after a sentence about a newly named person is that person's, not the last quoted speaker's", () => {
    const text =
      '"We will win the league," said Rovers manager Declan Moyes.\nHarlow manager Priya Nandakumar was more bullish.\n"The final could go either way," she said.';
    expect(who(text)).toEqual(["Declan Moyes", "Priya Nandakumar"]);
  });
});

describe("an interview transcript", () => {
  test("the answers are the interviewee's; 'No.' answers and ends its sentence", () => {
    const text =
      "We spoke to economist Jane Moor about housing.\nQ: Will rents fall next year?\nA: No. Rents will keep rising through 2026.\nQ: What about interest rates?\nA: I think the central bank will cut twice.";
    expect(extract(text).map((c) => [c.forecaster.name, c.band, c.quote])).toEqual([
      ["Jane Moor", "very-likely", "Rents will keep rising through 2026."],
      ["Jane Moor", "likely", "A: I think the central bank will cut twice."],
    ]);
  });
});

describe("the article probe's second clauses, beliefs in the present and forecast figures", () => {
  test.each([
    ["The firm is likely to face questions on margins, which analysts at Granite Hill estimate could shave $400m from profit.", ["likely", "roughly-even"]],
    ["Frost could send prices to record highs, though weather forecasters saw only a small chance of that.", ["roughly-even", "unlikely"]],
    ["The model gives Rovers a 64% chance and Harlow a 15% chance.", ["likely", "very-unlikely"]],
    ["Our betting preview.\nRovers are 13/2 and the draw is priced at 4/1.", ["very-unlikely", "unlikely"]],
  ])("%s", (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  test("each second clause names its own speaker", () => {
    expect(who("The firm is likely to face questions on margins, which analysts at Granite Hill estimate could shave $400m from profit.")).toEqual([
      "The Test Ledger",
      "Granite Hill",
    ]);
    expect(who("Frost could send prices to record highs, though weather forecasters saw only a small chance of that.")).toEqual([
      "The Test Ledger",
      "Weather forecasters (unnamed)",
    ]);
  });

  test("a belief over a clause in the present with a time to come; denied, unlikely", () => {
    expect(bands("We think the producer group extends its cuts at the June meeting.")).toEqual(["likely"]);
    expect(bands("I don't think the current pricing holds into next year.")).toEqual(["unlikely"]);
    expect(extract("I think it is a good plan.")).toEqual([]);
  });

  test("a forecasting verb before a figure: 'estimate revenue of $8.4 billion', 'forecast a 25 basis point cut'", () => {
    expect(bands("Analysts at Granite Hill estimate revenue of $8.4 billion for the quarter.")).toEqual(["likely"]);
    expect(bands("The remaining three forecast a 25 basis point cut.")).toEqual(["likely"]);
  });

  test("'I'd be very surprised if …' doubts it; 'a small chance' is unlikely", () => {
    expect(bands("I'd be very surprised if the bank cut rates in June.")).toEqual(["unlikely"]);
    expect(bands("Forecasters see only a small chance of snow.")).toEqual(["unlikely"]);
  });
});

describe("the article probe's pronouns and roles", () => {
  test("'the forecaster' after a named specialist is that person", () => {
    const text =
      '"We are looking at a major hurricane," said Rebecca Thornquist, a senior hurricane specialist at the center.\nThe forecaster said the storm would probably weaken quickly once it moved inland.';
    expect(who(text)).toEqual(["Rebecca Thornquist"]);
  });

  test("'She put the probability … at 30%': the person the pronoun points to", () => {
    const text = '"There is a real chance the bank does not cut at all this year," said Devika Anand. She put the probability of no cuts at 30%.';
    expect(extract(text).map((c) => [c.forecaster.name, c.band])).toEqual([
      ["Devika Anand", "likely"],
      ["Devika Anand", "unlikely"],
    ]);
  });

  test("'Median forecasts showed …': an adjective of a document names no body", () => {
    expect(who("Median forecasts showed the cash rate falling to 3.1% by December.")).toEqual(["The Test Ledger"]);
  });
});

describe("the article probe's extras: judgements of the present, schedules, listings, opinions", () => {
  test.each([
    "The outlook remains uncertain.",
    "It's sobering but not surprising.",
    "I wouldn't call it a boom.",
    "The company will hold a conference call at 4:30 pm.",
    "The final will be shown live on BBC One.",
    "First results are expected shortly before midnight.",
    "Rovers will be without their captain on Saturday.",
  ])("%s", (text) => {
    expect(extract(text)).toEqual([]);
  });

  test("a judgement of a clause to come stays a forecast", () => {
    expect(bands("It would not be surprising if the bank cut rates.")).toEqual(["likely"]);
    expect(bands("It is uncertain that the deal will close.")).toEqual(["roughly-even"]);
  });
});
