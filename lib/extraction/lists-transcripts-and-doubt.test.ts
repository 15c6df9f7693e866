// Round ten, second outside probe: shapes of lists, transcripts and feature writing, doubt and
// denial, and stated numbers in the forms bookmakers and models use. Sentences written for this
// test (none from the corpus).
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const extract = (text: string) => extractCandidates({ text, outlet: "The Test Ledger" });
const who = (text: string) => extract(text).map((c) => c.forecaster.name);

describe("a name and a colon open the line", () => {
  test.each([
    ["Raj Patel (Acme Research): “There is maybe a 30 percent chance it slips to 2029.”", "Raj Patel"],
    ["- Mara Quint: “Harlow will win it on penalties.”", "Mara Quint"],
    ["• Tomas Berg (Vale Bank): a cut is likely in June.", "Tomas Berg"],
  ])("%s", (line, name) => {
    expect(who(line)).toEqual([name]);
  });

  test.each(["New Delhi: A cut is likely in June.", "Update: A cut is likely in June.", "Jo Hale: A cut is likely in June."])(
    "a dateline or a label with no quotation, bullet or bracket is no speaker: %s",
    (line) => {
      expect(who(line)).toEqual(["The Test Ledger"]);
    },
  );
});

describe("who a sentence is about speaks for the quotation after it", () => {
  test("a role set off before the name", () => {
    const article = "Vale Bank's head of research, Evelyn Moss, gave a blunt assessment on Wednesday.\n\n“Rates will probably fall by June.”";
    expect(who(article)).toEqual(["Evelyn Moss"]);
  });

  test("a place that opens the sentence is no person", () => {
    expect(who("Hong Kong is a financial centre. The economist said growth is likely to slow.")).toEqual(["Economists (unnamed)"]);
  });

  test("'head of forecasting' is no verb of forecasting", () => {
    expect(who("Vale Bank's head of forecasting spoke on Monday. Growth is likely to slow, the bank said.")).not.toContain("Vale Bank's head");
  });

  test("the team of the person heard last", () => {
    expect(who("Jo Hale, a professor, said the data were new. The team projected that the ice could go by 2040.").at(-1)).toBe("Jo Hale");
  });

  test("an aside of occasion between a name and its verb", () => {
    expect(who("Gartner, in a research note, forecast that shipments would fall 5% next year.")).toEqual(["Gartner"]);
  });
});

describe("doubt and denial", () => {
  test.each([
    ["I doubt she will still be in office by the spring.", "unlikely"],
    ["Analysts doubt the deal will pass this year.", "unlikely"],
    ["I don't doubt the deal will pass this year.", "likely"],
    ["The treaty will never be ratified.", "very-unlikely"],
    ["I don't see that happening before June.", "unlikely"],
  ])("%s → %s", (sentence, band) => {
    expect(extract(sentence).map((c) => c.band)).toEqual([band]);
  });

  test("the noun 'doubt' governs nothing", () => {
    expect(extract("There is no doubt the bank will cut.").map((c) => c.band)).not.toContain("unlikely");
    expect(extract("The report cast doubt on whether rates will fall.").map((c) => c.band)).not.toContain("unlikely");
  });

  test("'a May cut' is the month", () => {
    expect(extract("Economists said a May cut was likely.").map((c) => c.phrase)).toEqual(["likely"]);
  });
});

describe("prices and numbers in the forms bookmakers and models use", () => {
  test("the bookmakers 'make' a side its price", () => {
    expect(extract("The bookmakers make Harlow 6/4 favourites to win the league.")[0]).toMatchObject({
      forecaster: { name: "Bookmakers (unnamed)" },
      probability: 0.4,
    });
  });

  test("'made' before a place or a time is no price", () => {
    expect(who("Some of the decisions made at the summit may be kept secret.")).toEqual(["The Test Ledger"]);
  });

  test.each([
    ["Harlow are a one-in-five shot to win the cup.", 0.2],
    ["The model assigns a 0.3 probability to a recession.", 0.3],
    ["The odds of a Labour win were 60-40.", 0.6],
  ])("%s → %d", (sentence, probability) => {
    expect(extract(sentence)[0]).toMatchObject({ probability, probabilitySource: "STATED" });
  });
});
