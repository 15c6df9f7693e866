// Round twelve: forecasting documents as the subject of the forecast, and whose they are.
// Sentences written for this test (none from the corpus).
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";

const OUTLET = "The Test Ledger";
const read = (text: string) => extractCandidates({ text, outlet: OUTLET });

describe("a forecasting document in the present that shows a figure or a time to come", () => {
  test.each([
    "The agency's projections show demand rising by 2% next year.",
    "Its model now points to a deficit of $40 billion by 2027.",
    "The central scenario sees unemployment at 5% next year.",
    "Their estimates suggest output of 3 million tonnes next season.",
  ])("%s", (sentence) => {
    const [candidate] = read(sentence);
    expect(candidate?.quote).toBe(sentence);
    expect(candidate?.band).toBe("likely");
  });

  test.each(["Earlier projections showed growth of 2% in 2024.", "The forecasts are published every month.", "The model shows how the river floods."])(
    "no forecast: %s",
    (sentence) => {
      expect(read(sentence)).toEqual([]);
    },
  );
});

describe("a path seen with a bare figure", () => {
  test("the figure with its unit is the phrase", () => {
    const [candidate] = read("Traders see prices falling 5% in the spring.");
    expect(candidate.phrase).toBe("see prices falling 5%");
  });
});

describe("whose document it is", () => {
  const article = (sentence: string) => `Vale Bank cut its growth outlook on Monday.\n\n${sentence}`;

  test.each([
    ["The bank's projections show demand rising by 2% next year.", "Vale Bank"],
    ["Its model now points to a deficit of $40 billion by 2027.", "Vale Bank"],
    ["Halden Research's latest forecasts see rates falling to 3% next year.", "Halden Research"],
  ])("%s", (sentence, name) => {
    expect(read(article(sentence)).at(-1)?.forecaster.name).toBe(name);
  });

  test("a person heard last owns no 'its' document", () => {
    const text = "Jo Hale said growth would probably slow.\n\nIts model now points to a deficit of $40 billion by 2027.";
    expect(read(text).at(-1)?.forecaster.name).not.toBe("Jo Hale");
  });
});
