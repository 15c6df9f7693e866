import { expect, test } from "vitest";
import { problemWithRequestTarget } from "./check-request-target";

test("addresses that decode to plain text pass", () => {
  for (const [path, search] of [
    ["/questions/q-1", ""],
    ["/api/v1/questions", "?q=military+drills&status=open"],
    ["/forecasters/kim", "?q=%E5%8C%97"],
    ["/", "?next=%2Fquestions%2Fnew"],
    ["/a%20b", "?x=%25"],
  ]) {
    expect(problemWithRequestTarget(path, search), path + search).toBeNull();
  }
});

test("malformed percent-encoding and control characters are named, in the path or the query", () => {
  expect(problemWithRequestTarget("/questions/%E0%A4%A", "")).toMatch(/malformed/);
  expect(problemWithRequestTarget("/x", "?q=%ZZ")).toMatch(/malformed/);
  expect(problemWithRequestTarget("/x", "?q%E0=1")).toMatch(/malformed/);
  expect(problemWithRequestTarget("/questions/a%00b", "")).toMatch(/control/);
  expect(problemWithRequestTarget("/x", "?q=a%00")).toMatch(/control/);
  expect(problemWithRequestTarget("/x", "?q%07=1")).toMatch(/control/);
  expect(problemWithRequestTarget("/x", "?q=%7F")).toMatch(/control/);
});
