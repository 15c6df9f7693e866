// More examples of the candidate builder's rules, each with the case just inside and just outside
// the rule: where an aside or a described subject stops counting, which numbers answer a question
// for the odds, the parts a sentence is cut into and who speaks each, and the lines that state a
// chance under a heading. Written for issue 14: a rule changed by mistake must fail one of them.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Ledger" });
/** Each candidate as [speaker, band, phrase, quote]. */
const read = (text: string) => extract(text).map((c) => [c.forecaster.name, c.band, c.phrase, c.quote]);
const quotes = (text: string) => extract(text).map((c) => c.quote);
const phrases = (text: string) => extract(text).map((c) => c.phrase);
const speakers = (text: string) => extract(text).map((c) => c.forecaster.name);
const odds = (text: string) => extract(text).map((c) => c.probability);

describe("a hedge inside an aside between dashes", () => {
  test.each([
    ["em dashes", "Output will grow — perhaps by a tenth — over the next year."],
    ["en dashes", "Output will grow – perhaps by a tenth – over the next year."],
    ["two spaces around the dashes", "Output will grow  —  perhaps by a tenth  —  over the next year."],
  ])("sizes the aside, not the event: the main clause's will governs (%s)", (_how, sentence) => {
    expect(read(sentence)).toEqual([["The Ledger", "very-likely", "will", sentence]]);
  });

  test("dashes that touch the words set off no aside", () => {
    expect(phrases("Output will grow—perhaps by a tenth—over the next year.")).toEqual(["perhaps"]);
  });

  test("an aside of more than a hundred and twenty characters is no aside", () => {
    const sentence =
      "Output will grow — perhaps by a tenth, or by a fifth, or by a quarter, or by a third, or by half, or by more than that, all depending on the harvest in the north — over the next year.";
    expect(phrases(sentence)).toEqual(["perhaps"]);
  });

  test("when the main clause has no hedge of its own, the aside's hedge is read", () => {
    expect(read("The figures — probably revised later — came out on Monday.")).toEqual([
      ["The Ledger", "likely", "probably", "The figures — probably revised later — came out on Monday."],
    ]);
  });
});

