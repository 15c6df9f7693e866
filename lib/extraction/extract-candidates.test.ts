// The extraction assistant on sentences of the kinds the articles hold, and on an article it
// was never tuned on.
import { describe, expect, test } from "vitest";
import { extractCandidates, findCue } from "./extract-candidates";
import { suggestQuestion } from "./suggest-question";

const extract = (text: string) => extractCandidates({ text, outlet: "The Daily Example" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

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
    const [first, second] = extract("Amid projections that the summit is likely to take place in Moscow, experts are estimating that the agenda may include arms.");
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
    ["Nevertheless, as that would violate UN sanctions, [North Korea and Russia] will make a secret deal for their benefit.", "Will North Korea and Russia make a secret deal for their benefit?"],
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
