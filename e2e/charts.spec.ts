// Every chart, on the seeded pages and on a forecaster with five years of forecasts, at a
// phone's width and a desktop's: no two labels overlap, none leaves its chart, and on the
// phone none is drawn smaller than 11 px. Boxes are the browser's own measurements.
import type { Page } from "@playwright/test";
import { northKoreaRussiaSeed } from "../prisma/seed/north-korea-russia";
import { testDb } from "./support/database";
import { createForecasterWithHistory } from "./support/factories";
import { expect, test } from "./support/fixtures";

const MIN_PHONE_PX = 11;
/** Sub-pixel rounding is not an overlap. */
const TOLERANCE = 0.5;

type Box = { x0: number; y0: number; x1: number; y1: number };
type Label = Box & { text: string; px: number };
type Chart = { name: string; box: Box; labels: Label[] };

/** Every visible chart on the page, with the box and drawn size of each of its labels. */
function measureCharts(page: Page): Promise<Chart[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>("svg[role=img]")]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const scale = svg.getScreenCTM()?.a ?? 1;
        const edges = (r: DOMRect) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
        return {
          name: svg.querySelector("title")?.textContent ?? svg.id,
          box: edges(svg.getBoundingClientRect()),
          labels: [...svg.querySelectorAll("text")]
            .filter((t) => (t.textContent ?? "").trim() !== "")
            .map((t) => ({ text: t.textContent ?? "", px: Number.parseFloat(getComputedStyle(t).fontSize) * scale, ...edges(t.getBoundingClientRect()) })),
        };
      }),
  );
}

const where = (b: Box) => `${b.x0.toFixed(1)},${b.y0.toFixed(1)}–${b.x1.toFixed(1)},${b.y1.toFixed(1)}`;

function problems(chart: Chart, phone: boolean): string[] {
  const found: string[] = [];
  const { box, labels } = chart;
  for (const [i, a] of labels.entries()) {
    if (a.x0 < box.x0 - TOLERANCE || a.x1 > box.x1 + TOLERANCE || a.y0 < box.y0 - TOLERANCE || a.y1 > box.y1 + TOLERANCE)
      found.push(`"${a.text}" leaves the chart (${where(a)} in ${where(box)})`);
    if (phone && a.px < MIN_PHONE_PX - 0.01) found.push(`"${a.text}" is ${a.px.toFixed(1)} px`);
    for (const b of labels.slice(i + 1)) {
      const meet = a.x0 < b.x1 - TOLERANCE && b.x0 < a.x1 - TOLERANCE && a.y0 < b.y1 - TOLERANCE && b.y0 < a.y1 - TOLERANCE;
      if (meet) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return found.map((p) => `${chart.name}: ${p}`);
}

let generated: { slug: string; questions: string[] };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const forecaster = await createForecasterWithHistory({ years: 5, count: 14 });
  const forecasts = await testDb().forecast.findMany({ where: { forecasterId: forecaster.id }, select: { questionId: true }, orderBy: { madeAt: "asc" } });
  generated = { slug: forecaster.slug, questions: [forecasts[0]!.questionId, forecasts[1]!.questionId] };
});

function pagesToCheck(): string[] {
  return [
    ...northKoreaRussiaSeed.questions.map((q) => `/questions/${q.id}`),
    ...northKoreaRussiaSeed.forecasters.map((f) => `/forecasters/${f.slug}`),
    `/forecasters/${generated.slug}`,
    ...generated.questions.map((id) => `/questions/${id}`),
  ];
}

for (const width of [390, 1280]) {
  test(`every chart's labels fit without overlapping at ${width} px`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    const found: string[] = [];
    let charts = 0;
    for (const path of pagesToCheck()) {
      await page.goto(path);
      const measured = await measureCharts(page);
      charts += measured.length;
      for (const chart of measured) found.push(...problems(chart, width < 640).map((p) => `${path} ${p}`));
    }
    console.log(`charts at ${width} px: ${charts} charts on ${pagesToCheck().length} pages, ${found.length} problems`);
    // The generated forecaster alone has a calibration chart and a Brier timeline.
    expect(charts).toBeGreaterThan(pagesToCheck().length);
    expect(found).toEqual([]);
  });
}
