// The general rules of issue 9's fifteenth round, each on sentences written for this test (none
// from the corpus): attributions set off by commas in either order or followed by two phrases of
// time and occasion; the prices of futures speak for the market; a clause of time opened inside
// the sentence has its own subject; a body's spokesperson speaks for it; "the claim from X that";
// "feel" as a verb of belief (not "feel like"); "projects" as a verb after its subject; a
// forecast named in a leading phrase ("In its latest outlook, X said … would").
import { describe, expect, test } from "vitest";
import { namedBodies } from "./attribution/named-bodies";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("attributions set off by commas", () => {
  test("'…, the Ohio-based company said today in a statement.' is the company the article is about", () => {
    const text = "Corvane Corp reported record sales on Tuesday. Revenue will be $4.2 billion this quarter, the Ohio-based company said today in a statement.";
    expect(who(text)).toEqual(["Corvane Corp"]);
  });

  test("'…, said Lumetra, but will …' credits both clauses to the body named between them", () => {
    const text = "Tablet shipments slowed. Two vendors will keep the lead next year, said Lumetra, but will face rivals that are cutting prices.";
    expect(who(text).length).toBeGreaterThan(0);
    expect(new Set(who(text))).toEqual(new Set(["Lumetra"]));
  });

  test("'…, said there was a chance of …, during …' is what was said, not who", () => {
    const text = "The Weather Desk, a unit of the national service, said there was a 70 percent chance of frost, during the first week of May.";
    expect(who(text)).toEqual(["The Weather Desk"]);
  });
});

describe("markets and their prices", () => {
  test("'Rates are high' and 'the stakes are high' give no chance; 'the chances of a cut are high' does", () => {
    expect(extract("Rates are high. The stakes are high for the bank.")).toEqual([]);
    expect(extract("The chances of a cut in May are high.").map((c) => c.band)).toEqual(["likely"]);
  });

  test("'According to short gilt futures' and 'Cash rate futures … have' are the market's forecast", () => {
    expect(who("Rates rose. According to short gilt futures, rates will be down to 3% by June.")).toEqual(["Markets (unnamed)"]);
    expect(who("Rates rose. According to the latest cash rate futures, the market is pricing in a 60% probability of a rise.")).toEqual(["Markets (unnamed)"]);
  });
});

describe("subjects of their own clause", () => {
  test("'… meet on May 3 when many analysts predict they will …' is the analysts' forecast, not the board's", () => {
    const text = "Rates are high. Board members are to meet on May 3 when many analysts predict they will raise the rate by a quarter point.";
    expect(who(text)).toEqual(["Analysts (unnamed)"]);
  });

  test("'a Pellam Weather spokeswoman said' speaks for Pellam Weather", () => {
    const text = "Summer is near. Asked about the outlook, a Pellam Weather spokeswoman said that July is likely to be drier than usual.";
    expect(extract(text).map((c) => c.forecaster)).toEqual([{ name: "Pellam Weather", kind: "ORGANISATION" }]);
  });

  test("'the claim from Borealis Forecasting that …' is Borealis Forecasting's", () => {
    const text = "Snow fell early. Several papers repeated the claim from Borealis Forecasting that a long cold snap was likely to arrive in October.";
    expect(who(text)).toEqual(["Borealis Forecasting"]);
  });
});

describe("verbs of belief and of projection", () => {
  test("'Some analysts feel it could …' is theirs; 'groups feel like they …' is no verb of belief", () => {
    expect(who("The coup is a week old. Some analysts feel it could take months to settle.")).toEqual(["Analysts (unnamed)"]);
    const quoted =
      "“It is a possibility, and a greater one than a week ago.”\nAsked how it could happen, Dr Pell said: “It would be that groups feel like they cannot stay out.”";
    expect(who(quoted)[0]).toBe("Pell");
  });

  test("'Kay projects they could win 53' and 'the outlook from the Halden Institute (HIPO) projects' are the projectors'", () => {
    expect(who("The vote is near. Last week they were projected to win 42 seats, now Marsh projects they could win 53.")).toEqual(["Marsh"]);
    const text = "The vote is near. The latest outlook from the Halden Institute for Polling (HIPO) projects the Greens could win 40 seats.";
    expect(who(text)).toEqual(["The Halden Institute for Polling"]);
  });

  test("'infrastructure projects the council …' stays a noun (a capital that only opens the sentence would read as a name)", () => {
    const text = "Bonds were sold. Officials said that infrastructure projects the council approved will probably cost more than planned.";
    expect(who(text)).toEqual(["Government official (unnamed)"]);
  });

  test("'In its latest outlook, Verda said … would …' is Verda's very likely forecast, not the outlook's likely", () => {
    const [c] = extract("Oil fell. In its latest outlook for 2030, Verda said the benefits of the deal would be offset by higher output.");
    expect(c.forecaster.name).toBe("Verda");
    expect(c.band).toBe("very-likely");
  });
});

