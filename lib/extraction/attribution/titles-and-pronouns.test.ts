// Who speaks when a name carries letters or a capitalised title after it, when a body is "it",
// and when an aside or an adverb stands beside the subject. Sentences of our own; each asks
// attributeSpeaker, speakerFromSubject or subjectOfAdjacentVerb directly.
import { describe, expect, test } from "vitest";
import { attributeSpeaker } from "./attribute-speaker";
import { namedBodies } from "./named-bodies";
import { LAST_ORGANISATION, type Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";
import { subjectOfAdjacentVerb } from "./subject-of-adjacent-verb";

const outlet: Speaker = { name: "The Test Ledger", kind: "OUTLET" };
const valeBank: Speaker = { name: "Vale Bank", kind: "ORGANISATION" };
/** Who speaks the forecast that starts at `cue` in the paragraph, after `previous` spoke. */
const whoSays = (paragraph: string, cue: string, previous: Speaker | null = null) =>
  attributeSpeaker({ paragraph, at: paragraph.indexOf(cue), previous, outlet }).name;

describe("a person's name with letters or a title after it", () => {
  test.each([
    ["Jane Doe, CEO of Acme Corp, said prices will likely rise next year.", "will likely"],
    ["Jane Doe, Chief Economist at Acme Corp, said prices will likely rise next year.", "will likely"],
    ["Jane Doe, Professor of Economics at Lakeside University, said prices will likely rise.", "will likely"],
    ["Jane Doe, PhD, an epidemiologist at Lakeside University, said cases will likely rise.", "will likely"],
    ["“Cases will likely rise,” Jane Doe, MPH, said.", "will likely"],
  ])("%s", (paragraph, cue) => {
    expect(whoSays(paragraph, cue)).toBe("Jane Doe");
  });

  test("a long description between the name and 'said' after a quotation still names the person", () => {
    const paragraph =
      "“It may spread to other schools,” Jane Doe, professor of preventive medicine at Lakeside University and medical director at the Harbour Institute for Child Health, said.";
    expect(whoSays(paragraph, "may")).toBe("Jane Doe");
  });

  test("a body's two-word name alone is still the body's", () => {
    expect(speakerFromSubject("Acme Corp", null)).toEqual({ name: "Acme Corp", kind: "ORGANISATION" });
  });
});

describe("'it' and 'which it' for a body", () => {
  test("'It expects …' after a body was named is that body's", () => {
    const known = new Map([[LAST_ORGANISATION, valeBank]]);
    expect(speakerFromSubject("It", null, known)).toEqual(valeBank);
    // Not a person named before: "it" is never a person.
    expect(speakerFromSubject("It", { name: "Jo Hale", kind: "PERSON" }, new Map())).toBeNull();
  });

  test("'…, which it expects will …' is the body that spoke before", () => {
    expect(whoSays("The bank blamed the tariffs, which it expects will lead to a slowdown.", "will lead", valeBank)).toBe("Vale Bank");
    expect(subjectOfAdjacentVerb("The bank blamed the tariffs, which it expects")).toBe("it");
  });
});

describe("asides and adverbs beside the subject", () => {
  test("'JPMorgan, for instance, recently placed the probability …' is JPMorgan's", () => {
    expect(subjectOfAdjacentVerb("JPMorgan, for instance, recently placed the", "probability of a recession at 60 per cent.")).toBe("JPMorgan");
  });

  test("'the FedWatch tracker currently' is the tracker", () => {
    expect(speakerFromSubject("Notably, the FedWatch tracker currently", null)?.name).toBe("FedWatch tracker");
  });
});

describe("a chance moved to a percentage, and where it is traded", () => {
  test("'Vale Bank has increased the likelihood of a recession to 45 per cent' is the bank's", () => {
    expect(subjectOfAdjacentVerb("Vale Bank has increased the", "likelihood of a recession to 45 per cent.")).toBe("Vale Bank");
    // A share of something, not a chance: "to 45 per cent of GDP".
    expect(subjectOfAdjacentVerb("Vale Bank has increased the", "risk of debt rising to 45 per cent of GDP.")).toBeNull();
  });

  test("'… at 97% on the decentralized prediction platform Marketly' is the platform's", () => {
    expect(whoSays("The odds of a cut stood at 97% on the decentralized prediction platform Marketly, up from 70%.", "odds")).toBe("Marketly");
  });
});

describe("names that set their capital inside the word", () => {
  test("'iSuppli thinks …', 'BlackRock expects …' are bodies; 'McDonald expects …' is a person's surname, unknown alone", () => {
    expect(subjectOfAdjacentVerb("iSuppli thinks ")).toBe("iSuppli");
    expect(speakerFromSubject("iSuppli", null)).toEqual({ name: "iSuppli", kind: "ORGANISATION" });
    expect(speakerFromSubject("BlackRock", null)).toEqual({ name: "BlackRock", kind: "ORGANISATION" });
    expect(speakerFromSubject("McDonald", null)?.kind).not.toBe("ORGANISATION");
  });
});

describe("a body named with its trade before the name", () => {
  test("'Market watcher Semlex has doubled its forecast' names Semlex, whom 'the company' later means", () => {
    expect(namedBodies("Market watcher Semlex has doubled its growth forecast for the year.")).toContainEqual({ name: "Semlex", kind: "ORGANISATION" });
    expect(namedBodies("Research firm Acme Data cut its outlook.")).toContainEqual({ name: "Acme Data", kind: "ORGANISATION" });
  });
});

describe("whom a credit at the sentence's end was told", () => {
  test("'…, analysts told the Harbour news agency.' is the analysts'; four words of whom", () => {
    expect(whoSays("Profit gains are likely to fall short, analysts told the Harbour news agency.", "likely")).toBe("Analysts (unnamed)");
  });
});

describe("a trade mark after a name", () => {
  test("'Acme Forecasters®' is named without the mark, so that 'Forecasters' later finds it", () => {
    expect(speakerFromSubject("Acme Forecasters®", null)?.name).toBe("Acme Forecasters");
  });
});

describe("a confidence, an aside of whom, and a body's documents", () => {
  test("'Crypto bettors are almost certain that …' is the bettors'", () => {
    expect(whoSays("Crypto bettors are almost certain that the bank will cut on Wednesday.", "almost certain")).toBe("Crypto bettors (unnamed)");
  });

  test("'chip maker Lumex, for whom Vale is a customer, said … but that it expected …' is Lumex's", () => {
    expect(speakerFromSubject("On Wednesday, chip maker Lumex, for whom Vale is a major customer,", null)?.name).toBe("Lumex");
  });

  test("'according to the bank's models' is the bank named before", () => {
    const known = new Map([[LAST_ORGANISATION, valeBank]]);
    expect(speakerFromSubject("the bank’s models", null, known)).toEqual(valeBank);
    expect(speakerFromSubject("the bank's latest forecasts", null, known)).toEqual(valeBank);
  });
});

describe("a trade written as a title, and a credit after ', per'", () => {
  test("'Meteorologist Jane Doe of Skywatch' is Jane Doe", () => {
    expect(speakerFromSubject("Meteorologist Jane Doe of Skywatch", null)?.name).toBe("Jane Doe");
    expect(speakerFromSubject("Economist Jo Hale", null)?.name).toBe("Jo Hale");
  });

  test("'…, per Acme Bank.' credits the bank; '5, per cent' is no credit", () => {
    expect(whoSays("Oil will probably average $80 next year, per Acme Bank.", "will probably")).toBe("Acme Bank");
    expect(whoSays("Growth will probably slow to 1.5, per cent of output.", "will probably")).toBe("The Test Ledger");
  });
});

describe("a team led by someone, and what prices show", () => {
  test("'Acme Bank analysts led by Jo Hale said …' is the bank's", () => {
    expect(whoSays("Acme Bank analysts led by Jo Hale said Brent would average $90 next year.", "would")).toBe("Acme Bank");
  });

  test("', with futures pricing a 90% chance' is the market's", () => {
    const paragraph = "The bank is expected to cut next week, with futures pricing a 90% chance.";
    expect(whoSays(paragraph, "90%")).toBe("Markets (unnamed)");
  });
});

describe("where a person works, in brackets", () => {
  test("'Jo Hale (Acme Bank)' is Jo Hale; 'Credit Vale (CV)' keeps its acronym's reading as a body", () => {
    expect(speakerFromSubject("Jo Hale (Acme Bank)", null)).toEqual({ name: "Jo Hale", kind: "PERSON" });
    expect(speakerFromSubject("Credit Vale (CV)", null)?.kind).toBe("ORGANISATION");
  });
});
