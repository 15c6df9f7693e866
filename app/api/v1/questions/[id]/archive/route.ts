// POST /api/v1/questions/[id]/archive (editors and up): the question leaves lists, the home
// page and scoring, and stays for the audit trail. DELETE on the same path restores it.
import { questionJson } from "@/lib/api/serializers";
import { db } from "@/lib/db/client.server";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { archiveQuestion } from "@/lib/questions/archive-question.server";
import { oneQuestionResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const question = await archiveQuestion({ db: db(), actor: await requestActor(request), questionId: id });
  return jsonOf(oneQuestionResponse, { question: questionJson(question) });
});

export const DELETE = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const question = await archiveQuestion({ db: db(), actor: await requestActor(request), questionId: id, restore: true });
  return jsonOf(oneQuestionResponse, { question: questionJson(question) });
});

export const { GET, PUT, PATCH } = otherMethods(["POST", "DELETE"]);
