import { expect, test } from "vitest";
import { overlaps, textBox } from "./label-layout";
import { placeLabels } from "./place-labels";

const bounds = { x0: 60, y0: 30, x1: 320, y1: 290 };

test("labels of crowded points move aside or are left out, never overlap, never leave the chart", () => {
  const labels = Array.from({ length: 10 }, (_, i) => ({ key: String(i), x: 70 + i * 24, y: 150 + (i % 2) * 6, r: 8, text: `n=${10 + i}` }));
  const placed = placeLabels({ labels, fontSize: 11, bounds, obstacles: [] });
  expect(placed.length).toBeGreaterThan(3);
  const boxes = placed.map((p) => textBox({ text: p.text, x: p.x, y: p.y, fontSize: 11, anchor: p.anchor }));
  for (const [i, a] of boxes.entries()) {
    expect(a.x0).toBeGreaterThanOrEqual(bounds.x0);
    expect(a.x1).toBeLessThanOrEqual(bounds.x1);
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  }
});

test("a label at the right edge goes to the left of its point", () => {
  const [placed] = placeLabels({ labels: [{ key: "a", x: 310, y: 100, r: 6, text: "n=4" }], fontSize: 11, bounds, obstacles: [] });
  expect(placed).toMatchObject({ anchor: "end" });
  expect(placed!.x).toBeLessThan(310);
});
