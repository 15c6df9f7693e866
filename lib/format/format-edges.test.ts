// How numbers read on screen, at the edges of rounding and sign.
import { expect, test } from "vitest";
import { formatBand, formatPercent } from "./probability";
import { formatBrierInterval, formatScore, formatSigned } from "./score";

test("percentages: whole numbers without a decimal, others with one, rounded to the nearest tenth", () => {
  expect(formatPercent(0)).toBe("0%");
  expect(formatPercent(0.5)).toBe("50%");
  expect(formatPercent(0.0004)).toBe("0%");
  expect(formatPercent(0.0005)).toBe("0.1%");
  expect(formatPercent(0.12345)).toBe("12.3%");
  expect(formatPercent(0.9999)).toBe("100%");
  expect(formatPercent(0.999)).toBe("99.9%");
});

test("a band reads from its low end to its high end, with one percent sign", () => {
  expect(formatBand(0.01, 0.05)).toBe("1–5%");
  expect(formatBand(0.125, 0.675)).toBe("12.5–67.5%");
});

test("scores: three decimals unless asked otherwise; nothing to show is a dash", () => {
  expect(formatScore(0.1234)).toBe("0.123");
  expect(formatScore(0.1234, 1)).toBe("0.1");
  expect(formatScore(undefined)).toBe("—");
  expect(formatScore(0)).toBe("0.000");
});

test("signed scores: a true minus sign below zero, a plus above, none when it rounds to zero", () => {
  expect(formatSigned(null)).toBe("—");
  expect(formatSigned(undefined)).toBe("—");
  expect(formatSigned(0.0004)).toBe("0.000");
  expect(formatSigned(0.0005)).toBe("+0.001");
  expect(formatSigned(-0.0006)).toBe("−0.001");
  expect(formatSigned(-0.25, 1)).toBe("−0.3");
  expect(formatSigned(0.25, 2)).toBe("+0.25");
});

test("a Brier interval is clipped to 0–1 at both ends", () => {
  expect(formatBrierInterval([0.1, 0.25])).toBe("0.100–0.250");
  expect(formatBrierInterval([0.9, 1.2])).toBe("0.900–1.000");
  expect(formatBrierInterval([-0.2, 1.5])).toBe("0.000–1.000");
});