describe("a relative clause that describes the subject", () => {
  test.each([
    ["which", "The bridge, which will carry four lanes of traffic, was approved on Monday."],
    ["who", "The minister, who will visit Rome next week, met the king on Monday."],
    ["a one-word subject", "Volta, which will build the plant, was founded in 1990."],
    ["’ll", "The plant, which they'll open in March, cost a fortune."],
    ["would", "The plant, which would employ 900 people, cost a fortune."],
    ["seven words before the comma", "The plan for a northern rail line, which will cost billions, was approved on Monday."],
    ["two spaces after the comma", "The bridge,  which  will carry four lanes of traffic, was approved on Monday."],
  ])("with a flat will forecasts nothing (%s)", (_how, sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  test("a subject of eight words or more is no subject the rule knows: its will is read", () => {
    expect(phrases("The new plan for a northern rail line, which will cost billions, was approved on Monday.")).toEqual(["will"]);
  });

  test("a clause that does not close with a comma is no aside", () => {
    expect(phrases("The bridge, which will carry traffic; was approved on Monday.")).toEqual(["will"]);
  });

  test("a clause longer than a hundred characters is no aside", () => {
    expect(
      phrases(
        "The bridge, which will carry four lanes of traffic and which will replace the old crossing that has stood over the river since the war, was approved on Monday.",
      ),
    ).toEqual(["will"]);
  });

  test.each([
    ["a hedge", "The bridge, which will probably carry traffic, was approved on Monday.", "will probably"],
    ["a verb of forecasting", "The bridge, which experts predicted would open late, was approved on Monday.", "predicted"],
  ])("with %s the clause still forecasts", (_what, sentence, phrase) => {
    expect(phrases(sentence)).toEqual([phrase]);
  });

  test("the hedge of the main clause governs, read at its own place in the sentence", () => {
    const sentence = "The bridge, which will carry four lanes of traffic, may open in the spring.";
    const [c] = extract(sentence);
    expect(c).toMatchObject({ phrase: "may", band: "roughly-even", quote: sentence, start: 0, end: sentence.length });
    expect(phrases("The plant, which they'll open in March, might close by 2030.")).toEqual(["might"]);
  });
});

describe("a chance someone had given before", () => {
  test.each([
    "The agency had projected a 60 percent chance of rain.",
    "The agency had initially projected a 60 percent chance of rain.",
    "Investors had priced in a 60 percent chance of a cut.",
    "Investors had  priced  in a 60 percent chance of a cut.",
  ])("is superseded, no forecast now: %s", (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  test("without had it is a forecast", () => {
    expect(odds("The agency projected a 60 percent chance of rain.")).toEqual([0.6]);
  });

  test("a had far before the number governs it no more", () => {
    expect(
      odds(
        "The agency had projected, in a report that few people read at the time it came out in the spring of that year, a 60 percent chance of rain.",
      ),
    ).toEqual([0.6]);
  });

  test("the forecast that follows a superseded one is read", () => {
    expect(read("The agency had projected a 60 percent chance of rain. Now it sees a 40 percent chance.")).toEqual([
      ["The Ledger", "unlikely", "40 percent chance", "Now it sees a 40 percent chance."],
    ]);
  });
});

describe("the subject of a frame of belief or betting speaks", () => {
  test.each([
    ["expect", "Investors expect the peso to fall.", "Investors (unnamed)"],
    ["are betting", "Investors are betting that the peso will fall.", "Investors (unnamed)"],
    ["betting that", "Investors betting that the peso will fall sold it.", "Investors (unnamed)"],
    ["favour", "Analysts favour a cut in June.", "Analysts (unnamed)"],
    ["favor", "Bookmakers favor the incumbent to win.", "Bookmakers (unnamed)"],
    ["believe", "Analysts believe the peso will fall.", "Analysts (unnamed)"],
    ["suggest", "Analysts suggest the peso will fall.", "Analysts (unnamed)"],
    ["were forecasting", "Economists were forecasting a recession.", "Economists (unnamed)"],
    ["see … coming", "Economists see a recession coming.", "Economists (unnamed)"],
    ["dismissed", "The minister dismissed the chance of a snap election.", "Government official (unnamed)"],
    ["ruled out", "The minister ruled out the chance of a snap election.", "Government official (unnamed)"],
    ["played down", "The minister played down the chance of a snap election.", "Government official (unnamed)"],
    ["downplayed", "The minister downplayed the chance of a snap election.", "Government official (unnamed)"],
    ["rejected", "The minister rejected the chance of a snap election.", "Government official (unnamed)"],
    ["forecasts … to", "An exit poll forecasts the party to win a majority.", "Exit poll"],
  ])("%s", (_frame, sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });

  test("a chance dismissed is unlikely", () => {
    expect(read("The minister dismissed the chance of a snap election.")).toEqual([
      ["Government official (unnamed)", "unlikely", "dismissed the chance", "The minister dismissed the chance of a snap election."],
    ]);
  });
});

describe("a bare percentage that answers a question for the odds", () => {
  const answer = (line: string) => extract(`What are the odds of a strike?\n${line}`).map((c) => [c.probability, c.phrase, c.start, c.end]);

  test.each([
    ["0%.", 0, 31, 34],
    ["100%.", 1, 31, 36],
    ["20.25%.", 0.2025, 31, 38],
    ["20 %.", 0.2, 31, 36],
    ["20percent.", 0.2, 31, 41],
  ])("%s", (line, probability, start, end) => {
    expect(answer(line)).toEqual([[probability, line, start, end]]);
  });

  test("the answer is read without the spaces around it", () => {
    expect(answer("  20%.  ")).toEqual([[0.2, "20%.", 33, 37]]);
    expect(answer("About  20%.")).toEqual([[0.2, "About  20%.", 31, 42]]);
  });

  test.each([
    ["more than certain", "101%."],
    ["four digits", "1000%."],
    ["a point with no decimals", "20.%."],
    ["words before it", "The answer: 20%."],
  ])("no answer: %s", (_why, line) => {
    expect(answer(line)).toEqual([]);
  });

  test("after a question that asks for no odds, a percentage answers nothing", () => {
    expect(extract("Will rates fall?\n20%.")).toEqual([]);
  });

  test("a sentence after the answer is read on its own", () => {
    expect(read("What are the odds of a strike?\n20%. Maybe.")).toEqual([
      ["The Ledger", "unlikely", "20%.", "20%."],
      ["The Ledger", "roughly-even", "Maybe", "Maybe."],
    ]);
  });
});

describe("a second number after a stated chance", () => {
  const first = ["Goldman", "likely", "odds at 70 percent", "Goldman puts the odds at 70 percent this month"];

  test.each([
    ["two spaces before it", "Goldman puts the odds at 70 percent this month and  80 percent in the fall.", "and  80 percent in the fall."],
    ["just under", "Goldman puts the odds at 70 percent this month and just under 80 percent in the fall.", "and just under 80 percent in the fall."],
    ["nearly", "Goldman puts the odds at 70 percent this month and nearly 80 percent in the fall.", "and nearly 80 percent in the fall."],
    ["per cent", "Goldman puts the odds at 70 percent this month and 80 per cent in the fall.", "and 80 per cent in the fall."],
    ["percent joined to the number", "Goldman puts the odds at 70 percent this month and 80percent in the fall.", "and 80percent in the fall."],
  ])("%s", (_how, sentence, second) => {
    expect(read(sentence)).toEqual([first, ["Goldman", "very-likely", second, second]]);
  });

  test("with a decimal", () => {
    expect(odds("Goldman puts the odds at 70 percent this month and 80.5 percent in the fall.")).toEqual([0.7, 0.805]);
  });

  test("after a comma", () => {
    expect(quotes("Goldman puts the odds at 70 percent, and 80 percent in the fall.")).toEqual([
      "Goldman puts the odds at 70 percent",
      "and 80 percent in the fall.",
    ]);
    expect(quotes("Goldman puts the odds at 70 percent this month, and is close to 80 percent by the fall.")).toEqual([
      "Goldman puts the odds at 70 percent this month",
      "and is close to 80 percent by the fall.",
    ]);
  });

  test.each([
    ["above", "Goldman puts the odds at 70 percent, which is above the consensus of 60 percent.", 0.6],
    ["below", "Goldman puts the odds at 70 percent, which is below the consensus 80 percent.", 0.8],
  ])("a comparison with another figure (%s) is a second stated number", (_how, sentence, second) => {
    expect(odds(sentence)).toEqual([0.7, second]);
    expect(speakers(sentence)).toEqual(["Goldman", "Goldman"]);
  });

  test.each([
    ["a past figure", "Goldman puts the odds at 70 percent this month and 23 percent two years ago."],
    ["more than certain", "Goldman puts the odds at 70 percent this month and 230 percent in the fall."],
  ])("no second number: %s", (_why, sentence) => {
    expect(odds(sentence)).toEqual([0.7]);
  });
});
