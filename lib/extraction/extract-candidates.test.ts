// The extraction assistant on sentences of the kinds the articles hold, and on an article it
// was never tuned on.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";
import { findCue } from "./find-cue";
import { suggestQuestion } from "./suggest-question";

const extract = (text: string) => extractCandidates({ text, outlet: "The Daily Example" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
/** Each candidate's speaker, band, how its probability was obtained, and the start of its quote. */
const summary = (article: string) =>
  extractCandidates({ text: article, outlet: "The Test Times" }).map((c) => [c.forecaster.name, c.band, c.probabilitySource, c.quote.slice(0, 24)]);

describe("who said it", () => {
  test("a quotation followed by its speaker, title and all", () => {
    expect(who("“The talks will probably fail,” former ambassador to Japan Lee Min-ho told reporters.")).toEqual(["Lee Min-ho"]);
    expect(who("“Sanctions are unlikely to bite,” remarked Jane Roe, the director of an institute.")).toEqual(["Jane Roe"]);
  });

  test("a speaker before the quotation, looking through an appositive", () => {
    expect(who("Jane Roe, a former diplomat, commented, “A deal is highly likely.”")).toEqual(["Jane Roe"]);
    expect(who("Foreign Minister Park Jin said on Monday that talks may resume.")).toEqual(["Park Jin"]);
  });

  test("“he continued” and “he added” point back to the last speaker, across paragraphs", () => {
    const article = "Professor Kim Min-ho commented, “War may come.”\nHe continued, “Sanctions will likely fail.”";
    expect(who(article)).toEqual(["Kim Min-ho", "Kim Min-ho"]);
  });

  test("a second quotation joined by “but added” or “and” keeps the first one's speaker", () => {
    expect(who("Minister Lee Chan said, “Nothing is settled,” but added, “A deal is expected soon.”")).toEqual(["Lee Chan"]);
  });

  test("nested quotations belong to the outer speaker", () => {
    expect(who("“He told me, ‘it will happen,’ and I believe him,” said Jane Roe.")).toEqual(["Jane Roe"]);
  });

  test("unnamed officials and experts, and sources named with “according to”", () => {
    expect(who("A senior government official said the talks would likely collapse.")).toEqual(["Government official (unnamed)"]);
    expect(who("Some experts say the ceasefire is unlikely to hold.")).toEqual(["Experts (unnamed)"]);
    expect(who("According to Reuters, the deal is expected to close next month.")).toEqual(["Reuters"]);
  });

  test("a claim in the article's own voice is the outlet's, and so is a relative clause after a reporting verb", () => {
    expect(who("The summit is likely to be postponed.")).toEqual(["The Daily Example"]);
    expect(who("An official spoke to us about the summit, which is expected to open on Friday.")).toEqual(["The Daily Example"]);
  });
});

describe("what counts as a forecast", () => {
  test("reads negations and intensifiers onto the scale", () => {
    expect(findCue("It is not likely that the treaty will be signed")?.band.key).toBe("unlikely");
    expect(findCue("there seems to be little chance of an alliance")?.band.key).toBe("very-unlikely");
    expect(findCue("the likelihood of a deal seems low")?.band.key).toBe("unlikely");
    expect(findCue("it is highly likely that they will meet")?.band.key).toBe("very-likely");
    expect(findCue("the chances of a deal are high")?.band.key).toBe("likely");
  });

  test("questions, “whether” clauses, the month of May and past narration are not forecasts", () => {
    expect(extract("Will the talks resume?")).toEqual([]);
    expect(extract("Analysts are divided on whether the talks will resume.")).toEqual([]);
    expect(extract("The treaty was signed in May 2024.")).toEqual([]);
    expect(extract("He said the meeting would be held in Moscow.")).toEqual([]);
    expect(extract("It is still unclear whether Russia will accept.")).toEqual([]);
  });

  test("one sentence with two claims by two speakers gives two candidates", () => {
    const [first, second] = extract(
      "Amid projections that the summit is likely to take place in Moscow, experts are estimating that the agenda may include arms.",
    );
    expect(first).toMatchObject({ forecaster: { name: "The Daily Example" }, band: "likely" });
    expect(second).toMatchObject({ forecaster: { name: "Experts (unnamed)" }, band: "roughly-even" });
  });

  test("each candidate's quote is the exact text at its span", () => {
    const article = "Intro line without stop\n“Weapons will be key,” said Jane Roe. The summit is likely to slip.";
    for (const c of extract(article)) expect(article.slice(c.start, c.end)).toBe(c.quote);
    expect(extract(article).map((c) => c.quote)).toEqual(["Weapons will be key", "The summit is likely to slip."]);
  });
});

describe("suggestQuestion", () => {
  test.each([
    ["there seems to be little chance that Russia and North Korea will form a military alliance", "Will Russia and North Korea form a military alliance?"],
    ["The talks are likely to resume next week.", "Will the talks resume next week?"],
    ["Pyongyang may demand technology from Moscow", "Will Pyongyang demand technology from Moscow?"],
    [
      "Nevertheless, as that would violate UN sanctions, [North Korea and Russia] will make a secret deal for their benefit.",
      "Will North Korea and Russia make a secret deal for their benefit?",
    ],
  ])("%s → %s", (sentence, question) => {
    expect(suggestQuestion(sentence)).toBe(question);
  });
});

describe("an article the rules were not written for", () => {
  const article = [
    "Ceasefire talks resume in Geneva",
    "By Maria Lopez, diplomatic correspondent",
    "Delegates arrive at the Palais des Nations on Monday. (Reuters)",
    "GENEVA — Negotiators returned to Geneva on Monday for a third round of talks, and diplomats said a ceasefire agreement is expected before the end of the month.",
    "“We are closer than we have ever been,” said Ahmed Karimi, the chief mediator. “A signed text by Friday is highly likely.”",
    "Not everyone shares his optimism. Elena Novak, a senior fellow at the Baltic Policy Institute, said there is little chance that the agreement will survive the summer.",
    "She added that sanctions relief might follow if the ceasefire holds.",
    "The talks were first proposed in March.",
    "According to the Interfax news agency, a prisoner exchange could take place as early as next week.",
    "Related stories",
  ].join("\n");

  test("finds each forecast with its speaker and band, and nothing from the furniture", () => {
    expect(extract(article).map((c) => [c.forecaster.name, c.band, c.quote.slice(0, 30)])).toEqual([
      ["Government official (unnamed)", "likely", "GENEVA — Negotiators returned "],
      ["Ahmed Karimi", "very-likely", "A signed text by Friday is hig"],
      ["Elena Novak", "very-unlikely", "Elena Novak, a senior fellow a"],
      ["Elena Novak", "roughly-even", "She added that sanctions relie"],
      ["Interfax", "roughly-even", "According to the Interfax news"],
    ]);
  });
});

describe("numbers the text states (issue 9)", () => {
  const read = (text: string) => extract(text).map((c) => [c.phrase, c.probability, c.probabilitySource, c.band]);

  test("a stated percentage is a forecast even with no estimative word, recorded as stated", () => {
    expect(read("The bank puts the odds at 70 percent that rates fall in June.")).toEqual([["odds at 70 percent", 0.7, "STATED", "likely"]]);
    expect(read("Both challengers each have a 4 percent chance of winning.")).toEqual([["4 percent chance", 0.04, "STATED", "almost-no-chance"]]);
  });

  test("the number wins over any word around it", () => {
    // "will" alone would read as very likely; the ten percent is what the writer says.
    expect(read("There is only a ten percent chance the vote will produce a majority.")).toEqual([
      ["only a ten percent chance", 0.1, "STATED", "very-unlikely"],
    ]);
    expect(read("A hung parliament is the most likely result, with a 30 percent chance.")).toEqual([["30 percent chance", 0.3, "STATED", "unlikely"]]);
  });

  test("a range keeps its ends; words stay on the scale and say so", () => {
    const [range] = extract("Analysts see a 20 to 30 percent chance of a strike.");
    expect(range).toMatchObject({ probability: 0.25, low: 0.2, high: 0.3, probabilitySource: "STATED", statedProbability: 0.25 });
    const [words] = extract("A strike is likely next week.");
    expect(words).toMatchObject({ probabilitySource: "SCALE", statedProbability: null, band: "likely" });
  });

  test("a percentage that is no chance proposes nothing", () => {
    expect(extract("Inflation rose 3 percent last year, and unemployment stands at 4 percent.")).toEqual([]);
  });
});

describe("the hedge that governs, forecasting frames and junk (issue 9)", () => {
  const bands = (text: string) => extract(text).map((c) => [c.phrase, c.band]);

  test("a hedge governs the event over a flat “will” in its description", () => {
    expect(bands("The agreements the two sides will sign, which may include a grain deal, are still secret.")).toEqual([["may", "roughly-even"]]);
    expect(bands("The reforms the cabinet will present could face resistance in the senate.")).toEqual([["could", "roughly-even"]]);
  });

  test("a flat “will” that states a schedule or a fact is no forecast", () => {
    expect(extract("It will be her second visit to Brazil since the election.")).toEqual([]);
    expect(extract("Only after the count will it be clear whether the coalition holds.")).toEqual([]);
    expect(extract("Only then will we know how deep the cuts go.")).toEqual([]);
    expect(extract("Time will tell.")).toEqual([]);
    // A plain forecast with "will" still counts.
    expect(bands("The central bank will raise rates again in March.")).toEqual([["will", "very-likely"]]);
  });

  test("forecasting verbs and frames", () => {
    expect(bands("Economists see more rate cuts coming this year.")[0]?.[1]).toBe("likely");
    expect(bands("In our baseline scenario, inflation falls below 2% by the end of next year.")[0]?.[1]).toBe("likely");
    expect(bands("The ministry expects exports to recover in the spring.")).toEqual([["expects", "likely"]]);
    expect(bands("The merger is set to close in the third quarter.")).toEqual([["set to", "likely"]]);
    expect(bands("The party is poised to win a majority.")).toEqual([["poised to", "likely"]]);
    expect(bands("Traders are betting that the yen weakens further.")[0]?.[1]).toBe("likely");
    expect(bands("The odds are that the strike ends before the holidays.")[0]?.[1]).toBe("likely");
  });

  test("comparisons with past expectations are not forecasts", () => {
    expect(extract("Inflation proved stickier than expected last quarter.")).toEqual([]);
    expect(extract("Sales rose faster than many analysts had predicted.")).toEqual([]);
    expect(extract("As anticipated, the board approved the budget.")).toEqual([]);
  });

  test("a caption with a credit of several words proposes nothing", () => {
    expect(extract("Soldiers may patrol the border, officials said. (Photo by Jane Doe/Getty Images)")).toEqual([]);
    expect(extract("Protesters could return on Friday (AP Photo/Ahn Young-joon)")).toEqual([]);
  });

  test("a few quoted words inside a sentence do not split its forecast in two", () => {
    const found = extract("The senator called the bill “dead on arrival” and said it will likely fail in committee.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ band: "likely", quote: "The senator called the bill “dead on arrival” and said it will likely fail in committee." });
  });
});

describe("attribution beyond the seed's shapes (issue 9)", () => {
  test("an attribution at the sentence's end", () => {
    expect(who("Troops will likely stay in the region until spring, the Kremlin has said.")).toEqual(["The Kremlin"]);
    expect(who("A hung parliament is the most likely result, said Mara Quint, a pollster at the institute.")).toEqual(["Mara Quint"]);
    // An unnamed group is named by its own noun: analysts are analysts, not "experts".
    expect(who("Prices are expected to fall next year, analysts say.")).toEqual(["Analysts (unnamed)"]);
    expect(who("Rates are likely to fall in June, said Ines Alvarado, its chief economist.")).toEqual(["Ines Alvarado"]);
  });

  test("a passive attribution in the next sentence, then the role or the surname alone", () => {
    const article = [
      "Inflation will probably fall below 2% by the autumn. This assessment was given by the economist Farid Haddad.",
      "Rents, however, may keep rising, the expert added.",
      "A second cut in December is unlikely, Haddad said.",
    ].join("\n");
    expect(who(article)).toEqual(["Farid Haddad", "Farid Haddad", "Farid Haddad"]);
  });

  test("a surname alone points to a person named paragraphs before, not only the last speaker", () => {
    const article = [
      "Lena Brandt, a strategist at the bank, said rates will likely fall.",
      "Omar Siddiqui, an economist, said growth may slow.",
      "Brandt said a recession is unlikely.",
    ].join("\n");
    expect(who(article)).toEqual(["Lena Brandt", "Omar Siddiqui", "Lena Brandt"]);
  });

  test("“according to” with abbreviations in the name, and a document that names no one", () => {
    expect(who("According to senior U.S. officials, the talks will probably resume in May.")).toEqual(["Government official (unnamed)"]);
    expect(who("The ceasefire is likely to hold, according to a report released on Monday.")).toEqual(["The Daily Example"]);
    expect(who("Growth is expected to slow, according to a report by the International Monetary Fund.")).toEqual(["The International Monetary Fund"]);
  });

  test("reporting verbs as a class, not a short list", () => {
    expect(who("Experts suggest that the merger will probably collapse.")).toEqual(["Experts (unnamed)"]);
    expect(who("Tom Okafor reckons that the league is likely to expand.")).toEqual(["Tom Okafor"]);
    expect(who("Priya Raman warns the drought may worsen.")).toEqual(["Priya Raman"]);
    expect(who("Economists see rate cuts as likely next year.")).toEqual(["Economists (unnamed)"]);
    expect(who("Strategists see more rate cuts coming this year.")).toEqual(["Strategists (unnamed)"]);
    expect(who("Ana Ruiz cautioned that a default is highly likely.")).toEqual(["Ana Ruiz"]);
  });

  test("the subject of a verb of belief is the forecaster; a lone name at the end is a source; titles do not end sentences", () => {
    expect(who("The ministry expects exports to recover in the spring.")).toEqual(["Government official (unnamed)"]);
    expect(who("Investors are betting that the yen weakens further.")).toEqual(["Investors (unnamed)"]);
    expect(who("The central bank is expected to cut rates, Bloomberg reported.")).toEqual(["Bloomberg"]);
    expect(who("“It will be a difficult winter,” Ms. Ortega warned, adding that prices may rise further.")).toEqual(["Ortega", "Ortega"]);
    expect(who("“Talks will likely fail,” U.S. officials said.")).toEqual(["Government official (unnamed)"]);
  });

  test("a leading clause before the subject", () => {
    expect(who("At a briefing on Tuesday, a ministry official said exports will likely recover.")).toEqual(["Government official (unnamed)"]);
    expect(who("In an interview with the paper, Jonas Berg said the strike may end soon.")).toEqual(["Jonas Berg"]);
  });

  test("names of any origin, a place before a name, and titles in front", () => {
    expect(who("Former ambassador to Peru Maria Elena Cruz said the vote will probably be delayed.")).toEqual(["Maria Elena Cruz"]);
    expect(who("German Chancellor Olaf Berger said a deal is likely.")).toEqual(["Olaf Berger"]);
    expect(who("Nguyen Van An said the harvest is likely to improve.")).toEqual(["Nguyen Van An"]);
  });
});

describe("an article of issue 9's patterns, written for the test", () => {
  const article = [
    "Central bank signals more cuts as inflation cools",
    "By Hannah Clarke, economics correspondent",
    "Governor Ruth Adeyemi speaks at a press conference in Lagos on Tuesday. (Photo by Samuel Okoro/Bloomberg via Getty Images)",
    "LONDON — The Bank of England is poised to cut interest rates again next month, as inflation has proved less sticky than expected over the summer.",
    "Markets put the odds of a cut in November at 70 percent, according to data compiled by LSEG on Wednesday.",
    "“We think the disinflation process is well under way,” said Marcus Webb, chief economist at Halden Capital. “A cut in November is our baseline, and there is only a 20 percent chance they wait until December.”",
    "Webb reckons that unemployment will rise to 5 percent by the spring.",
    "In our baseline scenario, inflation falls below 2 percent by the middle of next year, the Resolution Foundation said in a note.",
    "At a briefing on Thursday, a Treasury official said the government will probably not change its fiscal rules before the budget.",
    "The budget, which will be the chancellor's second since the election, is expected to include tax rises. Economists see more tax rises coming in 2027.",
    "A recession next year is unlikely. This view was shared by the economist Priya Nair of the Institute for Fiscal Studies.",
    "The expert added that the pound may weaken if the bank cuts faster than the Federal Reserve.",
    "According to senior U.S. officials, the Fed is set to hold rates steady in December.",
    "Only after the November meeting will it be clear whether the bank moves again.",
    "Traders are betting that the bank will deliver three more cuts, while the most likely outcome, with a 45 percent chance, is two.",
    "The Kremlin has said nothing about the matter, but oil prices could rise further, the International Energy Agency warned.",
  ].join("\n");

  test("every forecast with its speaker, band and how its probability was obtained; nothing from the caption or the schedule", () => {
    expect(summary(article)).toEqual([
      ["The Test Times", "likely", "SCALE", "LONDON — The Bank of Eng"],
      // The markets give the odds; LSEG only compiles the data that shows them.
      ["Markets (unnamed)", "likely", "STATED", "Markets put the odds of "],
      ["Marcus Webb", "unlikely", "STATED", "A cut in November is our"],
      // A verb of forecasting governs the will of its clause: "reckons that … will" is likely.
      ["Marcus Webb", "likely", "SCALE", "Webb reckons that unempl"],
      ["The Resolution Foundation", "likely", "SCALE", "In our baseline scenario"],
      ["Government official (unnamed)", "unlikely", "SCALE", "At a briefing on Thursda"],
      ["The Test Times", "likely", "SCALE", "The budget, which will b"],
      ["Economists (unnamed)", "likely", "SCALE", "Economists see more tax "],
      ["Priya Nair", "unlikely", "SCALE", "A recession next year is"],
      ["Priya Nair", "roughly-even", "SCALE", "The expert added that th"],
      ["Government official (unnamed)", "likely", "SCALE", "According to senior U.S."],
      ["Traders (unnamed)", "roughly-even", "STATED", "Traders are betting that"],
      ["The International Energy Agency", "roughly-even", "SCALE", "The Kremlin has said not"],
    ]);
  });
});

describe("a second article of issue 9's patterns: people named before they speak, groups by trade", () => {
  const article = [
    "Election race tightens in the final week",
    "Supporters wave flags at a rally in Porto Alegre on Sunday (Reuters/Diego Vara)",
    "The opposition candidate, Lucia Ferreira, now has a one-in-three chance of winning the runoff, according to a model published by the polling firm Datafolha on Friday.",
    'Her rival, incumbent governor Paulo Mendes, remains the favourite. "I am confident we will win," Mendes told supporters in Curitiba.',
    "Political scientist Andre Souza of the University of Sao Paulo estimates that turnout will fall below 70 percent.",
    "Souza added that a recount is unlikely unless the margin is under one point.",
    "The vote, which analysts expect to be close, will take place on October 27. It will be the third runoff since 2014.",
    "Markets have been calmer than anticipated, but the real could weaken if Ferreira wins, strategists at the bank warn.",
    "Betting markets give Mendes even odds of securing a majority in the state assembly.",
  ].join("\n");

  test("speakers, bands and stated numbers", () => {
    expect(summary(article)).toEqual([
      ["Datafolha", "unlikely", "STATED", "The opposition candidate"],
      ["Paulo Mendes", "very-likely", "SCALE", "I am confident we will w"],
      ["Andre Souza", "likely", "SCALE", "Political scientist Andr"],
      ["Andre Souza", "unlikely", "SCALE", "Souza added that a recou"],
      ["The Test Times", "likely", "SCALE", "The vote, which analysts"],
      ["Strategists (unnamed)", "roughly-even", "SCALE", "Markets have been calmer"],
      ["Markets (unnamed)", "roughly-even", "STATED", "Betting markets give Men"],
    ]);
  });
});
