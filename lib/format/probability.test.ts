import { expect, test } from "vitest";
import { formatBand, formatPercent } from "./probability";

test("formats probabilities as percentages with at most one decimal", () => {
  expect(formatPercent(0.125)).toBe("12.5%");
  expect(formatPercent(0.03)).toBe("3%");
  expect(formatPercent(0.675)).toBe("67.5%");
  expect(formatPercent(1)).toBe("100%");
  expect(formatPercent(0.33333)).toBe("33.3%");
});

test("formats bands as a range", () => {
  expect(formatBand(0.05, 0.2)).toBe("5–20%");
  expect(formatBand(0.45, 0.55)).toBe("45–55%");
});
