// Round nine: the estimative idiom of general news English that the assistant did not know, and
// the forecasting verbs with a plain object. Every sentence written for this test (none from the
// corpus); each pattern with a sentence that must not be read as a forecast beside it.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const read = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" }).map((c) => c.band);

describe("idiom of likelihood", () => {
  test.each([
    ["A rate cut in June is all but a certainty.", "almost-certain"],
    ["A rate cut in June is a foregone conclusion.", "almost-certain"],
    ["A rate cut in June is a done deal.", "almost-certain"],
    ["A rate cut in June looks inevitable.", "almost-certain"],
    ["A rate cut in June is almost inevitable.", "almost-certain"],
    ["A rate cut in June is a near certainty.", "almost-certain"],
    ["A rate cut in June is virtually assured.", "almost-certain"],
    ["A rate cut in June is a safe bet.", "very-likely"],
    ["A rate cut in June is on the cards.", "likely"],
    ["A rate cut is in the offing.", "likely"],
    ["There is a strong chance of a rate cut in June.", "likely"],
    ["The champions are odds-on to retain the title.", "likely"],
    ["There is a fair chance of a rate cut in June.", "roughly-even"],
    ["A rate cut in June is a serious possibility.", "roughly-even"],
    ["A rate cut in June is a distinct possibility.", "roughly-even"],
    ["The final is a coin toss.", "roughly-even"],
    ["There is an outside chance of a rate cut in June.", "unlikely"],
    ["A rate cut in June is a long shot.", "very-unlikely"],
    ["There is little prospect of a rate cut in June.", "very-unlikely"],
    ["The challenger has slim prospects of a win.", "very-unlikely"],
    ["The Greens are on course for a majority.", "likely"],
    ["The party is on track for a third term.", "likely"],
    ["The economy is heading for a recession.", "likely"],
    ["The economy is headed for a recession.", "likely"],
    ["Forecasters see a high probability of a wet winter.", "likely"],
    ["Forecasters see a very high probability of a wet winter.", "very-likely"],
    ["The bank has little choice but to raise rates.", "very-likely"],
    ["The bank has no choice but to raise rates.", "very-likely"],
  ])("%s → %s", (sentence, band) => {
    expect(read(sentence)).toEqual([band]);
  });
});

