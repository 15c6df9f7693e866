import { expect, test } from "vitest";
import { AppError } from "../errors/app-error";
import { hasRole, requireRole } from "./require-role";

test("each role can do what the roles below it can, and no more", () => {
  expect(hasRole({ id: "u", role: "ADMIN" }, "EDITOR")).toBe(true);
  expect(hasRole({ id: "u", role: "EDITOR" }, "EDITOR")).toBe(true);
  expect(hasRole({ id: "u", role: "ANALYST" }, "EDITOR")).toBe(false);
  expect(hasRole(null, "READER")).toBe(false);
});

test("refuses the anonymous with UNAUTHORIZED and the under-privileged with FORBIDDEN", () => {
  expect(() => requireRole(null, "EDITOR", "resolve questions")).toThrow(expect.objectContaining({ code: "UNAUTHORIZED" }));
  const reader = () => requireRole({ id: "u", role: "READER" }, "EDITOR", "resolve questions");
  expect(reader).toThrow(AppError);
  expect(reader).toThrow("Only editors and above may resolve questions; you are signed in as reader.");
});
