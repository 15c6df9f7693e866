// The general rules of issue 9, each on sentences written for this test (none from the corpus):
// who forecasts, which words govern the event, what is no forecast, and numbers.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
const bands = (text: string) => extract(text).map((c) => c.band);

describe("who forecasts", () => {
  test("an unnamed group is named by its own noun phrase", () => {
    expect(who("Energy analysts expect crude to climb next quarter.")).toEqual(["Energy analysts (unnamed)"]);
    expect(who("Of the remaining respondents, 12 predicted the bank would cut twice.")).toEqual(["Respondents (unnamed)"]);
    expect(who("Freight brokers and analysts are forecasting another year of high rates.")).toEqual(["Freight brokers and analysts (unnamed)"]);
  });

  test("a bare quantifier speaks for the group last named", () => {
    const article = "Coffee traders expect prices to stay high this season. Demand is firm, with many now believing a glut is unlikely before 2028.";
    expect(who(article)).toEqual(["Coffee traders (unnamed)", "Coffee traders (unnamed)"]);
  });

  test("a poll or survey speaks as the poll, named by its maker", () => {
    expect(who("Steel prices are unlikely to recover before spring, a Halden Research poll showed on Monday.")).toEqual(["Halden Research poll"]);
    expect(who("According to another survey released by Northfield Analytics, the ruling bloc is likely to win 210 seats.")).toEqual([
      "Northfield Analytics survey",
    ]);
  });

  test("an attribution set off by commas, and a poll described by who conducted it", () => {
    expect(who("Shares in the firm, Halden Bank said, are likely to climb.")).toEqual(["Halden Bank"]);
    expect(who("The poll of 1,000 voters, conducted by Ipsaro, shows Smith is likely to win.")).toEqual(["Ipsaro poll"]);
  });

  test("a poll's passive results that follow stay the poll's", () => {
    const article =
      "Wheat will average $7 a bushel next year, according to a Granary Monitor survey of 20 traders. For the year after, wheat is expected to average $7.40.";
    expect(who(article)).toEqual(["Granary Monitor survey of 20 traders", "Granary Monitor survey of 20 traders"]);
  });

  test("the subject of the verb that gives the odds or forecasts, before the outlet that reports it", () => {
    expect(who("Ridgeway Capital puts the odds of a default at 30 percent.")).toEqual(["Ridgeway Capital"]);
    expect(who("Freight analysts expect container rates to double by June, the Harbour Gazette reported.")).toEqual(["Freight analysts (unnamed)"]);
    // A named person who says it at the end speaks for the group that gives the odds.
    expect(who("Economists at Calder Bank put a 40 percent chance on a cut, said Mira Stone, its chief economist.")).toEqual(["Mira Stone"]);
    expect(who("Quotes on the futures show that the market estimates the probability of a hike in June at 60%.")).toEqual(["Markets (unnamed)"]);
  });

  test("“X said it expects” is X; a description after the name is looked through", () => {
    expect(who("Norland Motors, the largest carmaker, said it expects output to recover next quarter.")).toEqual(["Norland Motors"]);
    expect(who("Ravi Menon, chief economist at Keller Bank, predicts the lira will weaken.")).toEqual(["Ravi Menon"]);
  });

  test("curly apostrophes stay inside names, and a surname alone attributes a quotation", () => {
    expect(who("Kieran O’Malley expects the strike to end soon.")).toEqual(["Kieran O’Malley"]);
    expect(who("“Supply will stay tight into 2027,” Okafor wrote in a note.")).toEqual(["Okafor"]);
    expect(who("  • Lindqvist said the yard is unlikely to reopen before 2028.")).toEqual(["Lindqvist"]);
    const article = "Demand has held up, said Dara O’Neill, a partner at Tidewater.\n“Supply will stay tight into 2027,” O’Neill wrote.";
    expect(who(article)).toEqual(["Dara O’Neill"]);
  });

  test("“according to” the owner of a document, or its maker after a description", () => {
    const article = "Halvard Bank expects growth to slow. The chance of a recession is about 35 percent, according to the bank’s models.";
    expect(who(article)).toEqual(["Halvard Bank", "Halvard Bank"]);
    expect(who("By 2030, half of all cars sold will be electric, according to a new forecast from research firm Voltmark.")).toEqual(["Voltmark"]);
  });

  test("the next sentence names the source of the claim before it, when it points back to it", () => {
    const article =
      "There is a 30 percent chance that the lake freezes over this winter.\nThat outcome would be rare, according to a bulletin from the Nordic Ice Service.";
    expect(who(article)).toEqual(["The Nordic Ice Service"]);
  });

  test("“with X estimating” attributes its sentence", () => {
    expect(who("Sea levels are likely to rise faster, with the Polar Data Centre estimating a gain of 4 millimetres a year.")).toEqual([
      "The Polar Data Centre",
    ]);
  });

  test("a survey's answers: the bare percentage after a question for the odds, signed on the next line", () => {
    const article = [
      "What are the odds of a recession next year?",
      "Anna Berg, chief economist, Norrland Bank",
      "“25%. Credit is tightening, but jobs are plentiful.”",
      "-- Anna Berg, chief economist, Norrland Bank",
    ].join("\n");
    const [answer] = extract(article);
    expect(answer).toMatchObject({ forecaster: { name: "Anna Berg" }, probability: 0.25, probabilitySource: "STATED", band: "unlikely" });
  });

  test("a paragraph of quotation after a quoted person's paragraph is theirs", () => {
    const article = [
      "“Demand is firm,” said Lena Park, an analyst at Sundial Partners.",
      "“We expect prices to rise through the summer.”",
      "Brokers said the rally is likely to fade.",
    ].join("\n");
    expect(who(article)).toEqual(["Lena Park", "Brokers (unnamed)"]);
  });
});

