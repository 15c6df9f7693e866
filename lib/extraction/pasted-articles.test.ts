// Whole pasted articles through the candidate builder: what a copy does to the text (mis-decoded
// no-break spaces, a line cut at a comma, a name that sets its capital second) and a chance given
// for "a normal year". Articles written for this test, none from the corpus.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });

describe("a pasted copy", () => {
  test("stated chances behind mis-decoded no-break spaces are read, verbatim, as stated", () => {
    const text = "Rates: what traders see\nThe?odds?of a rate cut stood at 91%?on the prediction platform?Marketly, up from 60% a month ago.";
    const [cut] = extract(text);
    expect(cut).toMatchObject({ probability: 0.91, probabilitySource: "STATED", forecaster: { name: "Marketly" } });
    expect(text).toContain(cut.quote);
  });

  test("a line the copy cut at a comma is still read", () => {
    const text = "The tracker currently estimates a lower probability, assigning a 70% chance of a rate cut,\nMore on that below.";
    expect(extract(text).map((c) => c.probability)).toEqual([0.7]);
  });

  test("'… its forecast. iSuppli thinks …' is two forecasts, each its own body's", () => {
    const text = "Acme Research cut its chip forecast to 2 per cent growth. iSuppli thinks sales might fall next year.";
    expect(extract(text).map((c) => [c.forecaster.name, c.band])).toEqual([
      ["Acme Research", "likely"],
      ["iSuppli", "roughly-even"],
    ]);
  });
});

describe("the outlet's own name in the text", () => {
  test("'Harbour Press: …' names no body: 'the bank' after it is the firm the sentence was about", () => {
    const text =
      "Harbour Press: Halsey Crane has forecast a sharp rise in copper prices by the end of next year.\nOn energy, the bank expects oil prices to trend higher next year.";
    const candidates = extractCandidates({ text, outlet: "Harbour Press" });
    expect(candidates.map((c) => c.forecaster.name)).toEqual(["Halsey Crane", "Halsey Crane"]);
  });
});

describe("a chance given for a normal year", () => {
  test("is a base rate, not a forecast; a chance for this year after it is one", () => {
    expect(extract("In a normal year there's about a 25 per cent chance of a drought.")).toEqual([]);
    const [thisYear] = extract("In a normal year the odds are 25 per cent, but this year there is a 50 per cent chance of a drought.");
    expect(thisYear).toMatchObject({ probability: 0.5, probabilitySource: "STATED" });
  });
});

describe("a quotation that forecasts nothing still says who 'he' or 'she' is next", () => {
  test("'“…,” Ana Ruiz wrote. “…,” she added' is Ana Ruiz's, not the speaker heard before her", () => {
    const text = [
      "“Rates will fall by June,” Jo Hale told the Ledger.",
      "“Inflation is cooling only slowly,” economist Ana Ruiz wrote in a note to clients.",
      "“The bank will cut twice this year,” she added.",
    ].join("\n");
    expect(extract(text).map((c) => c.forecaster.name)).toEqual(["Jo Hale", "Ana Ruiz"]);
  });
});

describe("speech reported in the present goes on in its paragraph", () => {
  test("'Ruiz says …' then unattributed forecasts in the same paragraph are Ruiz's", () => {
    const text =
      "Ana Ruiz, an agronomist, says the wheat crop was poor. Ruiz says that means flour will cost 20 to 30 percent more than normal. If the spring is dry, bread prices will be even higher. Rice supplies are tighter, and rationing may start in summer.";
    expect(extract(text).map((c) => c.forecaster.name)).toEqual(["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]);
  });

  test("not in the next paragraph, nor after speech reported in the past", () => {
    const next = "Ana Ruiz, an agronomist, says flour will cost 20 percent more.\nBread prices will be even higher.";
    expect(extract(next).map((c) => c.forecaster.name)).toEqual(["Ana Ruiz", "The Test Ledger"]);
    const past = "Ana Ruiz, an agronomist, said the wheat crop was poor. Bread prices will be even higher.";
    expect(extract(past).map((c) => c.forecaster.name)).toEqual(["The Test Ledger"]);
  });
});

describe("decimal odds in a piece about betting", () => {
  test("'$5.00' and '$1.25' are read as prices; one that stood at the start of the year is no forecast now", () => {
    const text =
      "Punters have been betting on the Greens for weeks. At the start of the year, the Greens were outsiders at $6.50. The latest odds show the Greens into $5.00, with the incumbents out to $1.25.";
    expect(extract(text).map((c) => c.probability)).toEqual([0.2, 0.8]);
  });
});

describe("a wire lede whose source is named paragraphs later", () => {
  test("the lede's chance, the rest of its sentence and the paragraph after are the source's", () => {
    const text = [
      "There are 80 per cent chances of a wet winter in the valley, while the northern hills could see less rain.",
      "The east coast will be at moderate risk of floods through January.",
      "“Rain is likely to come early,” the Harbour Weather Office said in its second forecast for the season.",
    ].join("\n");
    expect(extract(text).map((c) => c.forecaster.name)).toEqual(Array(4).fill("The Harbour Weather Office"));
  });
});
