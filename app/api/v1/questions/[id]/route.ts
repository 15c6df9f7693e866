// GET /api/v1/questions/[id]: the question, its forecasts (with scores once resolved) and its
// outcome history. PATCH (analysts and up): { title?, criteria?, deadline?, tags? }. DELETE
// (editors and up) only for a question with no forecasts: one with forecasts is archived instead.
import { forecastJson, outcomeJson, questionJson } from "@/lib/api/serializers";
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { getQuestion } from "@/lib/questions/get-question.server";
import { deleteQuestion } from "@/lib/questions/delete-question.server";
import { updateQuestion } from "@/lib/questions/update-question.server";
import { otherMethods } from "@/lib/http/other-methods";
import { deletedQuestionResponse, oneQuestionResponse, questionDetailResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, context: Context) => {
  const { id } = await context.params;
  const question = await getQuestion({ db: db(), id });
  if (!question) throw new AppError(AppErrorCode.NOT_FOUND, `There is no question with id "${id}".`, { id: "is not a question's id" });
  const current = question.outcomes.find((o) => o.replacedAt === null);
  return jsonOf(questionDetailResponse, {
    question: { ...questionJson(question), outcome: current ? outcomeJson(current) : null },
    forecasts: question.forecasts.map((f) => ({
      ...forecastJson({ ...f, questionId: question.id, forecasterId: f.forecaster.id, sourceId: f.source.id }),
      forecaster: f.forecaster,
      score: f.score ? { brier: f.score.brier, logScore: f.score.logScore, relativeBrier: f.score.relativeBrier } : null,
    })),
    outcomeHistory: question.outcomes.map(outcomeJson),
  });
});

export const PATCH = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const actor = requireRole(await requestActor(request), "ANALYST", "edit questions");
  const question = await updateQuestion({ db: db(), actor, questionId: id, input: await readBody(request) });
  return jsonOf(oneQuestionResponse, { question: questionJson(question) });
});

export const DELETE = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  return jsonOf(deletedQuestionResponse, { deleted: await deleteQuestion({ db: db(), actor: await requestActor(request), questionId: id }) });
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