describe("the words that govern the event", () => {
  test("a verb of forecasting governs the will or would of its clause; a denied belief makes it unlikely", () => {
    expect(bands("Analysts predict that the central bank will cut rates in March.")).toEqual(["likely"]);
    expect(bands("She thought fuel prices would ease by winter.")).toEqual(["likely"]);
    expect(bands("We do not think the currency will recover this year.")).toEqual(["unlikely"]);
  });

  test("a hedge on an afterthought does not govern the event", () => {
    expect(bands("Ines Moreau predicts the fund will keep its stake through 2027 and possibly beyond.")).toEqual(["likely"]);
  });

  test("a clause's own hedge wins over the verb that frames it", () => {
    expect(bands("Most polls projected the coalition could win a majority.")).toEqual(["roughly-even"]);
  });

  test("the earliest hedge of a clause governs, not a longer one later", () => {
    expect(bands("The drought will persist through June, and it will not reach the northern farms.")).toEqual(["very-likely"]);
  });

  test("passive forecasts with their infinitive, contests called even, and frames", () => {
    expect(bands("The incumbent is predicted to win 300 seats.")).toEqual(["likely"]);
    expect(bands("The two rivals are in a close race for second place.")).toEqual(["roughly-even"]);
    expect(bands("The odds now strongly favour a rate hold in June.")).toEqual(["very-likely"]);
    expect(bands("We are looking at a couple of years of tight supply.")).toEqual(["likely"]);
    expect(bands("An exit poll forecasts the alliance to win 290 seats.")).toEqual(["likely"]);
    expect(bands("Most economists in the panel did not foresee a rapid series of cuts.")).toEqual(["unlikely"]);
    expect(bands("They’ll be kept waiting throughout next year.")).toEqual(["very-likely"]);
  });

  test("a contrasting clause with its own source is a forecast of its own", () => {
    expect(
      extract("Copper is set to rise for a third month, but according to the Metals Desk, traders said the rally is unlikely to last.").map((c) => c.band),
    ).toEqual(["likely", "unlikely"]);
  });

  test("nor negates the hedge after it", () => {
    expect(bands("Prices are not falling, nor is the bank likely to cut rates.")).toEqual(["unlikely"]);
  });
});

describe("what is no forecast", () => {
  test.each([
    ["an indirect question", "It is unclear how many members will back the plan."],
    ["a superseded expectation", "The lenders had expected the rate to reach 6 percent."],
    ["a participle used as an adjective", "Their estimated 300 seats would be a record."],
    ["a judgement of the present", "The regime very likely continues to fund the militia."],
    ["a schedule by the clock", "Results are expected by noon on Friday."],
    ["a timetable", "Voting will begin on Thursday at 7 a.m."],
  ])("%s", (_kind, sentence) => {
    expect(extract(sentence)).toEqual([]);
  });
});

describe("numbers", () => {
  test("a number before a quoted word of certainty", () => {
    expect(extract("The party is 95 percent “certain” to hold the seat.")[0]).toMatchObject({ probability: 0.95, probabilitySource: "STATED" });
  });

  test("a stated chance read across abbreviations in its sentence", () => {
    expect(extract("Futures put the probability of a hike by the E.C.B. at the June meeting at 40%.")[0]).toMatchObject({
      probability: 0.4,
      probabilitySource: "STATED",
    });
  });

  test("a past figure after a stated chance is no second forecast", () => {
    expect(extract("Traders now give 40 percent odds of a default, up from 25 percent in May and 15 percent last year.")).toHaveLength(1);
  });

  test("a second number shares the first one's noun of chance and speaker; a range stays one number", () => {
    const read = (text: string) => extract(text).map((c) => [c.forecaster.name, c.probability, c.probabilitySource]);
    expect(read("The Tidal Bureau puts the odds of a surge at 60 percent this winter and 75 percent by spring.")).toEqual([
      ["The Tidal Bureau", 0.6, "STATED"],
      ["The Tidal Bureau", 0.75, "STATED"],
    ]);
    expect(read("The Tidal Bureau puts the odds of a surge at between 20 and 30 percent.")).toEqual([["The Tidal Bureau", 0.25, "STATED"]]);
  });

  test("the level of a rate is no stated chance", () => {
    expect(extract("The odds strongly favour the bank keeping interest rates at 0.5 per cent.")[0]).toMatchObject({
      probabilitySource: "SCALE",
      band: "very-likely",
    });
  });
});
