// Signs read for the time ahead, scenarios someone can foresee, and what "will be the key issue"
// (a judgement of what matters, not a forecast). Sentences of our own, read by findCue directly.
import { describe, expect, test } from "vitest";
import { findCue } from "./find-cue";

const band = (text: string) => findCue(text)?.band.key ?? null;

describe("a sign read for the time ahead", () => {
  test.each([
    "A spike in flu cases after the holidays indicates a difficult winter ahead.",
    "The early frost signals a poor harvest season ahead.",
    "Falling orders point to a tough year ahead for the mills.",
  ])("%s", (text) => {
    expect(band(text)).toBe("likely");
  });

  test("a sign of the present is no forecast", () => {
    expect(band("The data indicates a strong year behind us.")).toBeNull();
  });
});

describe("a scenario someone can foresee", () => {
  test("'can foresee a scenario in which prices become volatile' is a possibility (roughly even)", () => {
    expect(findCue("Traders can foresee a scenario in which prices become volatile.")).toMatchObject({
      band: { key: "roughly-even" },
      matched: "can foresee a scenario",
    });
    expect(band("Few could imagine a scenario where the bank cuts twice.")).toBe("roughly-even");
  });
});

describe("what will matter", () => {
  test("'how the agency handles demand will be the key issue' judges what matters", () => {
    expect(findCue("How the agency handles demand will be the key issue.")).toBeNull();
    expect(findCue("The vote will be the real test of her leadership.")).toBeNull();
  });

  test("a will about something else in the same place still forecasts", () => {
    expect(band("Prices will be higher by the key date in June.")).toBe("very-likely");
  });
});

describe("'should' of an outcome", () => {
  test.each([
    "Curbs on output should lead to higher steel prices.",
    "That should see sales total $221bn next year.",
    "The second half should offer a smoother ride for the carmaker.",
    "Rivera should win comfortably on Sunday.",
  ])("%s is likely", (text) => {
    expect(band(text)).toBe("likely");
  });

  test("'should' of advice or duty is no forecast", () => {
    expect(band("The bank should cut rates now.")).toBeNull();
    expect(band("Investors should read the small print.")).toBeNull();
  });
});

describe("expectations named by other words", () => {
  test.each([
    "The outlook reflects our expectation of a weak El Niño.",
    "Vale Commodities saw production rising in Ghana next season.",
    "Only one economist predicted an easing of policy.",
    "Three economists are pencilling in a half-point cut.",
    "We look for the memory business to post a big improvement.",
  ])("%s is likely", (text) => {
    expect(band(text)).toBe("likely");
  });

  test("a past expectation, a prediction that was, and a search are not", () => {
    expect(band("The result beat their expectations.")).toBeNull();
    expect(band("The team had predicted a recession.")).toBeNull();
    expect(band("Police look for the driver to come forward.")).toBeNull();
  });
});

describe("a seasonal outlook's words", () => {
  test.each([
    "The outlook from the Weather Office calls for a warmer than normal winter.",
    "The winter outlook favors above-normal temperatures across the South.",
    "Above-normal temperatures are favored across the South, the agency said.",
    "A warmer-than-usual summer is in store for the Northeast.",
  ])("%s is likely", (text) => {
    expect(band(text)).toBe("likely");
  });

  test("a dish favoured in the south, and goods in store, forecast nothing", () => {
    expect(band("The outlook favourite dish is served across the South.")).toBeNull();
    expect(band("The goods are kept in the store until Monday.")).toBeNull();
  });
});

describe("a change forecast by its noun", () => {
  test.each([
    ["Halsey Crane has forecast a sharp rise in copper prices by the end of next year.", "forecast a sharp rise"],
    ["The ministry forecast a modest increase in exports next year.", "forecast a modest increase"],
    ["Halsey Crane forecasts a drop in ore shipments.", "forecasts a drop"],
  ])("%s", (text, matched) => {
    const cue = findCue(text);
    expect(cue?.band.key).toBe("likely");
    expect(cue?.matched.startsWith(matched)).toBe(true);
  });

  test("a change forecast before ('had forecast') or of a past year is no forecast", () => {
    expect(band("The ministry had forecast a modest increase in exports.")).toBeNull();
    expect(band("The ministry forecast a modest increase in exports in 2009.")).toBeNull();
  });
});

describe("a scenario named in a leading phrase", () => {
  test("'In its most likely scenario, the bank expects …': the verb after the phrase governs, not 'most likely'", () => {
    expect(findCue("In its most likely scenario, the bank expects copper to climb by 9 percent.")).toMatchObject({ matched: "expects" });
  });
});

describe("room to move, a course set, and 'should' of an outcome", () => {
  test.each([
    "Copper prices have further to fall.",
    "The rally has a little further to run.",
    "Even so, the retailer is also poised for a strong year.",
    "Stocks of rice should dip to their lowest level in coming months.",
    "This winter should continue the recent trend of mild weather.",
    "Rents should continue to rise through the spring.",
  ])("%s", (text) => {
    expect(band(text)).toBe("likely");
  });

  test("advice to keep doing something, and room that was left in the past, forecast nothing", () => {
    expect(band("The ministry should continue to support farmers.")).toBeNull();
    expect(band("Copper prices had further to fall in 2008.")).toBeNull();
  });
});
