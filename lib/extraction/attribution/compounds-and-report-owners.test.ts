// A reporting verb joined to a name by a hyphen is a compound adjective ("Islamic State-claimed
// attacks"), and "according to X's … report" is X's, a quoted title between or not. Sentences of
// our own, read by the attribution functions directly.
import { describe, expect, test } from "vitest";
import { accordingTo } from "./according-to";
import { attributeSpeaker } from "./attribute-speaker";
import { namedPeople } from "./named-people";
import { LAST_ORGANISATION, type Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";
import { subjectBeforeVerb } from "./subject-before-verb";
import { unnamedGroup } from "./unnamed-group";

const outlet: Speaker = { name: "The Test Ledger", kind: "OUTLET" };

describe("a verb form after a hyphen", () => {
  test("is part of a compound adjective, not a reporting verb", () => {
    expect(subjectBeforeVerb("Rebel-claimed attacks rose in 2017 and ")).toBeNull();
    const text = "The Vantor report says: Northern Front-claimed attacks rose in 2017, and are likely to continue in 2018.";
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("likely"), previous: null, outlet }).name).not.toMatch(/Front/);
  });

  test("a reporting verb after a space still is one", () => {
    expect(subjectBeforeVerb("Northern Front claimed that ")?.subject).toBe("Northern Front");
  });
});

describe("according to the owner of a report", () => {
  test.each([
    ["According to IDC's “Worldwide Tablet Tracker” report, sales are expected to grow.", "IDC"],
    ['According to Vantor\'s "Quarterly Outlook" update, sales are expected to grow.', "Vantor"],
    ["According to Vantor’s latest quarterly report, sales are expected to grow.", "Vantor"],
    ["According to Vantor's outlook, sales are expected to grow.", "Vantor"],
  ])("%s → %s", (sentence, owner) => {
    expect(accordingTo(sentence)).toBe(owner);
  });

  test("a day is no owner: 'according to Monday's report'", () => {
    expect(accordingTo("According to Monday's report, sales will grow.")).toBe("Monday's report");
  });

  test("a source with no possessive is left whole", () => {
    expect(accordingTo("According to the Vantor Institute, sales will grow.")).toBe("the Vantor Institute");
  });
});

describe("a report as the subject, named by its owner's possessive", () => {
  test.each([
    ["The IEA's monthly report", "IEA report"],
    ["The Vantor Institute's latest quarterly outlook report", "Vantor Institute report"],
  ])("%s is the owner's report", (subject, name) => {
    expect(unnamedGroup(subject)).toEqual({ name, kind: "UNNAMED_GROUP" });
  });

  test("with no owner named, the report alone", () => {
    expect(unnamedGroup("The monthly report")).toEqual({ name: "Report", kind: "UNNAMED_GROUP" });
  });
});

describe("a person's role after the name, and a body's trade before its name", () => {
  test.each([
    ["John Smith, Acme's CEO,", "John Smith"],
    ["John Smith, Acme’s chief executive,", "John Smith"],
    ["John Smith, the chief executive of Acme,", "John Smith"],
    ["John Smith, the CEO of Acme,", "John Smith"],
  ])("%s is the person", (subject, name) => {
    expect(speakerFromSubject(subject, null)).toEqual({ name, kind: "PERSON" });
  });

  test.each([
    ["The consultancy Capital Economics", "Capital Economics"],
    ["the research firm Gartner", "Gartner"],
  ])("%s is the body", (subject, name) => {
    expect(speakerFromSubject(subject, null)).toEqual({ name, kind: "ORGANISATION" });
  });

  test("a trade must be the whole word: 'the lawmaker Jo Hale' is a person", () => {
    expect(speakerFromSubject("The lawmaker Jo Hale", null)).toEqual({ name: "Jo Hale", kind: "PERSON" });
  });

  test("a body before its description keeps its name", () => {
    expect(speakerFromSubject("Acme Bank, the lender,", null)).toEqual({ name: "Acme Bank", kind: "ORGANISATION" });
  });
});

