import { expect, test } from "vitest";
import { parseIsoDate } from "../dates";
import { questionState } from "./question-state";

const now = new Date("2026-11-23T15:00:00Z");
const deadline = (iso: string) => parseIsoDate(iso)!;

test("an open question is awaiting resolution only once its deadline day has passed", () => {
  expect(questionState({ status: "OPEN", deadline: deadline("2026-11-24") }, now)).toBe("open");
  expect(questionState({ status: "OPEN", deadline: deadline("2026-11-23") }, now)).toBe("open");
  expect(questionState({ status: "OPEN", deadline: deadline("2026-11-22") }, now)).toBe("awaiting");
});

test("resolved and annulled questions say so whatever their deadline", () => {
  expect(questionState({ status: "RESOLVED", deadline: deadline("2030-01-01") }, now)).toBe("resolved");
  expect(questionState({ status: "ANNULLED", deadline: deadline("2020-01-01") }, now)).toBe("annulled");
});