describe("several chances in one sentence, each read on its own", () => {
  test("'20 per cent chances of a flood, 45 per cent chances of … and 30 per cent chances of …' give three numbers", () => {
    const text = "The bureau said: “There are 20 per cent chances of a flood, 45 per cent chances of heavy rain and 30 per cent chances of a dry month.”";
    expect(extract(text).map((c) => c.statedProbability)).toEqual([0.2, 0.45, 0.3]);
  });

  test("'…, and the probability that …' and '… with the likelihood of …' are second chances", () => {
    const and =
      "Jo Lark of the Weather Desk said: “The probability that the winter falls into the coldest of our groups is around 5 per cent, and the probability that it falls into the warmest is around 40 per cent.”";
    expect(extract(and).map((c) => c.statedProbability)).toEqual([0.05, 0.4]);
    const withLikelihood = "According to the bureau, the likelihood of a cold spring is about 10% with the likelihood of a warm one being at 45%.";
    expect(extract(withLikelihood).map((c) => c.statedProbability)).toEqual([0.1, 0.45]);
  });

  test("'Not only will …, she will then …' are forecasts, not denials, and 'No. 2' is a rank", () => {
    const text = "Not only will Dana Reyes beat the No. 2 seed in the semi-final, she will then win the title.";
    expect(extract(text).map((c) => c.band)).toEqual(["very-likely"]);
  });
});

describe("forecasts the rules did not see at all", () => {
  test("'is unavoidable' is a near certainty; 'said it was now almost inevitable' is reported, not past", () => {
    expect(extract("Analyst Jo Hale said the firm's decline in market share is unavoidable.").map((c) => c.band)).toEqual(["almost-certain"]);
    expect(extract("One respondent said it was now almost inevitable the treaty lapses.").map((c) => c.band)).toEqual(["almost-certain"]);
    expect(extract("The crash was inevitable, the inquiry found last year.")).toEqual([]);
  });

  test("'The research team at Orlan Bank Ltd (LSE: ORL) are among those forecasting a rise' is the bank's", () => {
    const [c] = extract("Rates rose again. The research team at Orlan Bank Ltd (LSE: ORL) are among those forecasting a 0.5% rise this week.");
    expect(c.forecaster).toEqual({ name: "Orlan Bank Ltd", kind: "ORGANISATION" });
  });

  test("'Pollara's modelling points to a 90-seat win' is the modelling's forecast", () => {
    const [c] = extract("The count starts on Sunday. Pollara's modelling points to a 90-seat win for the government.");
    expect(c.forecaster.name).toBe("Pollara modelling");
    expect(c.band).toBe("likely");
  });

  test("'the estimate is for a profit of 202 cents' is a forecast, not a leading 'For Acme'", () => {
    const [c] = extract("Shares rose. For Acme, the estimate is for a profit of 202 cents.");
    expect(c.band).toBe("likely");
    expect(c.forecaster.name).toBe("The Test Ledger");
  });
});

describe("a paragraph introduced by the line before", () => {
  const text =
    "Rates rose again on Tuesday, the bank's economist Jo Hale noted.\nAfter which, Hale is expecting rates to rise in smaller steps. She explained:\nWe expect that the board will move back to quarter-point steps from October.";

  test("a line that ends 'She explained:' after a sentence is prose, and its forecast is found", () => {
    expect(extract(text)[0]).toMatchObject({ forecaster: { name: "Jo Hale" }, band: "likely" });
  });

  test("the paragraph after 'She explained:' is Hale's, not the writer's", () => {
    expect(who(text)).toEqual(["Jo Hale", "Jo Hale"]);
  });

  test("a short line ending in a colon with no sentence before it is still a heading", () => {
    expect(extract("What the bank will do next:\nRates will probably rise in May.").map((c) => c.forecaster.name)).toEqual(["The Test Ledger"]);
  });
});

