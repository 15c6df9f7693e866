// The general rules of issue 9's second round, each on sentences written for this test (none
// from the corpus): attribution at the end of a sentence and in the next one, reports that read
// on, the verbs that govern a bare will, and numbers.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
const bands = (text: string) => extract(text).map((c) => c.band);

describe("who forecasts", () => {
  test("a sentence-final attribution with a bare day, or followed by a clause of cause", () => {
    expect(who("The harvest could be the smallest in a decade, a grain board economist said Friday.")).toEqual(["Grain board economists (unnamed)"]);
    expect(who("The ruling bloc is unlikely to keep its majority, a Tallis survey said on Monday, due to anger over rents.")).toEqual(["Tallis survey"]);
  });

  test("a study or report that reveals a finding speaks as a poll does", () => {
    expect(who("Glaciers in the range might vanish by 2070, a study revealed.")).toEqual(["Study"]);
  });

  test("a count after a group speaks for it, with “only” or “just” before the count", () => {
    expect(who("Of 40 respondents, only five said they expected a larger cut.")).toEqual(["Respondents (unnamed)"]);
  });

  test("the next sentence owns the writer's claim: “That's the view of X”", () => {
    const article =
      "The tablet market is predicted to shrink by 4 percent this year. That's the view of research firm Pemberly Insight, which cut its outlook.";
    expect(who(article)).toEqual(["Pemberly Insight"]);
  });

  test("a leading clause of basis before the subject, and the subject of “put the chances of … at”", () => {
    expect(who("Based on median answers, the strategists saw a 40% probability of a rate hike.")).toEqual(["Strategists (unnamed)"]);
    expect(who("Bookmakers currently put the chances of a replay at about 30 percent.")).toEqual(["Bookmakers (unnamed)"]);
  });

  test("two speakers of one forecast in one sentence: “…, as does X”", () => {
    const [first, second] = extract("Bookmakers put the chances of a replay at 30 percent, as does the Northgate Bank.");
    expect(first).toMatchObject({ forecaster: { name: "Bookmakers (unnamed)" }, probability: 0.3, probabilitySource: "STATED" });
    expect(second).toMatchObject({ forecaster: { name: "The Northgate Bank" }, probability: 0.3, probabilitySource: "STATED" });
  });

  test("the antecedent of “…, who are betting that” forecasts", () => {
    expect(who("Bankers are more cautious than investors, who are betting that the first cut will come in July.")).toEqual(["Investors (unnamed)"]);
  });

  test("a wire dateline, a day and a date are no part of the subject; “government” qualifies a trade", () => {
    expect(who("(WIRE) - A government weather forecaster on Friday (Jan 9) said a cold spell is predicted to last into March.")).toEqual([
      "Government weather forecasters (unnamed)",
    ]);
    expect(who("OSLO – Economists now expect the krone to weaken.")).toEqual(["Economists (unnamed)"]);
  });

  test("a body that revised its expectations speaks for the passive forecasts after it", () => {
    const article =
      "“Sales will drop,” said Jo Hale, an analyst. Pemberly Analytics Group has downgraded expectations in every market. Chile is predicted to fall by 9 percent.";
    expect(who(article)).toEqual(["Jo Hale", "Pemberly Analytics Group"]);
  });

  test("a study published in a journal speaks for its authors", () => {
    expect(who("According to the study published in the journal Polar Letters, the lake could dry out by 2040.")).toEqual(["Study"]);
  });

  test("“tip” and “points to” report a view", () => {
    expect(who("Analysts tip the Greens as the most likely partner.")).toEqual(["Analysts (unnamed)"]);
    expect(who("Political scientist Maria Lind also points to the farmers' party as another possible ally.")).toEqual(["Maria Lind"]);
  });

  test("a chance dismissed governs its clause; a participle clause after it keeps the subject", () => {
    const [dismissed] = extract("Economists also roundly rejected the possibility the bank will cut by half a point.");
    expect(dismissed).toMatchObject({ forecaster: { name: "Economists (unnamed)" }, band: "unlikely" });
    expect(who("Forecasters downplayed the odds of a harsh winter, predicting it will be mild.")).toEqual(["Forecasters (unnamed)", "Forecasters (unnamed)"]);
  });

  test("a named body's forecasts read on in the passive; past the writer's own words, only on the same subject", () => {
    const onward = "Pemberly Analytics Group expects tablet sales to fall 4 percent. Sales in Brazil are predicted to fall by 7 percent.";
    expect(who(onward)).toEqual(["Pemberly Analytics Group", "Pemberly Analytics Group"]);
    // Round twelve: blind labels credit the body's figures on its subject to it even after a
    // sentence of the writer's (ADR 0008); a figure on another subject stays the writer's.
    const same =
      "Pemberly Analytics Group expects tablet sales to fall 4 percent. This time, the slump is likely to last. Sales in Brazil are predicted to fall by 7 percent.";
    expect(who(same)).toEqual(["Pemberly Analytics Group", "The Test Ledger", "Pemberly Analytics Group"]);
    const other =
      "Pemberly Analytics Group expects tablet sales to fall 4 percent. This time, the slump is likely to last. Ticket prices in Brazil are predicted to rise by 7 percent.";
    expect(who(other)).toEqual(["Pemberly Analytics Group", "The Test Ledger", "The Test Ledger"]);
  });
});

