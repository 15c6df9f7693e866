import { expect, test } from "vitest";
import { MAX_SEARCH_LENGTH, searchTerms } from "./search-terms";

test("punctuation, hyphens and case do not change a search", () => {
  expect(searchTerms({ q: "Kim Dong-yub" })).toBe("kim dong yub");
  expect(searchTerms({ q: "  KIM  DONG–YUB! " })).toBe("kim dong yub");
  expect(searchTerms({ q: "Pyongyang's" })).toBe("pyongyang s");
});

test("letters of any script stay; nothing but punctuation leaves nothing to search", () => {
  expect(searchTerms({ q: "Владивосток" })).toBe("владивосток");
  expect(searchTerms({ q: "%_\\'\";--" })).toBe("");
});

test("long input is cut to a bounded term", () => {
  const term = searchTerms({ q: `${"vladivostok ".repeat(50)}` });
  expect(term.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
  expect(term.endsWith(" ")).toBe(false);
});
