import { scaleUtc } from "d3-scale";
import { expect, test } from "vitest";
import { fitTicks } from "./fit-ticks";
import { textWidth } from "./label-layout";

const GAP = 8;

function assertFits(ticks: Array<{ at: number; label: string }>, left: number, right: number) {
  for (const [i, t] of ticks.entries()) {
    const w = textWidth(t.label, 11);
    expect(t.at - w / 2).toBeGreaterThanOrEqual(left);
    expect(t.at + w / 2).toBeLessThanOrEqual(right);
    const next = ticks[i + 1];
    if (next) expect(next.at - textWidth(next.label, 11) / 2).toBeGreaterThanOrEqual(t.at + w / 2 + GAP);
  }
}

for (const [span, days] of [
  ["days", 5],
  ["months", 200],
  ["five years", 5 * 365],
] as const) {
  test(`long date labels over ${span} thin out to fit a phone's width, and keep several on a wide chart`, () => {
    const start = Date.UTC(2020, 0, 1);
    const x = scaleUtc()
      .domain([new Date(start), new Date(start + days * 86_400_000)])
      .range([56, 296]);
    const label = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    const phone = fitTicks({ make: (n) => x.ticks(n).map((d) => ({ at: x(d), label: label(d) })), count: 6, fontSize: 11, left: 36, right: 318 });
    expect(phone.length).toBeGreaterThanOrEqual(1);
    assertFits(phone, 36, 318);
    const wide = x.copy().range([56, 696]);
    const desktop = fitTicks({ make: (n) => wide.ticks(n).map((d) => ({ at: wide(d), label: label(d) })), count: 6, fontSize: 11, left: 36, right: 718 });
    expect(desktop.length).toBeGreaterThanOrEqual(3);
    assertFits(desktop, 36, 718);
  });
}
