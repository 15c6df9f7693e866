// Bad seed data is refused whole, with a specific message for each problem.
import { describe, expect, test } from "vitest";
import { AppError } from "../errors/app-error";
import { phraseOccursIn, planSeed } from "./plan-seed";
import type { SeedInput } from "./seed-input";

function dataset(): SeedInput {
  return {
    name: "test",
    sources: [{ key: "s1", outlet: "Outlet", title: "Title", publishedAt: "2024-01-10", text: "Officials said there is little chance of a deal by spring." }],
    forecasters: [{ slug: "officials", name: "Officials", kind: "UNNAMED_GROUP" }],
    questions: [{ id: "q-deal", title: "Will there be a deal by 2024-06-01?", criteria: "YES if a deal is signed.", deadline: "2024-06-01", tags: ["deals"] }],
    forecasts: [{ question: "q-deal", forecaster: "officials", source: "s1", quote: "there is little chance of a deal by spring", phrase: "little chance" }],
  };
}

function problems(input: unknown): Record<string, unknown> {
  try {
    planSeed(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    return (error as AppError).details ?? {};
  }
  throw new Error("planSeed accepted invalid input");
}

describe("planSeed", () => {
  test("plans a valid dataset, reading the phrase on the ICD 203 scale", () => {
    const plan = planSeed(dataset());
    expect(plan.forecasts).toMatchObject([{ questionId: "q-deal", probability: 0.125, low: 0.05, high: 0.2, probabilitySource: "SCALE", scale: "ICD-203" }]);
    expect(plan.forecasts[0].madeAt.toISOString()).toBe("2024-01-10T00:00:00.000Z");
    expect(plan.sources[0].textHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the same forecast always gets the same id, so a second run finds it", () => {
    expect(planSeed(dataset()).forecasts[0].id).toBe(planSeed(dataset()).forecasts[0].id);
  });

  test("refuses a forecast on an unknown question, forecaster or source", () => {
    const input = dataset();
    input.forecasts[0] = { ...input.forecasts[0], question: "q-nope", forecaster: "nobody", source: "s9" };
    expect(problems(input)).toEqual({
      "forecasts.0.question": 'unknown question "q-nope"',
      "forecasts.0.forecaster": 'unknown forecaster "nobody"',
      "forecasts.0.source": 'unknown source "s9"',
    });
  });

  test("refuses a probability outside 0–1", () => {
    const input = dataset();
    input.forecasts[0] = { ...input.forecasts[0], probabilitySource: "JUDGEMENT", probability: 1.5 };
    expect(problems(input)).toEqual({ "forecasts.0.probability": "must be at most 1" });
    input.forecasts[0].probability = -0.2;
    expect(problems(input)).toEqual({ "forecasts.0.probability": "must be at least 0" });
  });

  test("refuses a quote that is not in the article, or a phrase not in the quote", () => {
    const input = dataset();
    input.forecasts[0] = { ...input.forecasts[0], quote: "there is no chance of a deal", phrase: "slim chance" };
    expect(problems(input)).toEqual({
      "forecasts.0.quote": 'is not found verbatim in source "s1"',
      "forecasts.0.phrase": '"slim chance" does not occur in the quote',
    });
  });

  test("refuses a phrase the scale cannot read unless a number is given, and a number that would override the scale", () => {
    const input = dataset();
    input.sources[0].text = "Officials said the talks of a deal by spring were on.";
    input.forecasts[0] = { ...input.forecasts[0], quote: "the talks of a deal by spring were on", phrase: "were on" };
    expect(problems(input)).toEqual({
      "forecasts.0.phrase": '"were on" is not on the ICD-203 scale: give the probability as a number',
    });
    expect(planSeed({ ...input, forecasts: [{ ...input.forecasts[0], probabilitySource: "JUDGEMENT", probability: 0.7 }] }).forecasts[0]).toMatchObject({
      probability: 0.7,
      scale: null,
      low: null,
      high: null,
    });
    expect(problems({ ...dataset(), forecasts: [{ ...dataset().forecasts[0], probability: 0.3 }] })).toEqual({
      "forecasts.0.probability": "must be left out when it is read from the phrase (probabilitySource SCALE)",
    });
  });

  test("refuses a forecast dated after its source or after the question's deadline", () => {
    const input = dataset();
    input.forecasts[0].madeAt = "2024-02-01";
    expect(problems(input)).toEqual({ "forecasts.0.madeAt": "2024-02-01 is after the source was published (2024-01-10)" });
    input.forecasts[0].madeAt = undefined;
    input.questions[0].deadline = "2024-01-01";
    expect(problems(input)).toEqual({ "forecasts.0.madeAt": "2024-01-10 is after the question's deadline (2024-01-01)" });
  });

  test("refuses malformed fields with their paths", () => {
    const input = dataset() as unknown as Record<string, any>;
    input.questions[0].deadline = "2024-02-30";
    input.questions[0].title = "There will be a deal";
    input.forecasters[0].kind = "ROBOT";
    input.sources[0].extra = true;
    const found = problems(input);
    expect(Object.keys(found).sort()).toEqual(["forecasters.0.kind", "questions.0.deadline", "questions.0.title", "sources.0.extra"]);
    expect(found["questions.0.deadline"]).toBe("must be a calendar date written YYYY-MM-DD");
    expect(found["questions.0.title"]).toBe("must be a yes/no question ending with '?'");
    expect(found["sources.0.extra"]).toBe("is not a known field");
  });

  test("refuses the same key defined twice", () => {
    const input = dataset();
    input.questions.push({ ...input.questions[0] });
    expect(problems(input)).toEqual({ questions: '"q-deal" is defined twice' });
  });
});

describe("phraseOccursIn", () => {
  test("finds the parts of an elided phrase in order, ignoring case and curly apostrophes", () => {
    expect(phraseOccursIn("chances … are high", "The chances of war are high")).toBe(true);
    expect(phraseOccursIn("are high … chances", "The chances of war are high")).toBe(false);
    expect(phraseOccursIn("wouldn't be", "It wouldn’t be a surprise")).toBe(true);
  });
});
