// A line that ends in a colon: a heading, or the words that introduce a quotation (round fifteen).
import { describe, expect, test } from "vitest";
import { isFurniture } from "./split-sentences";

describe("a line that ends in a colon", () => {
  test("after a sentence it introduces a quotation and is prose; after an abbreviation it is still a heading", () => {
    expect(isFurniture("Rates will rise in smaller steps. She explained:")).toBe(false);
    expect(isFurniture("U.S. outlook:")).toBe(true);
    expect(isFurniture("Gov. Hale's forecast:")).toBe(true);
    expect(isFurniture("What the bank will do next:")).toBe(true);
  });
});
