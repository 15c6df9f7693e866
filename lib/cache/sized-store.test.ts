import { expect, test } from "vitest";
import { createSizedStore, type Stored } from "./sized-store";

const page = (body: string, version = 1n, storedAt = 0): Stored => ({ version, storedAt, body });

test("a page is served only at the version it was rendered at", () => {
  const store = createSizedStore({ maxBytes: 100, maxAgeMs: 1000 });
  store.set("/", page("home", 3n));
  expect(store.get("/", 3n, 10)?.body).toBe("home");
  expect(store.get("/", 4n, 10)).toBeUndefined();
  // Once seen stale it is gone, and its bytes with it.
  expect(store.get("/", 3n, 10)).toBeUndefined();
  expect(store.bytes).toBe(0);
});

test("a page older than its maximum age is not served even at its own version", () => {
  const store = createSizedStore({ maxBytes: 100, maxAgeMs: 1000 });
  store.set("/", page("home", 1n, 5000));
  expect(store.get("/", 1n, 6000)?.body).toBe("home");
  expect(store.get("/", 1n, 6001)).toBeUndefined();
});

test("over its size it forgets the least recently used pages first, and counts replaced pages once", () => {
  const store = createSizedStore({ maxBytes: 10, maxAgeMs: 1000 });
  store.set("a", page("aaaa"));
  store.set("b", page("bbbb"));
  expect(store.get("a", 1n, 0)?.body).toBe("aaaa"); // a is now more recent than b
  store.set("c", page("cccc"));
  expect(store.get("b", 1n, 0)).toBeUndefined();
  expect(store.get("a", 1n, 0)?.body).toBe("aaaa");
  expect(store.bytes).toBe(8);
  store.set("a", page("aa"));
  expect(store.bytes).toBe(6);
});

test("a page larger than the whole store is not kept and evicts nothing", () => {
  const store = createSizedStore({ maxBytes: 10, maxAgeMs: 1000 });
  store.set("a", page("aaaa"));
  store.set("huge", page("x".repeat(11)));
  expect(store.get("huge", 1n, 0)).toBeUndefined();
  expect(store.get("a", 1n, 0)?.body).toBe("aaaa");
  expect(store.bytes).toBe(4);
});
