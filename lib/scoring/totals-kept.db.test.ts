// The forecaster totals are kept by adding each change (lib/scoring/totals-delta.ts): after every
// kind of change they must be what summing the score rows from scratch gives.
import { expect, test } from "vitest";
import { deleteForecast } from "../forecasts/delete-forecast.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { undoOutcome } from "../outcomes/undo-outcome.server";
import { expectDerivedAsIfRescored } from "../test/derived-rows";
import { useSeededDatabase } from "../test/seeded-database";
import { createActor } from "../test/users";

const t = useSeededDatabase();

test("outcome set, flipped and undone, and a scored forecast deleted: totals as a rescore from scratch gives", async () => {
  const editor = await createActor(t.db, "EDITOR");
  const open = await t.db.question.findFirstOrThrow({ where: { status: "OPEN", forecastCount: { gte: 2 } }, select: { id: true } });
  const on = { resolvedAt: "2024-12-31", note: "Totals test." };
  await setOutcome({ db: t.db, actor: editor, questionId: open.id, input: { value: "YES", ...on } });
  await expectDerivedAsIfRescored(t.db, expect);
  await setOutcome({ db: t.db, actor: editor, questionId: open.id, input: { value: "NO", ...on, reason: "Flipped." } });
  await expectDerivedAsIfRescored(t.db, expect);

  const scored = await t.db.score.findFirstOrThrow({ where: { questionId: open.id }, select: { forecastId: true, forecasterId: true } });
  const before = await t.db.forecasterTotals.findUnique({ where: { forecasterId: scored.forecasterId } });
  await deleteForecast({ db: t.db, actor: editor, forecastId: scored.forecastId });
  const after = await t.db.forecasterTotals.findUnique({ where: { forecasterId: scored.forecasterId } });
  expect(after?.n ?? 0).toBe(before!.n - 1);
  await expectDerivedAsIfRescored(t.db, expect);

  await undoOutcome({ db: t.db, actor: editor, questionId: open.id, input: { reason: "Not settled." } });
  await expectDerivedAsIfRescored(t.db, expect);
});
