// governingVerb read directly: which verb of forecasting or belief governs a bare "will" or
// "would", and where a clause break ends its reach. Sentences of our own.
import { describe, expect, test } from "vitest";
import { governingVerb } from "./governing-verb";
import { isForecastingVerb } from "./is-forecasting-verb";

/** The governing verb's words and band for the first " will " or " would " of `text`, or null. */
function governs(text: string) {
  const modal = /\s(?:will|would)\s/.exec(text);
  const found = governingVerb({ text, modalAt: (modal?.index ?? 0) + 1 });
  return found ? [found.matched, found.band.key] : null;
}

describe("the verb that governs a bare will, and where its reach ends", () => {
  test("'Analysts project that … will' is an expectation (likely)", () => {
    expect(governs("Analysts project that the copper price, which rose last year, will keep rising.")).toEqual(["project", "likely"]);
    expect(isForecastingVerb("project")).toBe(true);
  });

  test("'project' with no 'that' is the noun as often: it governs nothing", () => {
    expect(governs("The bridge project in the north will open in May.")).toBeNull();
  });

  test("'the consensus view is that … will' is the consensus's expectation", () => {
    expect(governs("The consensus view is that the jobless rate will stay at 8.2 percent.")).toEqual(["consensus", "likely"]);
  });

  test("a reason after 'because' is the speaker's own flat claim, out of the expectation's reach", () => {
    expect(governs("The group expects prices to rise this spring because demand will recover.")).toBeNull();
    expect(governs("I do think that this is very likely because there will be more cases.")).toBeNull();
  });

  test("without 'because', the expectation reaches the will", () => {
    expect(governs("The group expects that demand will recover this spring.")).toEqual(["expects", "likely"]);
  });
});
