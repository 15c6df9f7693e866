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
    expect(read("Prices — probably by a tenth — rise next year.")).toEqual([
      ["The Ledger", "likely", "probably", "Prices — probably by a tenth — rise next year."],
    ]);
    // …unless the main clause reports what already happened.
    expect(read("The figures — probably revised later — came out on Monday.")).toEqual([]);
  });
});

describe("a relative clause that describes the subject", () => {
  test.each([
    ["which", "The bridge, which will carry four lanes of traffic, was approved on Monday."],
    ["who", "The minister, who will visit Rome next week, met the king on Monday."],
    ["a one-word subject", "Volta, which will build the plant, was founded in 1990."],
    ["’ll", "The plant, which they'll open in March, cost a fortune."],
    ["would", "The plant, which would employ 900 people, cost a fortune."],
    ["a number in the subject", "The 2026 budget, which will cut spending, was approved on Monday."],
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
    ["expected", "The bridge, which engineers expected would open late, was approved on Monday.", "expected"],
    ["forecast", "The bridge, which the agency forecast would open late, was approved on Monday.", "forecast"],
    ["forecasts", "The bridge, which the agency forecasts will open late, was approved on Monday.", "forecasts"],
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

  test("a had in an earlier clause of the sentence governs nothing after a semicolon", () => {
    expect(odds("The agency had projected rain; now it sees a 40 percent chance of a storm.")).toEqual([0.4]);
  });

  test("without had it is a forecast", () => {
    expect(odds("The agency projected a 60 percent chance of rain.")).toEqual([0.6]);
  });

  test("a had far before the number governs it no more", () => {
    expect(
      odds("The agency had projected, in a report that few people read at the time it came out in the spring of that year, a 60 percent chance of rain."),
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

describe("a second reported claim in the same sentence", () => {
  const slows = ["The Ledger", "likely", "will probably", "Growth will probably slow"];

  test.each([
    // Who speaks a clause with no speaker the rules know is attribution's business, not asserted here.
    ["but according to", "Growth will probably slow, but according to the central bank a recession is unlikely.", null],
    ["but … say", "Growth will probably slow, but most economists say a recession is unlikely.", "Economists (unnamed)"],
    ["yet … expect", "Growth will probably slow, yet economists expect a recovery in May.", "Economists (unnamed)"],
    ["while … has said", "Growth will probably slow, while the bank has said a recession is unlikely.", null],
    ["… say that", "Growth will probably slow, economists say that a recession is unlikely.", "Economists (unnamed)"],
    ["… are estimating that", "Growth will probably slow, most economists are estimating that a recession is unlikely.", "Economists (unnamed)"],
    ["… have warned that", "Growth will probably slow, economists have warned that a recession is likely.", "Economists (unnamed)"],
    ["… argued it", "Growth will probably slow, economists argued it may recover.", "Economists (unnamed)"],
  ])("is cut off at its comma (%s), with its own speaker", (_how, sentence, speaker) => {
    const [first, second] = read(sentence);
    expect(first).toEqual(slows);
    if (speaker) expect(second[0]).toBe(speaker);
    expect(second[3]).toBe(sentence.slice(27));
  });

  test("a sentence that reports a claim after a comma keeps both offsets exact", () => {
    const sentence = "Growth will probably slow, but most economists say a recession is unlikely.";
    expect(extract(sentence).map((c) => [c.start, c.end])).toEqual([
      [0, 25],
      [27, sentence.length],
    ]);
  });
});

describe("a leading clause of concession", () => {
  test.each([
    ["While", "While the opposition might gain seats, the government will survive."],
    ["Whilst", "Whilst the opposition might gain seats, the government will survive."],
    ["Although", "Although the opposition might gain seats, the government will survive."],
    ["Though", "Though the opposition might gain seats, the government will survive."],
    ["Even though", "Even though the opposition might gain seats, the government will survive."],
    ["Even if", "Even if the opposition might gain seats, the government will survive."],
  ])("%s …, is a part of its own: its hedge does not band the main clause", (_word, sentence) => {
    const comma = sentence.indexOf(",");
    expect(read(sentence)).toEqual([
      ["The Ledger", "roughly-even", "might", sentence.slice(0, comma)],
      ["The Ledger", "very-likely", "will", "the government will survive."],
    ]);
  });

  test("three words are enough for a concession", () => {
    expect(quotes("While it may, the government will survive.")).toEqual(["While it may", "the government will survive."]);
  });
});

describe("a clause of its own between dashes", () => {
  test.each([
    ["though", "The government will survive — though it may lose its majority — until the spring.", "though it may lose its majority"],
    ["but", "The government will survive — but it may lose its majority — until the spring.", "but it may lose its majority"],
    ["whereas", "The government will survive — whereas the opposition may gain — until the spring.", "whereas the opposition may gain"],
    ["and", "The government will survive — and it may even grow stronger — until the spring.", "and it may even grow stronger"],
  ])("opened by %s is a second forecast", (_word, sentence, aside) => {
    expect(read(sentence)).toEqual([
      ["The Ledger", "very-likely", "will", "The government will survive"],
      ["The Ledger", "roughly-even", "may", aside],
    ]);
    expect(extract(sentence)[1].start).toBe(sentence.indexOf(aside));
  });

  test("an aside that opens with no joining word stays in the sentence", () => {
    expect(quotes("The government will survive — it may lose its majority — until the spring.")).toEqual([
      "The government will survive — it may lose its majority — until the spring.",
    ]);
  });
});

describe("bookmakers' prices", () => {
  const prices = (text: string) => extract(text).map((c) => [c.forecaster.name, c.phrase, c.probability]);

  test.each([
    ["to", "Bookmakers lengthened the odds on a home win, Paddy Power to 20/1."],
    ["at", "Bookmakers lengthened the odds on a home win, Paddy Power at 20/1."],
    ["after a semicolon", "Bookmakers lengthened the odds on a home win; Paddy Power to 20/1."],
  ])("the bookmaker named before its price sets it (%s)", (_word, sentence) => {
    expect(prices(sentence)).toEqual([["Paddy Power", "20/1", 0.047619]]);
  });

  test("a list of prices, each with its bookmaker and its own quote", () => {
    const sentence = "Bookmakers cut the odds on a home win, Paddy Power to 5/1, Ladbrokes 6/1 and William Hill 7/1.";
    expect(prices(sentence)).toEqual([
      ["Paddy Power", "5/1", 0.166667],
      ["Ladbrokes", "6/1", 0.142857],
      ["William Hill", "7/1", 0.125],
    ]);
    expect(quotes(sentence)).toEqual(["Bookmakers cut the odds on a home win, Paddy Power to 5/1", "Ladbrokes 6/1", "and William Hill 7/1."]);
    expect(extract(sentence).map((c) => [c.start, c.end, c.band, c.probabilitySource, c.statedProbability])).toEqual([
      [0, 57, "very-unlikely", "STATED", 0.166667],
      [59, 72, "very-unlikely", "STATED", 0.142857],
      [73, 94, "very-unlikely", "STATED", 0.125],
    ]);
  });

  test("prices of two digits on both sides", () => {
    expect(prices("Bookmakers cut the odds on a home win, Paddy Power to 11/10.")).toEqual([["Paddy Power", "11/10", 0.47619]]);
    expect(prices("Bookmakers cut the odds on a home win, Paddy Power to 5/1, Ladbrokes 11/10.")).toEqual([
      ["Paddy Power", "5/1", 0.166667],
      ["Ladbrokes", "11/10", 0.47619],
    ]);
  });

  test("a comma after the bookmaker, and “and … at”", () => {
    expect(prices("Bookmakers cut the odds on a home win, Paddy Power to 5/1, Ladbrokes, 6/1 and William Hill 7/1.").map((p) => p[0])).toEqual([
      "Paddy Power",
      "Ladbrokes",
      "William Hill",
    ]);
    expect(prices("Bookmakers cut the odds on a home win, Paddy Power to 5/1, and Ladbrokes at 6/1.")).toEqual([
      ["Paddy Power", "5/1", 0.166667],
      ["Ladbrokes", "6/1", 0.142857],
    ]);
  });

  test.each([
    ["a price of nothing to nothing", "Bookmakers cut the odds on a home win to 5/1, Ladbrokes 0/0."],
    ["five digits against", "Bookmakers cut the odds on a home win to 5/1, Ladbrokes 12345/1."],
    ["four digits on", "Bookmakers cut the odds on a home win to 5/1, Ladbrokes 10/1000."],
    ["a name in lower case", "Bookmakers cut the odds on a home win to 5/1, ladbrokes 10/1."],
  ])("no further price: %s", (_why, sentence) => {
    expect(prices(sentence)).toEqual([["The Ledger", "5/1", 0.166667]]);
  });

  test("a bookmaker's name of more than three words is no list item", () => {
    expect(quotes("Bookmakers cut the odds on a home win to 5/1, Ladbrokes 10/1 and William Hill Sports Betting Ltd 11/1.")).toEqual([
      "Bookmakers cut the odds on a home win to 5/1",
      "Ladbrokes 10/1 and William Hill Sports Betting Ltd 11/1.",
    ]);
  });
});

describe("the elided hedge, denied", () => {
  test.each([
    ["is not.", "Slow growth is likely, a recession is not."],
    ["but … is not.", "Slow growth is likely, but a full recession is not."],
    ["is not!", "Slow growth is likely, a recession is not!"],
    ["was not.", "Slow growth is likely, a recession was not."],
    ["a year among the words", "Slow growth is likely, a recession in 2026 is not."],
  ])("%s", (_form, sentence) => {
    const denial = sentence.slice(23);
    expect(read(sentence)).toEqual([
      ["The Ledger", "likely", "is likely", "Slow growth is likely"],
      ["The Ledger", "unlikely", "is likely (denied)", denial],
    ]);
    const [, second] = extract(sentence);
    expect(second).toMatchObject({ probability: 0.325, low: 0.2, high: 0.45, start: 23, end: sentence.length, suggestedQuestion: expect.any(String) });
  });

  test.each([
    ["five words before the verb", "Slow growth is likely, a long and deep recession is not."],
    ["more words after not", "Slow growth is likely, a recession is not yet."],
  ])("no denial: %s", (_why, sentence) => {
    expect(quotes(sentence)).toEqual([sentence]);
  });

  test("inside a quotation, the denial is the speaker's", () => {
    expect(read("“Slow growth is likely, a recession is not,” said Jane Roe.")).toEqual([
      ["Jane Roe", "likely", "is likely", "Slow growth is likely"],
      ["Jane Roe", "unlikely", "is likely (denied)", "a recession is not"],
    ]);
  });
});

describe("“…, as does X”: a second speaker of the same forecast", () => {
  test.each([
    ["a body's name", "Slow growth will probably come, as does Deutsche Bank.", "Deutsche Bank"],
    ["a group", "Slow growth will probably come, as do most economists.", "Economists (unnamed)"],
  ])("%s", (_who, sentence, second) => {
    const [a, b] = extract(sentence);
    expect(a.forecaster.name).toBe("The Ledger");
    expect(b).toMatchObject({
      quote: sentence.slice(32),
      start: 32,
      end: sentence.length,
      phrase: "will probably",
      band: "likely",
      forecaster: { name: second },
    });
  });

  test("the body's name without whose it is", () => {
    expect(speakers("Slow growth will probably come, Jane Roe said, as does Germany's Deutsche Bank.")).toEqual(["Jane Roe", "Deutsche Bank"]);
  });

  test("without a name to give, no second speaker", () => {
    expect(speakers("Slow growth will probably come, as did the central bank.")).toEqual(["The Ledger"]);
  });
});

describe("a “with …” clause or a “while …” clause", () => {
  test.each([
    ["most likely", "The bank is likely to cut rates, with a second cut most likely in June.", "likely"],
    ["expected", "The bank is likely to cut rates, with a second cut expected in June.", "expected"],
  ])("with %s is a second forecast", (_word, sentence, phrase) => {
    expect(read(sentence)).toEqual([
      ["The Ledger", "likely", "is likely", "The bank is likely to cut rates"],
      ["The Ledger", "likely", phrase, sentence.slice(33)],
    ]);
  });

  test("not when the words before it forecast nothing", () => {
    expect(quotes("The bank raised rates, with a second cut expected in June.")).toEqual(["The bank raised rates, with a second cut expected in June."]);
  });

  test("not when more than eight words come before its hedge", () => {
    const sentence = "The bank is likely to cut rates, with a second and much deeper and longer and larger cut expected in June.";
    expect(quotes(sentence)).toEqual([sentence]);
  });

  test("while with an article and a verb of its own opens a second forecast", () => {
    expect(quotes("The bank will likely cut rates while a rival bank is expected to hold.")).toEqual([
      "The bank will likely cut rates",
      "while a rival bank is expected to hold.",
    ]);
    expect(quotes("The bank will likely cut rates while rivals are expected to hold.")).toEqual([
      "The bank will likely cut rates while rivals are expected to hold.",
    ]);
  });
});

describe("the next items of a list of stated chances keep the sentence's speaker", () => {
  const roe = "Jane Roe, an analyst, sees a 60 percent chance of a cut in June";

  test.each([
    [
      ", and a",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, and a 30 percent chance of a cut in July.",
      "and a 30 percent chance of a cut in July.",
      0.3,
    ],
    [
      " and only a",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June and only a 30 percent chance of a cut in July.",
      "and only a 30 percent chance of a cut in July.",
      0.3,
    ],
    [
      ", just a … risk",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, just a 30 percent risk of a hike.",
      "just a 30 percent risk of a hike.",
      0.3,
    ],
    [
      ", an … possibility",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, an 8 percent possibility of a hike.",
      "an 8 percent possibility of a hike.",
      0.08,
    ],
    [
      ", a … likelihood",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, a 30.5 percent likelihood of a hold.",
      "a 30.5 percent likelihood of a hold.",
      0.305,
    ],
    [
      ", a … probability",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, a 30 percent probability of a hold.",
      "a 30 percent probability of a hold.",
      0.3,
    ],
    [
      ", and is close to",
      "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, and is close to 80 percent sure of a cut by July.",
      "and is close to 80 percent sure of a cut by July.",
      0.8,
    ],
  ])("%s", (_how, sentence, second, probability) => {
    const found = extract(sentence);
    expect(found.map((c) => [c.forecaster.name, c.quote])).toEqual([
      ["Jane Roe", roe],
      ["Jane Roe", second],
    ]);
    expect(found[1]).toMatchObject({ probability, probabilitySource: "STATED", start: sentence.indexOf(second), end: sentence.length });
  });
});

describe("a participle or a “with” clause after a forecast", () => {
  test.each([
    ["predicting it", "Jane Roe, an analyst, sees a cut in June as likely, predicting it will be the last.", "predicting"],
    ["forecasting that the", "Jane Roe, an analyst, sees a cut in June as likely, forecasting that the bank will then pause.", "forecasting"],
    ["expecting the", "Jane Roe, an analyst, sees a cut in June as likely, expecting the bank to pause.", "expecting"],
    ["projecting that it", "Jane Roe, an analyst, sees a cut in June as likely, projecting that it will be the last.", "projecting"],
    ["estimating that it", "Jane Roe, an analyst, sees a cut in June as likely, estimating that it will be the last.", "estimating"],
    ["with … expected", "Jane Roe, an analyst, sees a cut in June as likely, with a pause widely expected in July.", "expected"],
  ])("%s: a second forecast by the same speaker", (_how, sentence, phrase) => {
    expect(read(sentence)).toEqual([
      ["Jane Roe", "likely", "likely", "Jane Roe, an analyst, sees a cut in June as likely"],
      ["Jane Roe", "likely", phrase, sentence.slice(52)],
    ]);
  });

  test("a “with” clause without a hedge stays in the sentence", () => {
    expect(quotes("Jane Roe, an analyst, sees a cut in June as likely, with a pause in July.")).toEqual([
      "Jane Roe, an analyst, sees a cut in June as likely, with a pause in July.",
    ]);
  });

  test("a passive forecast in the next sentence is the writer's, not the person's", () => {
    expect(speakers("Jane Roe, an analyst, said a cut in June is likely. A pause in July is expected.")).toEqual(["Jane Roe", "The Ledger"]);
    expect(speakers("Jane Roe, an analyst, said a cut in June is likely. With a pause in July expected, rates will stay low.")).toEqual([
      "Jane Roe",
      "The Ledger",
    ]);
  });
});

describe("a body that revised its forecasts speaks for the passive ones after it", () => {
  test.each([
    ["cut its forecasts", "Acme Research has cut its forecasts for every market."],
    ["sharply cut", "Acme Research has sharply cut its forecasts for every market."],
    ["raised expectations", "Acme Research has raised expectations for every market."],
    ["trimmed their outlook", "Acme Research has trimmed their outlook."],
  ])("%s", (_how, first) => {
    const article = `${first} Sales in Asia are expected to fall.`;
    expect(read(article)).toEqual([["Acme Research", "likely", "expected to", "Sales in Asia are expected to fall."]]);
    expect(extract(article)[0].start).toBe(first.length + 1);
  });

  test.each([
    ["a one-word name", "Acme has cut its forecast for every market.", "Acme"],
    ["a projection", "Acme Global Research has lowered its projection for Asia.", "Acme Global Research"],
    ["an estimate", "Acme Global Research has revised its estimate for Asia.", "Acme Global Research"],
    ["its outlook", "Acme Global Research has revised its outlook.", "Acme Global Research"],
  ])("%s", (_how, first, body) => {
    expect(speakers(`${first} Sales in Asia are expected to fall.`)).toEqual([body]);
  });

  test("a body that only said something does not", () => {
    expect(speakers("Acme Research said sales were weak. Sales in Asia are expected to fall.")).toEqual(["The Ledger"]);
  });
});

describe("a poll's results that read on in the passive", () => {
  const poll = "A Reuters poll of economists found a recession likely.";

  test.each([
    ["are seen", "Rates are seen falling in June."],
    ["was projected", "Growth was projected to slow next year."],
    ["were predicted", "Prices were predicted to rise next year."],
  ])("%s", (_how, next) => {
    expect(speakers(`${poll} ${next}`)).toEqual(["Reuters poll of economists", "Reuters poll of economists"]);
  });
});

describe("a chance under a heading that ends in a colon", () => {
  const heading = "Leave with no deal on October 31:";
  const headed = (line: string) => extract(`${heading}\n${line}`).map((c) => [c.forecaster.name, c.probability, c.phrase, c.quote, c.start, c.end]);

  test.each([
    ["30% chance", 0.3, "30%"],
    ["Chance: 30%", 0.3, "30%"],
    ["Odds : 30 percent", 0.3, "30 percent"],
    ["Likelihood:30percent likelihood", 0.3, "30percent"],
    ["30.5% chance", 0.305, "30.5%"],
    ["Roughly 30%", 0.3, "Roughly 30%"],
  ])("%s", (line, probability, phrase) => {
    expect(headed(line)).toEqual([["The Ledger", probability, phrase, `${heading}\n${line}`, 0, heading.length + 1 + line.length]]);
  });

  test("the question is made from the heading", () => {
    expect(extract(`${heading}\n30% chance`)[0]).toMatchObject({ suggestedQuestion: expect.stringContaining("no deal on October 31"), band: "unlikely" });
    expect(extract(`${heading}\n30% chance`)[0].suggestedQuestion).not.toContain(":");
  });

  test.each([
    ["more than certain", `${heading}\n130% chance`],
    ["no colon", "Leave with no deal on October 31\n30% chance"],
    ["more words after the chance", `${heading}\n30% chance of rain`],
    ["no heading", "30% chance"],
    ["an article before the number", "Stay in the union:\nA 30% chance"],
  ])("no chance: %s", (_why, article) => {
    expect(extract(article)).toEqual([]);
  });

  test("the chance comes after its heading, not before it", () => {
    expect(extract("30% chance\nLeave with no deal:")).toEqual([]);
  });

  test("a heading of twenty words is one, of twenty-one words is none", () => {
    const twenty = "Leave with no deal on October 31 after months of talks in Brussels and London between the two sides now:";
    expect(twenty.split(" ")).toHaveLength(20);
    expect(extract(`${twenty}\n30% chance`)).toHaveLength(1);
    expect(extract(`Soon ${twenty}\n30% chance`)).toEqual([]);
  });
});

describe("quotations", () => {
  test("a quotation of two sentences gives a candidate for each, both the speaker's", () => {
    expect(read("“The deal will probably collapse. Talks may resume in May,” said Jane Roe.")).toEqual([
      ["Jane Roe", "likely", "will probably", "The deal will probably collapse."],
      ["Jane Roe", "roughly-even", "may", "Talks may resume in May"],
    ]);
    expect(extract("Jane Roe said: “The deal will probably collapse. Talks may resume in May.”").map((c) => [c.forecaster.name, c.start, c.end])).toEqual([
      ["Jane Roe", 16, 48],
      ["Jane Roe", 49, 73],
    ]);
  });

  test("many quotations in one paragraph, each with the speaker next to it", () => {
    const paragraph = "“Talks may resume,” Jane Roe said. “A deal is likely,” she added. “Markets could rally,” said Omar Ali. “Rates might fall,” he said.";
    expect(extract(paragraph).map((c) => [c.forecaster.name, c.quote, c.start])).toEqual([
      ["Jane Roe", "Talks may resume", 1],
      ["Jane Roe", "A deal is likely", 36],
      ["Omar Ali", "Markets could rally", 67],
      ["Omar Ali", "Rates might fall", 105],
    ]);
  });

  test("spaces inside the quotation marks are no part of the quote", () => {
    expect(extract("“ Talks may resume in May ”").map((c) => [c.quote, c.start, c.end])).toEqual([["Talks may resume in May", 2, 25]]);
  });

  test.each([
    ["five words", "The senator called the bill “dead on arrival and buried” and said it will likely fail.", "and said it will likely fail."],
    ["a comma inside", "The senator called the bill “dead on arrival,” and said it will likely fail.", "and said it will likely fail."],
    [
      "at its start",
      "“Dead on arrival” is what the senator called the bill, which will likely fail.",
      "is what the senator called the bill, which will likely fail.",
    ],
  ])("quoted words that are a quotation of their own (%s) cut the sentence", (_how, sentence, quote) => {
    expect(quotes(sentence)).toEqual([quote]);
  });

  test("one quoted word between words is part of the writer's sentence", () => {
    expect(quotes("The senator called the bill “dead” and said it will likely fail.")).toEqual([
      "The senator called the bill “dead” and said it will likely fail.",
    ]);
  });

  // A few quoted words after the writer's own, the sentence's punctuation outside them or (American
  // style) its full stop inside them: the forecast is the whole sentence ("the bill" is what will
  // fail), not the quoted words alone.
  test.each([
    ["The senator said the bill “will likely fail”.", "The senator said the bill “will likely fail”."],
    ["The senator said the bill “will likely fail.” Nobody disagreed.", "The senator said the bill “will likely fail."],
    ["The chances of a deal are “very small”, a diplomat said.", "The chances of a deal are “very small”, a diplomat said."],
  ])("a few quoted words before the sentence's own stop or comma are part of it: %s", (sentence, quote) => {
    expect(quotes(sentence)).toEqual([quote]);
  });
});

describe("questions", () => {
  test.each([
    ["a plain question", "Will talks resume? A deal is likely."],
    ["a quoted question", "“Will talks resume?” A deal is likely."],
    ["a question in brackets", "(Will talks resume?) A deal is likely."],
    ["a question closed by a single quotation mark", "Will talks resume?’ A deal is likely."],
  ])("%s forecasts nothing; the sentence after it does", (_how, text) => {
    expect(quotes(text)).toEqual(["A deal is likely."]);
  });

  test.each([
    ["chance", "What is the chance talks resume?"],
    ["chances", "What are the chances talks resume?"],
    ["how likely", "How likely is it that talks resume?"],
    ["probability", "What is the probability talks resume?"],
  ])("a question for the %s makes the percentage after it an answer", (_word, question) => {
    expect(read(`${question}\n40%.`)).toEqual([["The Ledger", "unlikely", "40%.", "40%."]]);
    expect(extract(`${question}\n40%.`)[0].start).toBe(question.length + 1);
  });

  test("a question mark inside the sentence does not make it a question", () => {
    expect(phrases("The question — will it last? — is open, but a deal is likely.")).toEqual(["is likely"]);
    expect(quotes("“Is this the end?” many ask, but a deal is likely.")).toEqual(["many ask, but a deal is likely."]);
  });

  test("a question for no chance does not", () => {
    expect(extract("Do talks resume?\n40%.")).toEqual([]);
  });
});

describe("who a later “she added” or “it said” points back to", () => {
  test("the speaker of a sentence that forecast nothing", () => {
    expect(speakers("Jane Roe, a diplomat, said the talks were useful. “A deal may come in May,” she added.")).toEqual(["Jane Roe"]);
    expect(speakers("Jane Roe, a diplomat, said “the talks were useful”. Talks may resume, she added.")).toEqual(["Jane Roe"]);
  });

  test("the speaker of a quotation that forecast nothing", () => {
    expect(read("“The talks were useful,” Jane Roe said. Talks may resume in May, she added.")).toEqual([
      ["Jane Roe", "roughly-even", "may", "Talks may resume in May, she added."],
    ]);
  });

  test("the last person who spoke, past a claim in the writer's own voice", () => {
    expect(speakers("Jane Roe said rates will probably fall. Inflation will probably ease. Growth may slow, she added.")).toEqual([
      "Jane Roe",
      "The Ledger",
      "Jane Roe",
    ]);
    expect(speakers("Jane Roe said rates will probably fall. The summit is likely to be postponed. “Growth may slow,” she added.")).toEqual([
      "Jane Roe",
      "The Ledger",
      "Jane Roe",
    ]);
  });

  test("a body that revised its forecasts", () => {
    expect(speakers("Acme Research has cut its forecasts. Growth may slow, it said.")).toEqual(["Acme Research"]);
  });

  test("a person named in full again is the one met before", () => {
    expect(
      speakers(
        "Jane Roe, a diplomat, was at the talks. Omar Ali, an analyst, was there too. Jane Roe said talks may resume in May. She added that a deal is likely.",
      ),
    ).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("the next sentence names who made the writer's claim", () => {
  test("in the same paragraph or the next", () => {
    for (const article of [
      "Inflation will fall below 2% next year. This view is shared by the economist Jane Roe.",
      "Inflation will fall below 2% next year.\nThis view is shared by the economist Jane Roe.",
    ]) {
      expect(read(article)).toEqual([["Jane Roe", "very-likely", "will", "Inflation will fall below 2% next year."]]);
    }
  });

  test("only the claims that were the writer's", () => {
    expect(speakers("Jane Roe said inflation will fall. Rents may rise. This view is shared by the economist Omar Ali.")).toEqual(["Jane Roe", "Omar Ali"]);
    expect(speakers("Inflation will fall below 2% next year, Jane Roe said. This view is shared by the economist Omar Ali.")).toEqual(["Jane Roe"]);
  });
});

describe("text pasted with two spaces between words", () => {
  // Copied text often doubles its spaces. The rules that cut and read a sentence are the same
  // with them; stated numbers and some attributions are not yet (they are left out here).
  const summary = (text: string) =>
    extract(text).map((c) => [c.forecaster.name.replace(/\s+/g, " "), c.band, c.phrase.replace(/\s+/g, " "), c.quote.replace(/\s+/g, " ")].join(" | "));

  test.each([
    // asides, described subjects, superseded chances
    "Output will grow — perhaps by a tenth — over the next year.",
    "The figures — probably revised later — came out on Monday.",
    "The bridge, which will carry four lanes of traffic, was approved on Monday.",
    "The minister, who will visit Rome next week, met the king on Monday.",
    "The plant, which they'll open in March, cost a fortune.",
    "The plan for a northern rail line, which will cost billions, was approved on Monday.",
    "The bridge, which will carry four lanes of traffic, may open in the spring.",
    "The agency had initially projected a 60 percent chance of rain.",
    "Investors had priced in a 60 percent chance of a cut.",
    // frames
    "Investors are betting that the peso will fall.",
    "Investors betting that the peso will fall sold it.",
    "Economists were forecasting a recession.",
    "Economists see a recession coming.",
    "The minister played down the chance of a snap election.",
    "An exit poll forecasts the party to win a majority.",
    // second claims, concessions, denials, echoes, participles, “with” and “while”
    "Growth will probably slow, but according to the central bank a recession is unlikely.",
    "Growth will probably slow, but most economists say a recession is unlikely.",
    "Growth will probably slow, yet economists expect a recovery in May.",
    "Growth will probably slow, while the bank has said a recession is unlikely.",
    "Growth will probably slow, economists say that a recession is unlikely.",
    "Growth will probably slow, most economists are estimating that a recession is unlikely.",
    "Growth will probably slow, economists have warned that a recession is likely.",
    "Even though the opposition might gain seats, the government will survive.",
    "Even if the opposition might gain seats, the government will survive.",
    "Slow growth is likely, but a full recession is not.",
    "“Slow growth is likely, a recession is not,” said Jane Roe.",
    "Slow growth will probably come, as does Deutsche Bank.",
    "Slow growth will probably come, as do most economists.",
    "The bank is likely to cut rates, with a second cut most likely in June.",
    "The bank will likely cut rates while a rival bank is expected to hold.",
    "Jane Roe, an analyst, sees a cut in June as likely, predicting it will be the last.",
    "Jane Roe, an analyst, sees a cut in June as likely, forecasting that the bank will then pause.",
    "Jane Roe, an analyst, sees a cut in June as likely, with a pause widely expected in July.",
    // revisions, polls, quotations, questions, attribution by the next sentence
    "Acme Research has sharply cut its forecasts for every market. Sales in Asia are expected to fall.",
    "A Reuters poll of economists found a recession likely. Growth was projected to slow next year.",
    "“Talks may resume,” Jane Roe said. “A deal is likely,” she added. “Markets could rally,” said Omar Ali.",
    "The senator called the bill “dead on arrival and buried” and said it will likely fail.",
    "(Will talks resume?) A deal is likely.",
    "“The talks were useful,” Jane Roe said. Talks may resume in May, she added.",
    "Jane Roe said inflation will fall. Rents may rise. This view is shared by the economist Omar Ali.",
  ])("%s", (sentence) => {
    expect(summary(sentence.replaceAll(" ", "  "))).toEqual(summary(sentence));
  });
});

describe("offsets and order", () => {
  test.each(["", "   ", "\n\n"])("an empty article gives nothing: %j", (article) => {
    expect(extract(article)).toEqual([]);
  });

  test("a hedge read after a blanked aside is read at its place in the text", () => {
    expect(read("Output — perhaps by a tenth — will grow next year.")).toEqual([
      ["The Ledger", "very-likely", "will", "Output — perhaps by a tenth — will grow next year."],
    ]);
    expect(phrases("The figures — revised later — will probably come out on Monday.")).toEqual(["will probably"]);
  });

  test("a chance under a heading takes its place among the sentences around it", () => {
    const article = "Rates will probably fall.\nLeave with no deal:\n30% chance\nTalks may resume.";
    expect(extract(article).map((c) => [c.phrase, c.start, c.end])).toEqual([
      ["will probably", 0, 25],
      ["30%", 26, 56],
      ["may", 57, 74],
    ]);
  });

  test("after a stated chance, “X is not” denies nothing", () => {
    expect(quotes("There is a 60 percent chance of a cut, a hike is not.")).toEqual(["There is a 60 percent chance of a cut"]);
  });
});

describe("a poll's or a study's findings read on", () => {
  const poll = "A Reuters poll of economists found a recession likely.";
  test.each([
    ["forecasts for", "Forecasts for 2026 show growth likely slowing."],
    ["projections for", "Projections for 2026 show a likely slowdown."],
    ["expectations", "Expectations are that growth will slow."],
    ["an expectation inside the sentence", "Many expectations are that growth will slow."],
    ["be expected", "Growth could be expected to slow next year."],
    ["widely expected", "Growth is widely expected to slow next year."],
  ])("%s", (_how, next) => {
    expect(speakers(`${poll} ${next}`)).toEqual(["Reuters poll of economists", "Reuters poll of economists"]);
  });

  test.each([
    ["a study", "A study by Acme Research found that sales may fall.", "Acme Research study"],
    ["a report", "The Acme report says sales may fall.", "Acme report"],
    ["a named body", "Acme Research expects sales to fall.", "Acme Research"],
  ])("%s: a passive forecast after it is its own", (_what, first, speaker) => {
    expect(speakers(`${first} Growth is expected to slow next year.`)).toEqual([speaker, speaker]);
  });

  test("a named body's forecast carries on to the unattributed forecasts right after it", () => {
    expect(speakers("Acme Research expects sales to fall. Growth will probably slow. Exports are expected to fall.")).toEqual([
      "Acme Research",
      "Acme Research",
      "Acme Research",
    ]);
  });

  test("right after a study's own forecast, any forecast goes on reporting it; a study that forecast nothing does not", () => {
    expect(speakers("A study by Acme Research found that sales may fall. By 2050, growth might slow.")).toEqual(["Acme Research study", "Acme Research study"]);
    expect(speakers("Acme Research published a study. By 2050, growth might slow.")).toEqual(["The Ledger"]);
  });
});

describe("a few quoted words with words on both sides", () => {
  test("four words are still a part of the sentence", () => {
    expect(quotes("The senator called the bill “dead on arrival now” and said it will likely fail.")).toEqual([
      "The senator called the bill “dead on arrival now” and said it will likely fail.",
    ]);
  });

  test.each([
    ["a comma after it", "The senator called the bill “dead on arrival”, and said it will likely fail.", "and said it will likely fail."],
    ["a colon before it", "The senator's verdict: “dead on arrival” and it will likely fail.", "and it will likely fail."],
    ["a dash after it", "The senator called the bill “dead on arrival” — it will likely fail.", "it will likely fail."],
  ])("with %s they are a quotation", (_how, sentence, quote) => {
    expect(quotes(sentence)).toEqual([quote]);
  });
});

describe("a paragraph that is all quotation, attributed by the lines around it", () => {
  test.each([
    ["signed on the line after", "“Rates will probably fall next year.”\n— Jo Hale, economist"],
    ["signed after a paragraph before it", "Rates rose.\n“Rates will probably fall next year.”\n— Jo Hale, economist"],
    ["introduced by a line of name and title", "Jo Hale, chief economist, Acme\n“Rates will probably fall next year.”"],
    ["introduced after a line before it", "Intro line\nJo Hale, chief economist, Acme\n“Rates will probably fall next year.”\nMore text here."],
    ["attributed in the next paragraph", "“Rates will probably fall next year.”\nJo Hale, an economist at Acme, said so in an interview."],
    [
      "attributed in the next paragraph after a caption",
      "“Rates will probably fall next year.”\nPhoto: Reuters\nJo Hale, an economist at Acme, said so in an interview.",
    ],
  ])("%s", (_how, article) => {
    const [c] = extract(article);
    expect(c.forecaster).toEqual({ name: "Jo Hale", kind: "PERSON" });
    expect(article.slice(c.start, c.end)).toBe("Rates will probably fall next year.");
  });
});

describe("stated numbers in text pasted with two spaces between words", () => {
  // The number reader (lib/probability) wants the words of the number itself, “60 percent
  // chance of”, single-spaced; the clauses around it may have any spacing.
  const loosen = (text: string) =>
    text
      .replaceAll(" ", "  ")
      .replace(/(\d) {2}(?=percent|%)/g, "$1 ")
      .replace(/(percent|%) {2}(?=chance|probability|likelihood|risk|possibility|sure)/g, "$1 ")
      .replace(/(odds|chance) {2}(?=at|of)/g, "$1 ");
  const summary = (text: string) =>
    extract(text).map((c) => [c.forecaster.name.replace(/\s+/g, " "), c.band, c.probability, c.phrase.replace(/\s+/g, " "), c.quote.replace(/\s+/g, " ")]);

  test.each([
    "The agency had initially projected a 60 percent chance of rain.",
    "The agency had projected rain; now it sees a 40 percent chance of a storm.",
    "Goldman puts the odds at 70 percent this month and just under 80 percent in the fall.",
    "Goldman puts the odds at 70 percent, and 80 percent in the fall.",
    "Goldman puts the odds at 70 percent this month, and is close to 80 percent by the fall.",
    "Goldman puts the odds at 70 percent, which is above the consensus of 60 percent.",
    "Goldman puts the odds at 70 percent this month and 23 percent two years ago.",
    "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, and a 30 percent chance of a cut in July.",
    "Jane Roe, an analyst, sees a 60 percent chance of a cut in June and only a 30 percent chance of a cut in July.",
    "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, just a 30 percent risk of a hike.",
    "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, a 30.5 percent likelihood of a hold.",
    "Jane Roe, an analyst, sees a 60 percent chance of a cut in June, and is close to 80 percent sure of a cut by July.",
    "There is a 60 percent chance of a cut, a hike is not.",
  ])("%s", (sentence) => {
    expect(summary(loosen(sentence))).toEqual(summary(sentence));
  });

  test("the loosened text is what it says", () => {
    expect(loosen("sees a 60 percent chance of a cut")).toBe("sees  a  60 percent chance of  a  cut");
  });
});

describe("where a sentence is cut, and in which order", () => {
  test("a leading concession is cut off even when it forecasts nothing", () => {
    expect(quotes("Although talks stalled in May, the government will survive.")).toEqual(["the government will survive."]);
  });

  test("both ends of a clause between dashes are cut, forecast or not", () => {
    expect(extract("Rates rose — though few noticed — and will probably rise again.").map((c) => [c.quote, c.start])).toEqual([
      ["and will probably rise again.", 34],
    ]);
    expect(quotes("Rates rose — though they may fall — and then stabilised.")).toEqual(["though they may fall"]);
  });

  test("a reported claim is cut off even after words that forecast nothing", () => {
    expect(read("Talks stalled in May, but most economists say a deal is likely.")).toEqual([
      ["Economists (unnamed)", "likely", "is likely", "but most economists say a deal is likely."],
    ]);
  });

  test("cuts of different kinds are taken in the order they come in the sentence", () => {
    expect(read("Goldman puts the odds at 70 percent, with a rebound most likely in May, but most economists say a deal is unlikely.")).toEqual([
      ["Goldman", "likely", "odds at 70 percent", "Goldman puts the odds at 70 percent"],
      ["Goldman", "likely", "likely", "with a rebound most likely in May"],
      ["Economists (unnamed)", "unlikely", "unlikely", "but most economists say a deal is unlikely."],
    ]);
  });

  test("a bookmaker's price after a forecast in words is no item of a list of prices", () => {
    expect(quotes("The home side will probably win, Ladbrokes 5/1.")).toEqual(["The home side will probably win"]);
  });
});

describe("more of prices, polls and bylines", () => {
  test("each bookmaker is a body, and a price may be odds-on", () => {
    expect(extract("Bookmakers cut the odds on a home win to 5/1, Ladbrokes 1/2.").map((c) => [c.forecaster, c.probability])).toEqual([
      [{ name: "The Ledger", kind: "OUTLET" }, 0.166667],
      [{ name: "Ladbrokes", kind: "ORGANISATION" }, 0.666667],
    ]);
  });

  test("a person who speaks after a poll speaks for themself, passive or not", () => {
    expect(speakers("A Reuters poll of economists found a recession likely. Jane Roe said growth is expected to slow.")).toEqual([
      "Reuters poll of economists",
      "Jane Roe",
    ]);
  });

  test("a study only mentioned does not speak for a forecast after it", () => {
    expect(speakers("A study by Acme Research was published on Monday. By 2050, growth might slow.")).toEqual(["The Ledger"]);
  });

  test("the next sentence names the source of the writer's claim only, not of a person's in the same sentence", () => {
    expect(speakers("Rates will probably fall, but Jane Roe said a recession is unlikely. This view is shared by the economist Omar Ali.")).toEqual([
      "Omar Ali",
      "Jane Roe",
    ]);
  });
});

describe("comparisons and qualifiers before a second stated number", () => {
  test.each([
    ["higher than", "Goldman puts the odds at 70 percent, which is higher than the consensus of 60 percent.", 0.6],
    ["lower than", "Goldman puts the odds at 70 percent, which is lower than the consensus 80 percent.", 0.8],
    ["ahead of", "Goldman puts the odds at 70 percent, which is ahead of the consensus at 60 percent.", 0.6],
    ["about", "Goldman puts the odds at 70 percent this month and about 80 percent by the fall.", 0.8],
    ["around", "Goldman puts the odds at 70 percent this month and around 80 percent by the fall.", 0.8],
    ["near", "Goldman puts the odds at 70 percent this month, and is near 80 percent by the fall.", 0.8],
    ["roughly", "Goldman puts the odds at 70 percent this month, and is roughly 80 percent by the fall.", 0.8],
    ["just over", "Goldman puts the odds at 70 percent this month and just over 80 percent in the fall.", 0.8],
    ["a number with two decimals", "Goldman puts the odds at 70 percent this month and 80.25 percent in the fall.", 0.8025],
  ])("%s, also with loose spacing", (_how, sentence, second) => {
    const loose = sentence
      .replaceAll(" ", "  ")
      .replace(/(\d) {2}percent/g, "$1 percent")
      .replace(/odds {2}at/g, "odds at");
    for (const text of [sentence, loose]) {
      expect(odds(text)).toEqual([0.7, second]);
      expect(speakers(text)).toEqual(["Goldman", "Goldman"]);
    }
  });
});

describe("headed chances with loose spacing and other forms", () => {
  const heading = "Leave with no deal on October 31:";
  test.each([
    ["About  30%", 0.3],
    ["Around  30 percent", 0.3],
    ["Roughly  30%", 0.3],
    ["30%  chance", 0.3],
    ["30 per cent", 0.3],
    ["30.25%", 0.3025],
    ["Chance:  30%", 0.3],
  ])("%s", (line, probability) => {
    expect(odds(`${heading}\n${line}`)).toEqual([probability]);
  });

  test("a heading with a colon inside but not at its end heads nothing", () => {
    expect(extract("Scenario: leave with no deal\n30% chance")).toEqual([]);
  });

  test("a heading's words are counted, not its spaces", () => {
    const twenty = "Leave  with  no  deal  on  October  31  after  months  of  talks  in  Brussels  and  London  between  the  two  sides  now:";
    expect(odds(`${twenty}\n30% chance`)).toEqual([0.3]);
  });
});

describe("a contrasting clause with while or whereas and a verb of its own", () => {
  test.each([
    "whereas most economists expect a recovery in May.",
    "while the central bank expects a recovery in May.",
    "while most analysts see a recovery as likely.",
    "while the central bank sees a recovery as likely.",
    "while most analysts think a recovery is likely.",
    "while the central bank thinks a recovery is likely.",
    "while most analysts believe a recovery is likely.",
    "while the central bank believes a recovery is likely.",
    // Since round nine a verb of forecasting with its object and a time to come forecasts too.
    "while most analysts forecast a recovery in May.",
    "while the central bank forecasts a recovery in May.",
  ])("…, %s", (clause) => {
    expect(quotes(`Growth will probably slow, ${clause}`)).toEqual(["Growth will probably slow", clause]);
  });
});

describe("more list items and quoted words", () => {
  test("a bookmaker with “to”, and one followed by two spaces", () => {
    expect(speakers("Bookmakers cut the odds on a home win, Paddy Power to 5/1, Ladbrokes to 6/1.")).toEqual(["Paddy Power", "Ladbrokes"]);
    expect(speakers("Bookmakers cut the odds on a home win, Paddy Power to 5/1, Ladbrokes  6/1 and William Hill 7/1.")).toEqual([
      "Paddy Power",
      "Ladbrokes",
      "William Hill",
    ]);
  });

  test.each([
    ["loosely spaced", "The senator called the bill “dead  on  arrival” and said it will likely fail."],
    ["with a comma inside", "The senator called the bill “dead, buried” and said it will likely fail."],
  ])("three quoted words %s are still part of the sentence", (_how, sentence) => {
    expect(quotes(sentence)).toEqual([sentence]);
  });
});

describe("more passive findings and revisions with loose spacing", () => {
  test.each([
    "A Reuters poll of economists found a recession likely. Forecasts for 2026 show growth likely slowing.",
    "A Reuters poll of economists found a recession likely. Growth is widely expected to slow next year.",
    "Acme Research has trimmed their outlook. Sales in Asia are expected to fall.",
  ])("%s", (article) => {
    const loose = article.replaceAll(" ", "  ");
    expect(speakers(loose).map((name) => name.replace(/\s+/g, " "))).toEqual(speakers(article));
    expect(speakers(article).at(-1)).not.toBe("The Ledger");
  });
});
