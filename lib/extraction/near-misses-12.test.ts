// Round twelve's outside review: misfires of the round's own rules on sentences a reviewer wrote
// to trip them, each mended and held here. Sentences written for this test (none from the corpus).
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const OUTLET = "The Test Ledger";
const read = (text: string) => extractCandidates({ text, outlet: OUTLET });
const who = (text: string) => read(text).map((c) => c.forecaster.name);
const article = (...paragraphs: string[]) => paragraphs.join("\n\n");

describe("a body that published a report gives its figures only to what follows on its subject", () => {
  test("right after the report, its figures", () => {
    const text = article(
      "The Harbour Statistics Office released its annual outlook on Tuesday.",
      "Output is forecast to grow 2.1% in 2027.",
      "Snowfall is expected to reach 20 cm in the hills next week.",
    );
    expect(who(text)).toEqual(["Harbour Statistics Office", "Harbour Statistics Office"]);
  });

  test("after a sentence of other news, a figure on another subject is the writer's", () => {
    const text = article(
      "The Harbour Commission released its spring forecast on Monday.",
      "Separately, the Commission fined Vantor 2 billion euros. Vantor is expected to appeal, and its shares are likely to dip 1%.",
    );
    expect(who(text)).toEqual([OUTLET]);
  });

  test("a report of years past gives no figures to today's", () => {
    const text = article("In 2019, the Harbour Fund published a report warning about debt.", "Global debt is now expected to reach 100% of output by 2030.");
    expect(who(text)).toEqual([OUTLET]);
  });

  test("names shared by two pieces of news tie no subject", () => {
    const text = article(
      "Harbour Statistics released its monthly survey of manufacturing.",
      "Exports rose in May, officials said.",
      "The Bank of Harbour is widely expected to cut rates by 0.25 percentage points.",
    );
    expect(who(text).at(-1)).not.toBe("Harbour Statistics");
  });
});

describe("an article before a lowercase noun names no body", () => {
  test("'The ministry issued its statement' leaves no body called 'The'", () => {
    const text = article("The ministry issued its annual statement on road safety.", "Petrol prices are expected to climb 6% by the summer.");
    expect(who(text)).not.toContain("The");
  });
});

describe("the subject of a verb on a chance gives it only when the size follows in its clause", () => {
  test.each([
    ["Smith's lawyers disputed the probability of a conviction, which prosecutors put at 90%.", "Lawyers"],
    ["Investors ignored the risk of a downgrade, even though Moody's puts the probability at 25%.", "Investors"],
  ])("%s", (sentence, notSpeaker) => {
    expect(who(sentence)[0]).not.toContain(notSpeaker);
  });

  test("a leading phrase is no subject", () => {
    expect(who("For investors the odds of a soft landing are slim, Goldman Sachs said.")).toEqual(["Goldman Sachs"]);
  });
});

describe("a clause of contrast keeps the sentence's speaker when its subject points back or is an aside", () => {
  test("a pronoun after 'but'", () => {
    expect(who("The governor said inflation was sticky, but he expects a cut in June.")).toEqual(["Governor (unnamed)"]);
  });

  test("an aside between commas", () => {
    expect(who("Analysts, though divided, expect the central bank to cut rates in June.")).toEqual(["Analysts (unnamed)"]);
  });
});

describe("what a person is, from all of their description and from where they speak", () => {
  test("two roles: either kind points back", () => {
    const text = article(
      "Mark Lee, a former senator who now works as an analyst at Fitch, said rates could rise.",
      "The analyst said the odds of a cut were about one in three.",
    );
    expect(who(text)).toEqual(["Mark Lee", "Mark Lee"]);
  });

  test("a speaker named at the sentence's start with a role after the name", () => {
    const text = article("Helga Brandt, chief economist at Nordbank, said growth would probably slow.", "The minister said a recession was unlikely.");
    expect(who(text)).toEqual(["Helga Brandt", "Government official (unnamed)"]);
  });
});

describe("a nationality before 'model' is a person, not a forecasting model", () => {
  test("'the Brazilian model said'", () => {
    expect(who("The Brazilian model said she would probably retire next year.")).not.toEqual(["Brazilian model"]);
  });
});

describe("a second predicate after 'but' with a modal of its own", () => {
  test("each its own forecast with its own band", () => {
    const read2 = read("The ruling party risks losing its majority but should be able to form a coalition.");
    expect(read2.map((c) => c.band)).toEqual(["roughly-even", "likely"]);
    expect(read2[1].quote).toBe("but should be able to form a coalition.");
  });

  test("'but' without a modal stays in the sentence", () => {
    expect(read("Prices may rise but not by much.").map((c) => c.quote)).toEqual(["Prices may rise but not by much."]);
  });
});

describe("what the review found the rules should have caught", () => {
  test("a role with an adverb after it ('The spokesman later said') points back by its kind", () => {
    const text = article(
      "Ravi Shah, spokesman for the central bank, said rates would probably stay on hold.",
      "The economist Mia Holt said growth could slow.",
      "The spokesman later said a cut was unlikely before June.",
    );
    expect(who(text)).toEqual(["Ravi Shah", "Mia Holt", "Ravi Shah"]);
  });

  test("a pronoun after 'but' is the first clause's subject", () => {
    expect(who("Ortega said the talks had stalled, but she said a deal was still likely.")).toEqual(["Ortega"]);
  });

  test("the conjunction that opens a clause of contrast is no part of who", () => {
    expect(who("The Fed held rates, while Goldman now expects three cuts this year.")).toEqual(["Goldman"]);
  });
});