describe("a verb of forecasting with its object, then a time to come or a figure", () => {
  test.each([
    "Analysts forecast a rate cut in June.",
    "Fourteen economists predicted an end-year rate of 4.25 pct.",
    "The fund sees growth of 2 percent next year.",
    "The agency projects a deficit of $40 billion.",
    "Most strategists anticipate a second hike by the end of the year.",
    "Economists fear a recession next year.",
    "Analysts warn of a recession by 2027.",
    "Analysts tipped the bank to cut in June.",
    "Markets are pricing in a cut by June.",
    "Economists are pencilling in two hikes this year.",
    "Expectations are for a cut in June.",
    "The consensus is for two hikes.",
    "Growth is seen at 2 percent next year.",
    "Inflation is forecast at 3.1% for the year.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual(["likely"]);
  });

  test.each([
    ["a forecast as a noun", "The bank will publish its growth forecasts for this year on Monday."],
    ["a noun before a time", "The weather service releases its monsoon forecast in mid-April each year."],
    ["a superseded forecast", "Analysts had predicted a rate cut in June, before the figures came out."],
    ["a comparison with the past", "Growth came in stronger than forecast last year."],
    ["a passive with no figure or time", "The results were predicted by few."],
  ])("not a forecast: %s", (_what, sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("a possibility not ruled out", () => {
  test.each([
    "Analysts did not rule out a rate cut in June.",
    "Analysts didn't rule out a rate cut in June.",
    "Analysts don't rule out a rate cut in June.",
    "Analysts do not rule out a rate cut in June.",
    "Analysts would not rule out a rate cut in June.",
    "Analysts wouldn't rule out a rate cut in June.",
    "Analysts won't rule out a rate cut in June.",
    "Analysts will not rule out a rate cut in June.",
    "Analysts could not rule out a rate cut in June.",
    "Analysts couldn't rule out a rate cut in June.",
    "Analysts can't rule out a rate cut in June.",
    "Analysts cannot rule out a rate cut in June.",
    "Analysts are not ruling out a rate cut in June.",
    "The analyst doesn't rule out a rate cut in June.",
  ])("%s: roughly even, the subject's", (sentence) => {
    const [candidate] = extractCandidates({ text: sentence, outlet: "The Test Ledger" });
    expect([candidate?.band, candidate?.forecaster.name]).toEqual(["roughly-even", "Analysts (unnamed)"]);
  });

  test("a person named before a linking aside is the one who does not rule it out", () => {
    const [candidate] = extractCandidates({
      text: "The economist Ana Ruiz, head of research at a lender, for her part did not rule out a rate cut by the end of the year.",
      outlet: "The Test Ledger",
    });
    expect(candidate?.forecaster.name).toBe("Ana Ruiz");
  });

  test("a possibility ruled out is unlikely, not even", () => {
    expect(read("Analysts ruled out the possibility of a rate cut in June.")).toEqual(["unlikely"]);
  });
});

describe("May the name is no hedge", () => {
  test.each([
    "May had a comfortable majority at the time.",
    "When May announced the election, she was far ahead.",
    "The former prime minister Theresa May said the party was united.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  test("the modal after a name still hedges", () => {
    expect(read("Theresa May may call an election.")).toEqual(["roughly-even"]);
  });

  test("the modal at the head of a sentence still hedges", () => {
    expect(read("May prices rise next year? Rates may fall in May.")).toEqual(["roughly-even"]);
  });
});

// An outside review (round nine) wrote ordinary news sentences against the new rules; these are
// the misfires it found, each now held.
describe("the idioms in their literal or past senses are no forecasts", () => {
  test.each([
    ["travel", "Thousands of fans are heading for Wembley on Saturday."],
    ["a destination", "The plane, headed for Chicago, was diverted to Denver."],
    ["past narrative", "Police said officers had no choice but to open fire."],
    ["hindsight", "The collapse was inevitable once depositors began to panic."],
    ["a past expectation", "A merger had been on the cards for years."],
    ["a goal", "Martinez scored with a long shot from 30 yards."],
    ["fairness", "The defendant deserves a fair chance to present his case."],
    ["a manner", "She spoke with a certainty that silenced the room."],
    ["a present estimate", "The damage is estimated at $2 billion."],
    ["a past year", "Polls predicted a comfortable victory in 2016."],
    ["a past consensus", "The consensus was for a slowdown in hiring, but payrolls surged."],
    ["a noun at the head of the sentence", "Fears over the bank's health in March sparked a run."],
    ["prices in a year", "Prices in 2023 rose 4.2% across the region."],
    ["a price range", "The shares were priced in a range of $18 to $21."],
    ["a save", "The goalkeeper tipped the ball over the bar to deny the striker."],
    ["a tip-off", "A neighbour tipped off police to the break-in."],
  ])("%s: %s", (_what, sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  test.each([
    ["The economy is heading for a recession next year.", "likely"],
    ["The striker is a long shot to be fit for Saturday.", "very-unlikely"],
    ["The bill is far from a done deal.", "unlikely"],
    ["Traders are pricing in two rate cuts this year.", "likely"],
  ])("the forecasting senses still read: %s", (sentence, band) => {
    expect(read(sentence)).toEqual([band]);
  });

  test("a verb after a modal is no forecasting frame: the will governs, the outlet speaks", () => {
    const [candidate] = extractCandidates({ text: "Voters will see their energy bills rise by 10% next year.", outlet: "The Test Ledger" });
    expect([candidate?.band, candidate?.forecaster.name]).toEqual(["very-likely", "The Test Ledger"]);
  });

  test.each([
    "The minister has not ruled out a rate cut.",
    "The minister hasn't ruled out a rate cut.",
    "The minister refused to rule out a rate cut.",
    "The minister declined to rule out a rate cut.",
  ])("%s: a possibility", (sentence) => {
    expect(read(sentence)).toEqual(["roughly-even"]);
  });
});
