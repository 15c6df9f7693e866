// The general rules of issue 9's third round, each on sentences written for this test (none
// from the corpus): verbs of belief that govern a will, reported futures, coreference by role,
// the subjects of verbs that give a chance, and betting odds written with a hyphen.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);
const bands = (text: string) => extract(text).map((c) => c.band);

describe("the governing hedge", () => {
  test("believe, think and suggest govern a bare will as likely, and their subject speaks", () => {
    const believe = extract("Grain traders believe the harvest will beat last year's record.");
    expect(believe).toMatchObject([{ band: "likely", forecaster: { name: "Grain traders (unnamed)" } }]);
    expect(bands("The early counts suggest the mayor will keep her seat.")).toEqual(["likely"]);
    expect(who("Most bettors think the favourite will win the cup.")).toEqual(["Bettors (unnamed)"]);
  });
});

describe("coreference by role", () => {
  test("“the expert” points back to the person last named, though they have not spoken yet", () => {
    const article =
      "Oskar Lind, a glaciologist at the Nordfjell Institute, has measured the ice for a decade. The expert said the glacier would probably retreat another kilometre by 2040.";
    expect(who(article)).toEqual(["Oskar Lind"]);
  });

  test("“the official” points back to the unnamed official who spoke last, not to a person named in between", () => {
    const article =
      "A senior trade official said talks led by finance chief Ada Brenner would probably drag on. The official added, “The tariff will probably stay in place until spring.”";
    expect(who(article)).toEqual(["Government official (unnamed)", "Government official (unnamed)"]);
  });
});

describe("the subject of a verb that gives a chance, and groups by trade", () => {
  test("“give X a N percent chance” and “are pricing in a N% chance” credit their subject", () => {
    expect(extract("Pollsters give the senator a 35 percent chance of holding her seat.")).toMatchObject([
      { forecaster: { name: "Pollsters (unnamed)" }, statedProbability: 0.35, probabilitySource: "STATED" },
    ]);
    expect(who("Currency traders are pricing in a 40% chance of an intervention by March.")).toEqual(["Currency traders (unnamed)"]);
  });

  test("a capitalised first word before a trade in lowercase is no body's name", () => {
    expect(who("Pension managers warn that the fund could run dry by 2035.")).toEqual(["Pension managers (unnamed)"]);
    expect(who("The governor will almost certainly veto the bill, his aides said.")).toEqual(["Aides (unnamed)"]);
  });
});

describe("odds written with a hyphen", () => {
  test("a price beside a word of the betting field is read as stated, against first", () => {
    const [outsider] = extract("Bookmakers make the veteran a 6-1 outsider to win the marathon.");
    expect(outsider).toMatchObject({ forecaster: { name: "Bookmakers (unnamed)" }, probabilitySource: "STATED" });
    expect(outsider.statedProbability).toBeCloseTo(1 / 7, 5);
    const [price] = extract("Norway are 9-2 to lift the trophy, according to bookmaker Quillbet.");
    expect(price).toMatchObject({ forecaster: { name: "Quillbet", kind: "ORGANISATION" }, probabilitySource: "STATED" });
    expect(price.statedProbability).toBeCloseTo(2 / 11, 5);
  });

  test("a score is no price", () => {
    expect(extract("The hosts won 3-1 to reach the semi-final on Sunday.")).toEqual([]);
    expect(extract("Rovers were 2-1 to the good at the break, and the odds on a draw lengthened.")).toEqual([]);
  });
});

describe("clauses that do not govern the forecast", () => {
  test("a leading concession is a part of its own: its hedge does not band the main clause", () => {
    const [concession, main] = extract("While the opposition might gain a few seats, Vera Holt believes the coalition will survive the vote.");
    expect(concession).toMatchObject({ quote: "While the opposition might gain a few seats", band: "roughly-even" });
    expect(main).toMatchObject({ forecaster: { name: "Vera Holt" }, band: "likely" });
    expect(who("Although the turbines are old, engineers say they could run for another decade.")).toEqual(["Engineers (unnamed)"]);
  });

  test("“anticipate” forecasts as “expect” does", () => {
    expect(extract("Analysts anticipate steady demand for copper through 2027.")).toMatchObject([
      { band: "likely", forecaster: { name: "Analysts (unnamed)" } },
    ]);
  });

  test("a denied inference (“that does not mean … will”) is no forecast", () => {
    expect(extract("A mild autumn does not mean the winter will be mild too.")).toEqual([]);
    expect(extract("That doesn’t mean the tunnel will open late.")).toEqual([]);
  });
});

