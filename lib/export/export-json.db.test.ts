// The export as the API sends it: the same document buildExport makes, kept per filter only
// while the data stays the same, with the time of each answer.
import { expect, test } from "vitest";
import { useSeededDatabase } from "../test/seeded-database";
import { updateQuestion } from "../questions/update-question.server";
import { commandLineActor } from "../users/system-actor.server";
import { buildExport } from "./build-export.server";
import { exportContract } from "./export-contract";
import { exportJson } from "./export-json.server";

const t = useSeededDatabase();
const QUESTION = "q-2023-arms-transfer";

test("is the document buildExport makes, with the time of each answer", async () => {
  const filter = { questionId: QUESTION };
  const first = exportContract.parse(JSON.parse(await exportJson({ db: t.db, filter, now: new Date("2026-12-01T10:00:00Z") })));
  const again = exportContract.parse(JSON.parse(await exportJson({ db: t.db, filter, now: new Date("2026-12-02T11:00:00Z") })));
  const built = await buildExport({ db: t.db, filter, now: new Date("2026-12-01T10:00:00Z") });
  expect(first).toEqual(built);
  expect(again).toEqual({ ...built, exportedAt: "2026-12-02T11:00:00.000Z" });
  // Another filter is another document.
  const whole = exportContract.parse(JSON.parse(await exportJson({ db: t.db })));
  expect(whole.questions.length).toBeGreaterThan(first.questions.length);
});

test("shows a change made after an earlier export at once", async () => {
  const filter = { questionId: QUESTION };
  const before = exportContract.parse(JSON.parse(await exportJson({ db: t.db, filter })));
  const criteria = `${before.questions[0]!.criteria} Clarified by the export test.`;
  await updateQuestion({ db: t.db, actor: await commandLineActor(t.db), questionId: QUESTION, input: { criteria } });
  const after = exportContract.parse(JSON.parse(await exportJson({ db: t.db, filter })));
  expect(after.questions[0]!.criteria).toBe(criteria);
});
