// Round nine: a person introduced with "is a …", a role that names no one heard before, and a
// linking aside between a name and its verb. Sentences written for this test.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "../extract-candidates";

const who = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" }).map((c) => c.forecaster.name);

describe("a person introduced with 'is a …' is who the role points back to", () => {
  test.each([
    "Ana Ruiz is an economist at Vale Bank. The economist said growth is likely to slow.",
    "Ana Ruiz was the chief strategist at Vale Bank. The strategist expects growth to slow.",
    "Ana Ruiz has been a senior analyst at Vale Bank since 2019. The analyst said growth is likely to slow.",
  ])("%s", (article) => {
    expect(who(article)).toEqual(["Ana Ruiz"]);
  });

  test.each([
    "New Zealand is a small economy. The economist said growth is likely to slow.",
    "Hong Kong is a major financial centre. The economist said growth is likely to slow.",
    "Kevin Marsh is a former pilot. The economist said growth is likely to slow.",
  ])("no person of a trade before 'is a': %s", (article) => {
    expect(who(article)).toEqual(["Economists (unnamed)"]);
  });
});

describe("a role with no one named before is the role, unnamed", () => {
  test.each([
    ["“Growth is likely to slow,” the central bank governor said in a speech.", "Central bank governor (unnamed)"],
    ["Speaking to reporters in Berlin, the chancellor said the talks would probably fail.", "Chancellor (unnamed)"],
    ["The deputy director said a deal is unlikely this year.", "Deputy director (unnamed)"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)).toEqual([name]);
  });

  test("a role of government keeps the group's name", () => {
    expect(who("The minister said a deal is unlikely this year.")).toEqual(["Government official (unnamed)"]);
  });

  test("a role after a named person is that person", () => {
    expect(who("Jo Hale, the governor, spoke on Monday. The governor said a cut is likely.")).toEqual(["Jo Hale"]);
  });
});

describe("a linking aside between the name and its verb", () => {
  test.each(["however", "for her part", "too"])("a surname alone: Rinaldi, %s, said …", (aside) => {
    expect(who(`Rinaldi, ${aside}, said a rate cut is likely.`)).toEqual(["Rinaldi"]);
  });

  test.each(["for her part", "however", "in turn", "meanwhile"])("Ana Ruiz, …, %s, …", (aside) => {
    expect(who(`Ana Ruiz, head of research at Vale Bank, ${aside}, expects a rate cut by the end of the year.`)).toEqual(["Ana Ruiz"]);
  });
});

describe("a body named again by its trade, with two words before it", () => {
  test("'the market research firm' is the firm named before", () => {
    const article = "Halvorsen Research published its outlook on Monday. The market research firm expects tablet shipments to fall next year.";
    expect(who(article)).toEqual(["Halvorsen Research"]);
  });

  test("a capitalised name after 'the' is that body, not the one named before", () => {
    const article = "Halvorsen Research published its outlook on Monday. Oil prices could rise further, the International Energy Agency warned.";
    expect(who(article)).toEqual(["The International Energy Agency"]);
  });
});

describe("a role points back only to a person named with a role of its kind", () => {
  test("an office after an expert is not the expert", () => {
    const article = [
      "Prices could fall next year, warned Helga Brandt, chief economist at Nordbank.",
      "The finance minister said a deal was likely.",
      "The economist said rates would probably fall.",
    ].join("\n\n");
    expect(who(article)).toEqual(["Helga Brandt", "Government official (unnamed)", "Helga Brandt"]);
  });

  test("each role finds the person last named with its kind", () => {
    const article = [
      "Prices could fall next year, warned Helga Brandt, chief economist at Nordbank.",
      "Finance Minister Ana Costa spoke on Monday. The minister said a deal was likely.",
      "The analyst said rates would probably fall.",
    ].join("\n\n");
    expect(who(article)).toEqual(["Helga Brandt", "Ana Costa", "Helga Brandt"]);
  });

  test("a person named with no role is still who a role points back to", () => {
    expect(who("Prices could fall next year, warned Tom Reed.\n\nThe minister said a deal was likely.")).toEqual(["Tom Reed", "Tom Reed"]);
  });
});

describe("'the company' is the body the article is about", () => {
  test("a research firm named in between is not the company", () => {
    const article = [
      "Orla Systems reported a profit on Tuesday. Orla Systems shares rose 4%.",
      "Sales at Orla Systems rose 3% in the quarter, Halden Research data showed.",
      "The company expects revenue to grow 5% next year.",
    ].join("\n\n");
    expect(who(article)).toEqual(["Orla Systems"]);
  });

  test("'the research firm' is still the body named last", () => {
    const article = [
      "Orla Systems reported a profit on Tuesday. Orla Systems shares rose 4%.",
      "Halden Research tracks the market.",
      "The research firm expects sales to grow 5% next year.",
    ].join("\n\n");
    expect(who(article)).toEqual(["Halden Research"]);
  });

  test("among bodies named as often, the company is the one named last", () => {
    const article = ["Halden Research tracks the market.", "Orla Systems reported a profit.", "The company expects revenue to grow 5% next year."].join("\n\n");
    expect(who(article)).toEqual(["Orla Systems"]);
  });
});

describe("a body's name with its acronym in brackets, and where it is based", () => {
  test("the acronym is no fourth word of the name", () => {
    expect(who("Halden Storm Watch (HSW) said on Friday it still expects the season to be active.")).toEqual(["Halden Storm Watch"]);
  });

  test("'the London-based group' after a leading clause is the group named before", () => {
    const article = [
      "Orla Weather Group said on Friday it expects a wet winter.",
      "In its updated forecast, the London-based group predicts 16 named storms next year.",
    ].join("\n\n");
    expect(who(article)).toEqual(["Orla Weather Group", "Orla Weather Group"]);
  });
});

describe("a body's unnamed people speak for it", () => {
  test.each([
    ["“We see growth picking up in 2026,” the Harbour Fund's chief economist said.", "Harbour Fund"],
    ["Vale Bank's strategists expect two cuts this year.", "Vale Bank"],
  ])("%s", (sentence, name) => {
    expect(who(sentence)).toEqual([name]);
  });

  test("a named person described so is still the person", () => {
    expect(who("Jo Hale, the Harbour Fund's chief economist, said growth would probably slow.")).toEqual(["Jo Hale"]);
  });
});

describe("a body's own name with a possessive in it", () => {
  test("'Halden's Analytics' is one body, not a person called Analytics", () => {
    expect(who("Halden's Analytics said growth would probably slow next year.")).toEqual(["Halden's Analytics"]);
  });

  test("a person after a body's possessive is still the person", () => {
    expect(who("Vale Bank's Jo Hale said growth would probably slow next year.")).toEqual(["Jo Hale"]);
  });
});

describe("bodies whose names hold no word of organisation but of their trade", () => {
  test.each(["Halden Macroeconomics", "Tropical Storm Risk", "Vale Solutions", "Harbour Weather", "Orla Statistics"])("%s is a body", (name) => {
    const [candidate] = extractCandidates({ text: `${name} said growth would probably slow next year.`, outlet: "The Test Ledger" });
    expect(candidate.forecaster).toEqual({ name, kind: "ORGANISATION" });
  });
});