describe("schedules, superseded chances and asides", () => {
  test("a meeting or a visit on a named day is a timetable; a decision taken there still forecasts", () => {
    expect(extract("The board will meet on Thursday in Oslo.")).toEqual([]);
    expect(extract("The premier will visit the shipyard in March.")).toEqual([]);
    expect(bands("The board will raise its dividend on Thursday, its chairman said.")).toEqual(["very-likely"]);
  });

  test("“is seen doing” is the wire's passive forecast, in the present only", () => {
    expect(bands("The lender is seen trimming its payout next year.")).toEqual(["likely"]);
    expect(extract("The courier was seen leaving the hotel.")).toEqual([]);
  });

  test("a chance someone had projected is superseded, not a forecast now", () => {
    expect(extract("The institute had projected a 55 percent chance of a dry spring in its January bulletin.")).toEqual([]);
    expect(extract("The institute projects a 55 percent chance of a dry spring.")).toMatchObject([{ statedProbability: 0.55 }]);
  });

  test("a hedge inside an aside between dashes does not govern the main clause", () => {
    expect(bands("Exports will climb — perhaps by a fifth — over the next two years.")).toEqual(["very-likely"]);
    expect(bands("Exports could climb — by a fifth, the ministry says — over the next two years.")).toEqual(["roughly-even"]);
  });

  test("“X called … and said”: the subject of the first verb says the second", () => {
    expect(who("The minister called the budget “a fantasy” and said it will probably be rewritten.")).toEqual(["Government official (unnamed)"]);
    expect(who("Mara Lind praised the plan and said the bridge would likely open in 2028.")).toEqual(["Mara Lind"]);
  });
});

describe("attribution and frames of wire copy", () => {
  test("“according to” a description, then the name in apposition", () => {
    expect(who("Snowfall is expected to ease by Sunday, according to the region's avalanche service, Lawinenwacht.")).toEqual(["Lawinenwacht"]);
  });

  test("“X told reporters on Friday” at the sentence's end", () => {
    expect(who("There's a good chance the walkout will spread to the airports, union leader Ines Duarte told reporters on Friday.")).toEqual(["Ines Duarte"]);
  });

  test("“forecasts growth of 1.1%”: the verb, its noun and the figure", () => {
    expect(extract("The Nordic Council forecasts inflation of 2.4% in the region next year.")).toMatchObject([
      { band: "likely", forecaster: { name: "The Nordic Council" }, phrase: "forecasts inflation of 2.4%" },
    ]);
  });

  test("“while rival Y predicts …” is a second forecast with its own speaker", () => {
    expect(who("Brokerage Halvard expects copper to slip in 2026, while rival Merrow predicts a modest rebound.")).toEqual(["Brokerage Halvard", "Merrow"]);
  });
});

describe("the hedge of an object clause", () => {
  test("a hedge after a leading phrase set off by a comma still governs the verb's object clause", () => {
    expect(bands("The modellers projected that under every scenario, the lake could dry up by 2060.")).toEqual(["roughly-even"]);
    expect(bands("The modellers projected that the lake will shrink, and later studies could revise that.")).toEqual(["likely"]);
  });
});

describe("a study's findings read on", () => {
  test("right after a study's own forecast, an uncredited forecast goes on reporting it", () => {
    const article =
      "According to a study published in the journal Ocean Letters, the reef could lose half its coral by 2040.\n\nBy 2070, the reef might lose nearly all of it.";
    expect(who(article)).toEqual(["Study", "Study"]);
  });

  test("not when the study forecast nothing of its own: a bare mention is no report to read on", () => {
    const article = "A study published in the journal Ocean Letters mapped the reef's coral. By 2070, the reef might be gone.";
    expect(who(article)).toEqual(["The Test Ledger"]);
  });
});