describe("bodies named in a sentence", () => {
  test("'in September the Harbour Board will …' names the Harbour Board, not 'September the Harbour Board'", () => {
    expect(namedBodies("We expect that in September the Harbour Board will move back to smaller steps.")).toEqual([
      { name: "Harbour Board", kind: "ORGANISATION" },
    ]);
  });
});

describe("idioms and nouns of certainty and of forecast", () => {
  test("'almost guaranteed' is a near certainty, 'not guaranteed' an even chance; a guaranteed income or a loan guaranteed by the state forecasts nothing", () => {
    expect(extract("Vale said the winner is almost guaranteed a number one hit.").map((c) => c.band)).toEqual(["almost-certain"]);
    expect(extract("Analyst Rana Idris said outside support is not guaranteed.").map((c) => c.band)).toEqual(["roughly-even"]);
    expect(extract("The plan offers a guaranteed income to every farmer. The loans are guaranteed by the state.")).toEqual([]);
  });

  test("'nobody has a snowball's chance of a majority' is almost no chance", () => {
    expect(extract("Kay said nobody has a snowball’s chance of getting a majority.").map((c) => c.band)).toEqual(["almost-no-chance"]);
  });

  test("'a forecast fall in output to 29.5 million tons' and 'with a forecast of above average rain' are forecasts", () => {
    expect(extract("Prices rose, driven by a forecast fall in Brazil's output to 29.5 million tons next season.").map((c) => c.band)).toEqual(["likely"]);
    expect(extract("The bureau issued its outlook, with a forecast of above average rain across the south.").map((c) => c.band)).toEqual(["likely"]);
    expect(extract("The forecast was wrong last year.")).toEqual([]);
  });
});

describe("the clause after a forecast, and the sentence after its source", () => {
  test("'the good news is that the market is expecting a rise' is the market's", () => {
    expect(who("Rates rose. The good news for savers is that the market is expecting the bank to raise rates again.")).toEqual(["Markets (unnamed)"]);
  });

  test("'In its latest outlook, Orvia said …' makes Orvia a forecasting body, whose forecasts the writer's next sentence goes on giving", () => {
    const text =
      "Oil fell.\nIn its latest outlook for 2030, Orvia said the deal would be offset by higher output next year.\nDemand is likely to slow in Asia.";
    expect(who(text)).toEqual(["Orvia", "Orvia"]);
  });

  test("'… will not rise above $61 next year, but will edge up to $64 later' is two forecasts with their own bands", () => {
    const bands = extract("Brent will not rise much higher than $61 next year, but will edge up to $64 in 2028, the agency said.").map((c) => c.band);
    expect(bands).toEqual(["very-unlikely", "very-likely"]);
  });
});

describe("a with-clause of forecasting after a forecast", () => {
  test("'the dispute will likely escalate, with analysts predicting the possibility of damage' is the writer's, then the analysts'", () => {
    const found = extract(
      "The tit-for-tat blows signal the dispute will likely escalate further, with analysts predicting the possibility of real damage next year.",
    );
    expect(found.map((c) => c.forecaster.name)).toEqual(["The Test Ledger", "Analysts (unnamed)"]);
  });
});

describe("frames of appearance and of time", () => {
  test("'it looks as though it's going to turn milder' is likely; 'it seemed like she would win' was an expectation of the past", () => {
    expect(extract("Forecasters said it looks as though it’s going to turn milder by Christmas.").map((c) => c.band)).toEqual(["likely"]);
    expect(extract("When the vote was called, it seemed like she would win by a landslide.")).toEqual([]);
  });

  test("'only a matter of time before the virus could spread' is very likely; 'was only a matter of time' is the past", () => {
    expect(extract("Experts say it is only a matter of time before the virus could spread north.").map((c) => c.band)).toEqual(["very-likely"]);
    expect(extract("It was only a matter of time before the dam broke, the inquiry found.")).toEqual([]);
  });

  test("'Tablets will outsell PCs next year, with forecasts suggesting 285 million will ship' is two forecasts", () => {
    const bands = extract("Tablets will outsell laptops next year, with forecasts suggesting 285 million units will ship in 2027.").map((c) => c.band);
    expect(bands).toEqual(["very-likely", "likely"]);
  });
});

