// Edges of round fifteen's attribution rules, found by an outside review: hostile input that
// must not stall, and the limits of each rule. Sentences of our own; each asks attributeSpeaker,
// subjectBeforeVerb or subjectOfAdjacentVerb directly.
import { describe, expect, test } from "vitest";
import { attributeSpeaker } from "./attribute-speaker";
import type { Speaker } from "./speaker";
import { subjectBeforeVerb } from "./subject-before-verb";
import { subjectOfAdjacentVerb } from "./subject-of-adjacent-verb";

const outlet: Speaker = { name: "The Test Ledger", kind: "OUTLET" };
/** Who speaks the forecast that starts at `cue` in the one-sentence paragraph. */
const whoSays = (paragraph: string, cue: string) => attributeSpeaker({ paragraph, at: paragraph.indexOf(cue), previous: null, outlet }).name;

describe("an inverted attribution set off by commas", () => {
  test("a run of capitals after '…, said' is read in linear time: 4,000 of them, no stall, and no speaker made of them", () => {
    const paragraph = `Prices will probably rise next year, said ${"A".repeat(4000)} x, but may fall later.`;
    expect(whoSays(paragraph, "will probably")).toBe("The Test Ledger");
  });

  test("'…, said Lumetra Research, but will …' is the body's", () => {
    expect(whoSays("Two vendors will keep the lead, said Lumetra Research, but will face rivals.", "will keep")).toBe("Lumetra Research");
  });
});

describe("where a chance is traded, and who holds a certainty", () => {
  test("'… at 97% on Polymarket' names the market; 'on Wednesday' and 'on Election Day' are times", () => {
    expect(whoSays("Odds of a December cut stood at 97% on Polymarket.", "97%")).toBe("Polymarket");
    expect(whoSays("The odds of a cut rose to 55% on Wednesday.", "55%")).toBe("The Test Ledger");
    expect(whoSays("Odds of a cut stood at 60% on Election Day.", "60%")).toBe("The Test Ledger");
  });

  test("'all but a certainty for some analysts' is the analysts'; 'likely for some analysts to leave' is not", () => {
    expect(whoSays("A rate rise in December is all but a certainty for some analysts.", "all but")).toBe("Analysts (unnamed)");
    expect(whoSays("It is likely for some analysts to leave the bank next year.", "likely")).toBe("The Test Ledger");
  });

  test("'the claim from Acme Weather that …' is read from the claim near the forecast, however long the paragraph before it", () => {
    const filler = "Rain fell across the region on Monday and the rivers rose. ".repeat(200);
    const paragraph = `${filler}Papers repeated the claim from Acme Weather that snow was likely in October.`;
    expect(whoSays(paragraph, "likely in October")).toBe("Acme Weather");
  });
});

describe("subjects of reporting and forecasting verbs", () => {
  test("'projects' is a verb after a name ('Marsh projects'), a noun after a small word ('infrastructure projects')", () => {
    expect(subjectBeforeVerb("Last week they were put at 42 seats, now Marsh projects they could win")?.subject).toMatch(/Marsh$/);
    expect(subjectBeforeVerb("Officials said infrastructure projects the council approved")?.subject).toBe("Officials");
  });

  test("a clause of time opened in the sentence has its own subject: '… on July 3 when many analysts predict'", () => {
    expect(subjectOfAdjacentVerb("Board members meet on July 3 when many analysts predict")).toBe("many analysts");
    expect(subjectOfAdjacentVerb("Board members meet where many analysts expect")).toBe("many analysts");
  });

  test("an adverb or an auxiliary after the subject is no part of it: 'JPMorgan now sees', 'the market is expecting'", () => {
    expect(subjectOfAdjacentVerb("JPMorgan now sees a")).toBe("JPMorgan");
    expect(subjectOfAdjacentVerb("The good news is that the market is expecting")).toBe("the market");
  });
});

describe("a body's officer named by role alone", () => {
  test("'The head of research firm Pellcorp said …' is Pellcorp's", () => {
    expect(whoSays("The head of research firm Pellcorp said a second round is likely.", "likely")).toBe("Pellcorp");
  });
});
