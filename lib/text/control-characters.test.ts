import { expect, test } from "vitest";
import { findUnreadableText, hasControlCharacter, MAX_JSON_DEPTH } from "./control-characters";
import { escapeLike } from "./escape-like";

test("NUL and other control characters are found; tab, newline and carriage return are text", () => {
  for (const bad of ["a\u0000b", "\u0007", "x\u000B", "\u000C", "\u001F", "\u007F"]) expect(hasControlCharacter(bad), JSON.stringify(bad)).toBe(true);
  for (const good of ["plain", "tab\there", "line\nbreak\r\n", "ünïcödé 北朝鮮 — “quotes”", ""])
    expect(hasControlCharacter(good), JSON.stringify(good)).toBe(false);
});

test("every string in a JSON document is checked, keys and array items included, with its path", () => {
  expect(findUnreadableText({ title: "ok", source: { outlet: "a\u0000", tags: ["x", "y\u0001"] }, ["k\u0000"]: 1 })).toEqual({
    "body.source.outlet": "must not contain control characters (such as NUL)",
    "body.source.tags.1": "must not contain control characters (such as NUL)",
    "body.k\u0000": "is a field name with control characters",
  });
  expect(findUnreadableText({ a: [1, true, null, "fine\n"] })).toEqual({});
});

test("documents nested past the limit are refused without exhausting the stack", () => {
  let deep: unknown = "leaf";
  for (let i = 0; i < 100_000; i += 1) deep = [deep];
  expect(Object.values(findUnreadableText(deep))).toEqual(["is nested too deeply"]);
  let shallow: unknown = "leaf";
  for (let i = 0; i < MAX_JSON_DEPTH; i += 1) shallow = { a: shallow };
  expect(findUnreadableText(shallow)).toEqual({});
});

test("LIKE wildcards and the escape character are matched literally", () => {
  expect(escapeLike("100%_sure\\")).toBe("100\\%\\_sure\\\\");
  expect(escapeLike("plain words")).toBe("plain words");
});