describe("a claim relayed inside a quotation", () => {
  test("a person named in full as the subject of a reporting verb inside the quotation owns it", () => {
    const article =
      "Rita Vance, an economist at Holmbury, said: “Rates will probably stay on hold. The board is split, with its deputy governor Arne Solberg suggesting he may back a rise in May.”";
    expect(who(article)).toEqual(["Rita Vance", "Arne Solberg"]);
  });
});

describe("a clause between dashes", () => {
  test("is a forecast of its own, with the sentence's speaker", () => {
    const [main, aside] = extract("The alliance will win the vote — though it may lose two seats — according to pollster Ugo Marin.");
    expect(main).toMatchObject({ quote: "The alliance will win the vote", band: "very-likely", forecaster: { name: "Ugo Marin" } });
    expect(aside).toMatchObject({ quote: "though it may lose two seats", band: "roughly-even", forecaster: { name: "Ugo Marin" } });
  });
});

describe("judgements of the present", () => {
  test("“is probably a …”, “is most likely the …” judge the present; “is probably going to …” still forecasts", () => {
    expect(extract("The leak is most likely a fault in the valve, engineers said.")).toEqual([]);
    expect(extract("Any car with a screen is probably full of sensors.")).toEqual([]);
    expect(bands("The valve will probably fail again within a year.")).toEqual(["likely"]);
  });
});

describe("descriptions and anonymous sources", () => {
  test("a will in a relative clause after the subject describes it and forecasts nothing", () => {
    expect(extract("The bridge, which will carry four lanes when it opens, is the longest in the country.")).toEqual([]);
    expect(bands("The bridge, which opened in 2019, will probably need repairs by 2030.")).toEqual(["likely"]);
  });

  test("“people familiar with the matter” are anonymous sources; “she” after a group is the person last named", () => {
    expect(who("The airline could sell its cargo arm, people familiar with the talks said.")).toEqual(["People familiar with the talks (unnamed)"]);
    const article = "Nadia Reyes, a partner at Colfax, met the bankers. Analysts expect the deal to close in May. “It will be a tough year,” she said.";
    expect(who(article)).toEqual(["Analysts (unnamed)", "Nadia Reyes"]);
  });

  test("results reported on a named day are a timetable", () => {
    expect(extract("The retailer will report its annual results on Thursday.")).toEqual([]);
  });
});

describe("more shapes of attribution", () => {
  test("“X estimates there is a N% chance” credits X; “the UN agency” is a body", () => {
    expect(extract("The EU agency estimates there is a 40% chance that the river floods again this spring.")).toMatchObject([
      { forecaster: { name: "EU agency", kind: "ORGANISATION" }, statedProbability: 0.4 },
    ]);
  });

  test("“according to” a description of documents names their makers as a group", () => {
    expect(who("The garrison is almost certain to surrender within days, according to Western intelligence estimates.")).toEqual([
      "Western intelligence estimates (unnamed)",
    ]);
  });

  test("a lone surname leading into a quotation speaks it; a would in a question asks", () => {
    expect(extract('Asked whether rents would fall, Okoro said: "Not this year. Maybe in 2027."')).toMatchObject([
      { quote: "Maybe in 2027.", forecaster: { name: "Okoro" } },
    ]);
  });

  test("an outlet that “understands” reports what its sources told it", () => {
    expect(who("The Harbour Gazette understands that the mayor is likely to resign before the summer.")).toEqual(["Harbour Gazette"]);
  });

  test("“see X peaking at 4.5%”: the path with its figure or date", () => {
    expect(extract("Strategists at Ferncliff now see yields peaking at 5.2% in June.")).toMatchObject([
      { band: "likely", forecaster: { name: "Ferncliff" } }, // "Strategists at X" speak for X, as "Researchers at UBS" do
    ]);
    expect(extract("Tourists see whales breaching near the harbour.")).toEqual([]);
  });
});
