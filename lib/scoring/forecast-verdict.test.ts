import { describe, expect, it } from "vitest";
import { forecastVerdict } from "./forecast-verdict";

describe("forecastVerdict", () => {
  it("calls a YES forecast above 50% right when YES happened", () => {
    expect(forecastVerdict({ probability: 0.8, outcome: "YES" })).toBe("called it");
    expect(forecastVerdict({ probability: 0.8, outcome: "NO" })).toBe("missed");
  });
  it("calls a forecast on the NO side right when NO happened", () => {
    expect(forecastVerdict({ probability: 0.1, outcome: "NO" })).toBe("called it");
    expect(forecastVerdict({ probability: 0.49, outcome: "YES" })).toBe("missed");
  });
  it("treats exactly 50% as taking no side, whatever happened", () => {
    expect(forecastVerdict({ probability: 0.5, outcome: "YES" })).toBe("coin-flip");
    expect(forecastVerdict({ probability: 0.5, outcome: "NO" })).toBe("coin-flip");
  });
  it("gives annulled and open questions no verdict", () => {
    expect(forecastVerdict({ probability: 0.9, outcome: "ANNULLED" })).toBeNull();
    expect(forecastVerdict({ probability: 0.9, outcome: null })).toBeNull();
  });
  it("counts the extremes on their side", () => {
    expect(forecastVerdict({ probability: 1, outcome: "YES" })).toBe("called it");
    expect(forecastVerdict({ probability: 0, outcome: "YES" })).toBe("missed");
  });
});