describe("shapes from a battery of sentences written blind by a helper", () => {
  const outletOf = (text: string, cue: string) => attributeSpeaker({ paragraph: text, at: text.indexOf(cue), previous: null, outlet }).name;

  test("a price 'with' a bookmaker is that bookmaker's", () => {
    const text = "Silver Arrow is the 9/2 favourite with bookmaker Lanford Bet to win the Gold Cup.";
    expect(outletOf(text, "9/2")).toBe("Lanford Bet");
    expect(outletOf("Mira Kovac is evens with Sterling Odds to win the Northport Open.", "evens")).toBe("Sterling Odds");
  });

  test("a credit inserted with the speaker's workplace after the name ('said Ruth Calloway of consultancy EnerQuest,')", () => {
    const text = "Natural gas prices, said Ruth Calloway of consultancy EnerQuest, are likely to double this winter.";
    expect(outletOf(text, "likely")).toBe("Ruth Calloway");
  });

  test("a lone name after a linking word and a time ('But on Monday Fenwick said')", () => {
    const text = "But on Monday Fenwick said the spending bill would probably pass.";
    expect(outletOf(text, "probably")).toBe("Fenwick");
  });

  test("not a name the time phrase leaves when none follows it ('But on Monday the committee said')", () => {
    const acme: Speaker = { name: "Acme Corp", kind: "ORGANISATION" };
    const text = "But on Monday the committee said the bill would probably pass.";
    const known = new Map([[LAST_ORGANISATION, acme]]);
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("probably"), previous: null, outlet, known }).name).toBe("The Test Ledger");
  });
});

describe("shapes from a second battery written blind by a helper", () => {
  test("“…,” said the institute's deputy director, Simon Achebe: the person, after the role", () => {
    const text = "“Firms have stopped hiring. The labour market could turn quickly,” said the institute's deputy director, Simon Achebe.";
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("could"), previous: null, outlet }).name).toBe("Simon Achebe");
  });

  test("a role with no name after it stays the role's group", () => {
    const text = "“Firms have stopped hiring. The labour market could turn quickly,” said the institute's deputy director.";
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("could"), previous: null, outlet }).name).toBe("Institute's deputy director (unnamed)");
  });

  test("a possessive names whose something is, not a person; a trade before a name does", () => {
    expect(namedPeople("Trainer Fenella Grant was bullish about Night Ember's chances.")).toEqual([{ name: "Fenella Grant", kind: "PERSON" }]);
  });

  test("a name 'with' a price that does something is no bookmaker ('with Ryan Moore riding')", () => {
    const text = "Silver Arrow is the 4/1 favourite with Ryan Moore riding.";
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("4/1"), previous: null, outlet }).name).toBe("The Test Ledger");
  });

  test("a place after a role introduced by 'a' is no name ('said a spokesman for the ministry, New Delhi')", () => {
    const text = "“Prices will probably rise. Exports may fall,” said a spokesman for the ministry, New Delhi.";
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("Exports"), previous: null, outlet }).name).not.toBe("New Delhi");
  });

  test("a trade title before a possessive name names no one ('Researcher Jo Hale's study')", () => {
    expect(namedPeople("The data came from Researcher Jo Hale's study.")).toEqual([]);
  });

  test("a bookmaker's name with an ampersand after 'with'", () => {
    const text = "Night Ember is the 5/2 favourite with bookmaker Pell & Co for the Gold Cup.";
    expect(attributeSpeaker({ paragraph: text, at: text.indexOf("5/2"), previous: null, outlet }).name).toBe("Pell & Co");
  });
});

describe("a body named by its kind, and its modelling", () => {
  const council: Speaker = { name: "The World Health Council", kind: "ORGANISATION" };
  test("'according to the council's modelling' is the council heard last", () => {
    expect(accordingTo("According to the council's modelling, cases could exceed 10,000 by April.")).toBe("the council");
    expect(speakerFromSubject("the council", null, new Map([[LAST_ORGANISATION, council]]))).toEqual(council);
  });

  test.each([
    ["the committee", "Budget Committee"],
    ["the commission", "Vale Energy Commission"],
    ["the centre", "Coastal Storm Centre"],
    ["the authority", "Harbour Authority"],
  ])("%s is the body heard last when its name says so (%s)", (subject, name) => {
    const body: Speaker = { name, kind: "ORGANISATION" };
    expect(speakerFromSubject(subject, null, new Map([[LAST_ORGANISATION, body]]))).toEqual(body);
  });

  test("not a body of another kind: 'The authority said …' after 'Ryanair cut its fares'", () => {
    const airline: Speaker = { name: "Ryanair", kind: "ORGANISATION" };
    expect(speakerFromSubject("the authority", null, new Map([[LAST_ORGANISATION, airline]]))).not.toEqual(airline);
  });
});
