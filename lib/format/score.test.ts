import { expect, test } from "vitest";
import { formatBrierInterval, formatScore, formatSigned } from "./score";

test("scores print with three decimals, relative ones with their sign", () => {
  expect(formatScore(0.0606)).toBe("0.061");
  expect(formatScore(null)).toBe("—");
  expect(formatSigned(-0.12)).toBe("−0.120");
  expect(formatSigned(0.33)).toBe("+0.330");
  expect(formatSigned(0)).toBe("0.000");
  expect(formatSigned(-0.00001)).toBe("0.000");
});

test("a Brier interval is shown within 0–1 and says when there is none", () => {
  expect(formatBrierInterval([-0.0031, 0.0364])).toBe("0.000–0.036");
  expect(formatBrierInterval(null)).toBe("too few to tell");
});
