// PUT /api/v1/questions/[id]/outcome (editors and up): { value, resolvedAt, evidenceUrl?, note?,
// reason? (to change one), expectedVersion? } — 409 when expectedVersion is stale.
// DELETE with { reason, expectedVersion? } undoes it.
import { outcomeJson } from "@/lib/api/serializers";
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { setOutcome } from "@/lib/outcomes/set-outcome.server";
import { undoOutcome } from "@/lib/outcomes/undo-outcome.server";
import { otherMethods } from "@/lib/http/other-methods";
import { setOutcomeResponse, undoOutcomeResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PUT = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const actor = requireRole(await requestActor(request), "EDITOR", "resolve questions");
  const { outcome, version } = await setOutcome({ db: db(), actor, questionId: id, input: await readBody(request) });
  return jsonOf(setOutcomeResponse, { outcome: outcomeJson(outcome), version });
});

export const DELETE = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const actor = requireRole(await requestActor(request), "EDITOR", "undo outcomes");
  const { version } = await undoOutcome({ db: db(), actor, questionId: id, input: await readBody(request) });
  return jsonOf(undoOutcomeResponse, { outcome: null, version });
});

export const { GET, POST, PATCH } = otherMethods(["PUT", "DELETE"]);
