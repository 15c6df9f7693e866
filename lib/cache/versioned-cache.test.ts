import { expect, test } from "vitest";
import { createVersionedCache } from "./versioned-cache";

test("a value is returned only at the version it was read at", () => {
  const cache = createVersionedCache({ maxEntries: 10 });
  cache.set("home", 3n, { forecasts: 12 });
  expect(cache.get("home", 3n)).toEqual({ forecasts: 12 });
  expect(cache.get("home", 4n)).toBeUndefined();
  // Once seen stale, it is gone even for its own version.
  expect(cache.get("home", 3n)).toBeUndefined();
  expect(cache.get("elsewhere", 3n)).toBeUndefined();
});

test("falsy values are cached like any other", () => {
  const cache = createVersionedCache({ maxEntries: 10 });
  cache.set("count", 1n, 0);
  cache.set("nothing", 1n, null);
  expect(cache.get("count", 1n)).toBe(0);
  expect(cache.get("nothing", 1n)).toBeNull();
});

test("over its bound it forgets the least recently used value first", () => {
  const cache = createVersionedCache({ maxEntries: 2 });
  cache.set("a", 1n, "A");
  cache.set("b", 1n, "B");
  expect(cache.get("a", 1n)).toBe("A"); // a is now more recent than b
  cache.set("c", 1n, "C");
  expect(cache.size).toBe(2);
  expect(cache.get("b", 1n)).toBeUndefined();
  expect(cache.get("a", 1n)).toBe("A");
  expect(cache.get("c", 1n)).toBe("C");
});

test("setting a key again replaces its value and version", () => {
  const cache = createVersionedCache({ maxEntries: 2 });
  cache.set("a", 1n, "old");
  cache.set("a", 2n, "new");
  expect(cache.size).toBe(1);
  expect(cache.get("a", 2n)).toBe("new");
});
