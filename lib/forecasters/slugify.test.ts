import { expect, test } from "vitest";
import { freeSlug, slugify } from "./slugify";

test("slugs are lower-case words joined by hyphens, without accents or punctuation", () => {
  expect(slugify("Jeh Sung-hoon")).toBe("jeh-sung-hoon");
  expect(slugify("South Korean government official (unnamed)")).toBe("south-korean-government-official-unnamed");
  expect(slugify("  Élysée’s  Spokesperson! ")).toBe("elysees-spokesperson");
  expect(slugify("金正恩")).toBe("forecaster");
});

test("a taken slug gets the first free number", () => {
  expect(freeSlug("kim", new Set())).toBe("kim");
  expect(freeSlug("kim", new Set(["kim", "kim-2"]))).toBe("kim-3");
});