describe("the words that govern the event", () => {
  test("thinking governs a bare will as a forecasting verb does", () => {
    expect(bands("Most punters think the Greens will win the seat.")).toEqual(["likely"]);
  });

  test("a forecasting verb governs across an aside about the subject and a bracketed abbreviation", () => {
    expect(bands("Pollsters forecast that the 70-year-old mayor, who has served since 2010, will win again.")).toEqual(["likely"]);
    expect(bands("Pollsters forecast that the Northern Farmers' League (NFL) will enter the assembly.")).toEqual(["likely"]);
  });
});

describe("numbers", () => {
  test("each item of a list of stated chances is its own forecast, by the same speaker", () => {
    const read = extract(
      "Forecasters give a 50 percent chance of a wet spring, a 30 percent chance of a dry one and only a 20 percent chance of a normal one.",
    ).map((c) => [c.forecaster.name, c.probability, c.band]);
    expect(read).toEqual([
      ["Forecasters (unnamed)", 0.5, "roughly-even"],
      ["Forecasters (unnamed)", 0.3, "unlikely"],
      ["Forecasters (unnamed)", 0.2, "unlikely"],
    ]);
  });

  test("“and is close to 80%” is a second stated number for the same noun of chance", () => {
    expect(extract("The chance of a thaw is about 60% in May, and is close to 85% in June.").map((c) => c.probability)).toEqual([0.6, 0.85]);
  });

  test("a “with …” clause with its own hedge is a forecast of its own, but only when the words before it forecast too", () => {
    expect(bands("The bureau put the chance at about 80 per cent, with a return to normal most likely in spring.")).toEqual(["very-likely", "likely"]);
    expect(extract("That would hand the Greens 60 seats, with the Reds predicted to take 40.")).toHaveLength(1);
  });

  test("a second number after “and is close to”, “which is above X’s”, or “and just under”", () => {
    expect(extract("The chance of a thaw is about 60% in May and is close to 85% in June.").map((c) => c.probability)).toEqual([0.6, 0.85]);
    expect(extract("Their chance of the title stands at 52.5%, which is above Rovers’ 30.1%.").map((c) => [c.probability, c.band])).toEqual([
      [0.525, "roughly-even"],
      [0.301, "unlikely"],
    ]);
    expect(bands("Analysts estimate the probability at 30 percent, up from 15 percent earlier, and just under 50 percent in two years.")).toEqual([
      "unlikely",
      "roughly-even",
    ]);
  });

  test("bookmakers' fractional prices in a list, each with its bookmaker; no price without words of betting", () => {
    const read = extract(
      "After the row, bookies lengthened the odds on a Green win in the seat, Tote Direct to 20/1, Ladbrokes, 33/1 and Hillside Bets 24/1.",
    ).map((c) => [c.forecaster.name, c.probability, c.probabilitySource]);
    expect(read).toEqual([
      ["Tote Direct", 0.047619, "STATED"],
      ["Ladbrokes", 0.029412, "STATED"],
      ["Hillside Bets", 0.04, "STATED"],
    ]);
    expect(extract("The help desk runs 24/7 from next month.")).toEqual([]);
  });

  test("a scenario heading ending in a colon with its chance on the next line", () => {
    const [scenario] = extract("How might the strike end?\nA settlement before May:\n40% chance\nRoute: talks resume after Easter.");
    expect(scenario).toMatchObject({ quote: "A settlement before May:\n40% chance", probability: 0.4, probabilitySource: "STATED", band: "unlikely" });
  });
});

describe("the will that governs", () => {
  test("“sure to” is certainty; an adjective after “will be” is what the will forecasts, not a hedge", () => {
    expect(bands("The incumbent is sure to win the runoff.")).toEqual(["almost-certain"]);
    expect(bands("Their bloc will lead the chamber, and no budget will be possible without it.")).toEqual(["very-likely"]);
  });

  test("a clause after “while” with its own subject and hedge is its own forecast", () => {
    expect(bands("The mayor looks almost certain to win next Sunday while a new party is poised to enter the council.")).toEqual(["almost-certain", "likely"]);
  });
});

describe("what is no forecast, and forecasts in other clothes", () => {
  test.each([
    ["a modal perfect judges the past", "It could have been far worse for the visitors."],
    ["an indirect question after a verb of knowing", "The team worked out how, in a warmer world, the glacier might retreat."],
    ["a hope", "The party is hoping that the by-election will mark a turnaround."],
    ["a promise", "The minister vowed the plant would reopen."],
  ])("%s", (_kind, sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  test("a would reported at the sentence's end is the reported future", () => {
    expect(extract("The alliance would secure 120 seats, said the poll published by the Courier.")[0]).toMatchObject({
      band: "very-likely",
      forecaster: { name: "Poll" },
    });
  });

  test("a denied belief with a joined n’t is unlikely", () => {
    expect(bands("I don’t think the strike will last long.")).toEqual(["unlikely"]);
  });

  test("forecasters favour; a median forecast and projections for a year with their figures", () => {
    expect(who("Forecasters favour a mild winter.")).toEqual(["Forecasters (unnamed)"]);
    const article = "A survey of 30 traders produced a median forecast of $90 for 2026. Projections for 2027 rose to $95, up from $88.";
    expect(who(article)).toEqual(["Survey of 30 traders", "Survey of 30 traders"]);
  });
});

describe("the hedge denied", () => {
  test("“Slow growth is likely, a recession is not.”: the elided hedge, denied, also inside a quotation", () => {
    expect(bands("Slow growth is likely, a slump is not.")).toEqual(["likely", "unlikely"]);
    expect(bands("“A thaw is expected by May, a flood is not,” said Ana Ruiz.")).toEqual(["likely", "unlikely"]);
  });
});
