// Firms named like people ("Halsey Crane has forecast …, the bank expects"), a country before a
// body's trade ("the Dutch lender"), a credit at the sentence's end after a long description of
// the speakers, a participle after a credit, "So says …", a document named by "its" or by "the"
// alone. Sentences of our own; each asks attributeSpeaker, speakerFromSubject or
// passiveAttribution directly.
import { describe, expect, test } from "vitest";
import { attributeSpeaker } from "./attribute-speaker";
import { passiveAttribution } from "./passive-attribution";
import { rememberRoles } from "./person-roles";
import { LAST_ORGANISATION, type Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";

const outlet: Speaker = { name: "The Test Ledger", kind: "OUTLET" };
const halsey: Speaker = { name: "Halsey Crane", kind: "PERSON" };
const whoSays = (paragraph: string, cue: string, previous: Speaker | null = null) =>
  attributeSpeaker({ paragraph, at: paragraph.indexOf(cue), previous, outlet }).name;

describe("a firm named like a person", () => {
  test("'the bank' after a name heard with no role and no body named is that name, as a body", () => {
    expect(speakerFromSubject("The bank", halsey, new Map())).toEqual({ name: "Halsey Crane", kind: "ORGANISATION" });
  });

  test("not when the name was given a person's role ('Halsey Crane, an economist')", () => {
    const known = new Map<string, Speaker>();
    rememberRoles(known, halsey, "Halsey Crane, an economist at the firm, spoke.");
    expect(speakerFromSubject("The bank", halsey, known)).toBeNull();
  });

  test("not when a body was named: 'the bank' is that body", () => {
    const vale: Speaker = { name: "Vale Bank", kind: "ORGANISATION" };
    expect(speakerFromSubject("The bank", halsey, new Map([[LAST_ORGANISATION, vale]]))).toEqual(vale);
  });

  test("not for the officer of a body: 'the research firm's chief economist' is someone else", () => {
    expect(speakerFromSubject("the research firm’s chief economist", halsey, new Map())).toEqual({ name: "Chief economists (unnamed)", kind: "UNNAMED_GROUP" });
  });
});

describe("a country or its adjective before a body's trade", () => {
  test.each(["the US investment bank", "the Dutch lender", "the Japanese carmaker", "the UK broker"])("%s is the body named last", (subject) => {
    const acme: Speaker = { name: "Acme Holdings", kind: "ORGANISATION" };
    expect(speakerFromSubject(subject, null, new Map([[LAST_ORGANISATION, acme]]))).toEqual(acme);
  });

  test("a firm's own short name before its trade is not a country ('the UBS bank', 'the Bosch group')", () => {
    const acme: Speaker = { name: "Acme Holdings", kind: "ORGANISATION" };
    const known = new Map([[LAST_ORGANISATION, acme]]);
    expect(speakerFromSubject("the UBS bank", null, known)).toEqual({ name: "UBS bank", kind: "ORGANISATION" });
    expect(speakerFromSubject("the Bosch group", null, known)).toEqual({ name: "Bosch group", kind: "ORGANISATION" });
    expect(speakerFromSubject("the Reserve Bank", null, known)).toEqual({ name: "The Reserve Bank", kind: "ORGANISATION" });
  });
});

describe("a credit at the sentence's end after a long description", () => {
  test("'…, leading analysts of the Danish energy research and consulting company Acme Economics believe.'", () => {
    const paragraph =
      "Gas prices will probably fall much further next year, leading analysts of the Danish energy research and consulting company Acme Economics believe.";
    expect(whoSays(paragraph, "will probably")).toBe("Acme Economics");
  });
});

describe("a participle after the credit", () => {
  const jo: Speaker = { name: "Jo Hale", kind: "PERSON" };

  test("'“…,” he added, explaining why he expects …' is the person the quotation is by", () => {
    const paragraph = "“Prices are sticky,” he added, explaining why he expects another cut in June.";
    expect(whoSays(paragraph, "expects", jo)).toBe("Jo Hale");
  });

  test("'The bank also assessed nickel, predicting that prices will stay flat' is the bank's", () => {
    const vale: Speaker = { name: "Vale Bank", kind: "ORGANISATION" };
    const paragraph = "The bank also assessed the outlook for nickel, predicting that prices will stay flat next year.";
    expect(attributeSpeaker({ paragraph, at: paragraph.indexOf("will"), previous: vale, outlet, known: new Map([[LAST_ORGANISATION, vale]]) })).toEqual(vale);
  });
});

describe("'So says …' opening the next sentence", () => {
  test.each([
    ["So says Harbour Intelligence in a note out today by analyst Jo Hale, who thinks the vote will be close.", "Harbour Intelligence"],
    ["So says Jo Hale, an analyst at the firm.", "Jo Hale"],
    ["Or so believes Harbour Intelligence.", "Harbour Intelligence"],
  ])("%s", (sentence, name) => {
    expect(passiveAttribution({ sentence, previous: null })?.name).toBe(name);
  });

  test("'So far, …' credits no one", () => {
    expect(passiveAttribution({ sentence: "So far, Harbour Intelligence has said nothing.", previous: null })).toBeNull();
  });
});

describe("a leading phrase that names the document by 'its'", () => {
  const vale: Speaker = { name: "Vale Bank", kind: "ORGANISATION" };
  const saysFor = (paragraph: string, cue: string) =>
    attributeSpeaker({ paragraph, at: paragraph.indexOf(cue), previous: null, outlet, known: new Map([[LAST_ORGANISATION, vale]]) }).name;

  test("'Under its base-case scenario, if …, nickel prices are expected to …' is the body heard last", () => {
    expect(saysFor("Under its base-case scenario, if export curbs persist into 2027, nickel prices are expected to reach $19,000 a ton.", "expected")).toBe(
      "Vale Bank",
    );
  });

  test("not 'Under the base-case scenario' (no owner), nor a main clause with a speaker of its own", () => {
    expect(saysFor("Under the base-case scenario, nickel prices are expected to reach $19,000 a ton.", "expected")).toBe("The Test Ledger");
    expect(saysFor("Under its base-case scenario, Jo Hale expects nickel to reach $19,000 a ton.", "nickel")).toBe("Jo Hale");
  });

  test("nor a sentence credited at its end", () => {
    expect(saysFor("Under its base-case scenario, nickel prices are expected to rise, Harbour Intelligence said.", "expected")).toBe("Harbour Intelligence");
  });
});

describe("'according to the report' with no author named", () => {
  const vale: Speaker = { name: "Vale Bank", kind: "ORGANISATION" };
  test("is the body heard last", () => {
    const paragraph = "According to the report, investment in new mines is likely to shape prices.";
    expect(attributeSpeaker({ paragraph, at: paragraph.indexOf("is likely"), previous: vale, outlet, known: new Map([[LAST_ORGANISATION, vale]]) })).toEqual(
      vale,
    );
  });

  test("but a report by someone named is theirs", () => {
    const paragraph = "According to a report by Harbour Intelligence, investment in new mines is likely to shape prices.";
    expect(attributeSpeaker({ paragraph, at: paragraph.indexOf("is likely"), previous: vale, outlet }).name).toBe("Harbour Intelligence");
  });
});