describe("a lede that reports an unnamed source's forecast", () => {
  test("'There are 80 per cent chances of a normal monsoon' is the body named two paragraphs on", () => {
    const text =
      "There are 80 per cent chances of a normal monsoon this season.\nFarmers in the north have begun to sow.\n“Rain will be good in the west,” Monsoonwatch Weather said in its second forecast.";
    expect(who(text)).toEqual(["Monsoonwatch Weather", "Monsoonwatch Weather"]);
  });

  test("'The Greens are projected to gain ten seats' is the projection's maker named after it", () => {
    const text =
      "The Greens are projected to gain ten seats this week.\nThe latest outlook from the Halden Institute for Polling (HIPO) projects the Reds could win 40 seats.";
    expect(who(text)).toEqual(["The Halden Institute for Polling", "The Halden Institute for Polling"]);
  });

  test("a lede in the writer's own voice, or one whose later source is a person commenting, stays the outlet's", () => {
    expect(who("Oregon will win the title this season.\nThe Ducks will probably lose a game, Acme Sports said.")[0]).toBe("The Test Ledger");
    expect(who("Growth is projected to slow next year.\nJo Hale, an economist, said a recession was likely.")[0]).toBe("The Test Ledger");
  });
});

describe("forecasts of seasons, outlooks and guidance, and who gives them", () => {
  test.each([
    ["Forecasters predict a hot summer for the south.", "Forecasters (unnamed)", "likely"],
    ["The weather service's outlook calls for above-normal temperatures across the South.", "The Test Ledger", "likely"],
    ["Orvane Corp guided for revenue of between $4.8 billion and $5 billion in the third quarter.", "Orvane Corp", "likely"],
    ["Wheat prices are on track for their biggest monthly gain since March.", "The Test Ledger", "likely"],
    ["JPMorgan now sees a 60% chance of a recession this year.", "JPMorgan", "likely"],
    ["The CME FedWatch tool shows a 3% chance that rates stay unchanged.", "CME FedWatch tool", "almost-no-chance"],
    ["Odds of a December rate cut stood at 97% on Polymarket.", "Polymarket", "almost-certain"],
  ])("%s", (sentence, name, band) => {
    expect(extract(`Markets moved on Monday.\n${sentence}`).map((c) => [c.forecaster.name, c.band])).toEqual([[name, band]]);
  });

  test("'odds … at 55% on Wednesday' names a day, not a market", () => {
    expect(who("The odds of a cut rose to 55% on Wednesday.")).toEqual(["The Test Ledger"]);
  });
});

describe("'the pollster', 'the bank' and 'I'", () => {
  test("'The pollster also predicted …' is the pollster that spoke, not a party named since", () => {
    const text =
      "Survation expects Labour to win. Its poll put the Scottish National Party on 40 seats. The pollster also predicted that the Greens would gain two seats next year.";
    expect(who(text).at(-1)).toBe("Survation");
  });

  test("'Here are things I truly believe will occur' is the writer's", () => {
    expect(who("Here are things I truly believe will occur in the next 365 days.")).toEqual(["The Test Ledger"]);
  });
});

describe("favourites, small possibilities and a body's officer", () => {
  test.each([
    ["The incumbent remains the slight favourite to win the election.", "The Test Ledger", "likely"],
    ["Bookmakers make Lena Fisk the clear favourite at 7/4 to win the title.", "Bookmakers (unnamed)", "unlikely"],
    ["Speaking at a conference in Davos, the IMF chief warned that a recession was possible.", "IMF", "roughly-even"],
    ["A Nomura economist said a runoff is likely.", "Nomura", "likely"],
    ["A rate rise in December is all but a certainty for some analysts.", "Analysts (unnamed)", "almost-certain"],
  ])("%s", (sentence, name, band) => {
    expect(extract(`The vote is on Sunday.\n${sentence}`).map((c) => [c.forecaster.name, c.band])).toEqual([[name, band]]);
  });

  test("a named person with that role is the speaker, not the body ('Ana Ruiz, the head of Datafolk, said …')", () => {
    expect(who("The vote is on Sunday.\nAna Ruiz, the head of Datafolk, said a runoff is likely.")).toEqual(["Ana Ruiz"]);
  });
});
