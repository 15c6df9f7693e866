// The shipped seed data: every forecast of the five articles, checked against the texts.
import { beforeAll, describe, expect, test } from "vitest";
import { northKoreaRussiaSeed } from "../../prisma/seed/north-korea-russia";
import { loadSeedFile } from "./load-seed-file.server";
import { planSeed, type SeedPlan } from "./plan-seed";
import type { SeedInput } from "./seed-input";

let input: SeedInput;
let plan: SeedPlan;
beforeAll(async () => {
  input = await loadSeedFile(northKoreaRussiaSeed);
  plan = planSeed(input);
});

const forecastOf = (forecaster: string, question: string) => plan.forecasts.filter((f) => f.forecasterSlug === forecaster && f.questionId === question);

describe("seed data from the five articles", () => {
  test("holds between 35 and 45 forecasts from all five articles", () => {
    expect(plan.forecasts.length).toBeGreaterThanOrEqual(35);
    expect(plan.forecasts.length).toBeLessThanOrEqual(45);
    expect(new Set(plan.forecasts.map((f) => f.sourceKey)).size).toBe(5);
  });

  test("every quote is found verbatim in its article, and every forecast names forecaster, source and date", () => {
    const texts = new Map(input.sources.map((s) => [s.key, s.text]));
    for (const f of plan.forecasts) {
      expect(texts.get(f.sourceKey), f.quote).toContain(f.quote);
      expect(f.forecasterSlug).toBeTruthy();
      expect(f.madeAt).toBeInstanceOf(Date);
    }
  });

  test("several forecasters speak to the same question where the articles allow it", () => {
    const perQuestion = new Map<string, Set<string>>();
    for (const f of plan.forecasts) {
      perQuestion.set(f.questionId, (perQuestion.get(f.questionId) ?? new Set()).add(f.forecasterSlug));
    }
    const shared = [...perQuestion.values()].filter((s) => s.size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(5);
    expect(perQuestion.get("q-2023-arms-transfer")).toEqual(new Set(["new-york-times", "kim-dong-yub", "wi-sung-lac", "jeh-sung-hoon"]));
  });

  test("every question has a forecast and every forecaster has one", () => {
    expect(new Set(plan.forecasts.map((f) => f.questionId))).toEqual(new Set(plan.questions.map((q) => q.id)));
    expect(new Set(plan.forecasts.map((f) => f.forecasterSlug))).toEqual(new Set(plan.forecasters.map((f) => f.slug)));
  });

  test("the forecasts that the known outcomes settle carry the numbers an analyst would read", () => {
    expect(forecastOf("daily-nk-columnist-unnamed", "q-2024-mutual-defence-treaty")).toMatchObject([
      { phrase: "little chance", probability: 0.125, low: 0.05, high: 0.2, probabilitySource: "SCALE", scale: "ICD-203" },
    ]);
    expect(forecastOf("jeh-sung-hoon", "q-2023-arms-transfer")).toMatchObject([{ phrase: "seems low", probability: 0.325 }]);
    expect(forecastOf("wi-sung-lac", "q-2023-arms-deal-kept-secret")).toMatchObject([{ phrase: "will", probability: 0.875 }]);
    expect(forecastOf("john-everard", "q-2023-summit-held")).toMatchObject([{ phraseRefersTo: "NO", probability: 0.325 }]);
  });

  test("forecasts are dated by the text where it dates them, else by the article", () => {
    const iso = (f: { madeAt: Date }) => f.madeAt.toISOString().slice(0, 10);
    expect(iso(forecastOf("new-york-times", "q-2023-arms-transfer")[0])).toBe("2023-09-04");
    expect(iso(forecastOf("john-everard", "q-2023-summit-held")[0])).toBe("2023-09-09");
    expect(iso(forecastOf("wi-sung-lac", "q-2023-arms-transfer")[0])).toBe("2023-09-12");
    // Daily NK's column was written before the visit of Tuesday 18 June, though published on the 21st.
    expect(iso(forecastOf("daily-nk-columnist-unnamed", "q-2024-mutual-defence-treaty")[0])).toBe("2024-06-17");
  });

  test("outcomes come with evidence, and unsettled questions stay open", () => {
    for (const o of plan.outcomes) expect(o.note.length).toBeGreaterThan(20);
    const settled = new Set(plan.outcomes.map((o) => o.questionId));
    for (const open of ["q-2024-karlov-wreath", "q-trilateral-military-drills", "q-2023-workers-discussed"]) {
      expect(settled.has(open)).toBe(false);
    }
    expect(plan.outcomes.find((o) => o.questionId === "q-2024-summit-needs-china-approval")?.value).toBe("ANNULLED");
    expect(plan.outcomes.find((o) => o.questionId === "q-2024-mutual-defence-treaty")?.value).toBe("YES");
  });

  test("every question is a yes/no question with criteria and a deadline", () => {
    for (const q of plan.questions) {
      expect(q.title).toMatch(/^Will .+\?$/);
      expect(q.criteria).toMatch(/YES/);
      expect(q.deadline).toBeInstanceOf(Date);
    }
  });
});
