// GET /api/v1/questions: the question browser's filters (status, forecaster, outlet, tag, q,
// deadlineFrom, deadlineTo, sort, cursor, limit ≤ 100) → { items, nextCursor }.
// POST /api/v1/questions (analysts and up): { title, criteria, deadline, tags? } → 201.
import { questionJson } from "@/lib/api/serializers";
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatIsoDate } from "@/lib/dates";
import { parseRequest, readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { browseQuery } from "@/lib/questions/browse-query";
import { createQuestion } from "@/lib/questions/create-question.server";
import { listQuestions } from "@/lib/questions/list-questions.server";
import { otherMethods } from "@/lib/http/other-methods";
import { oneQuestionResponse, questionListResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: browseQuery });
  const page = await listQuestions({ db: db(), query });
  return jsonOf(questionListResponse, {
    items: page.items.map((q) => ({
      id: q.id,
      title: q.title,
      deadline: formatIsoDate(q.deadline),
      tags: q.tags,
      status: q.status,
      forecastCount: q.forecastCount,
      createdAt: q.createdAt.toISOString(),
      state: q.state,
      outcome: q.outcome ? { value: q.outcome.value, resolvedAt: formatIsoDate(q.outcome.resolvedAt) } : null,
      forecasterCount: q.forecasterCount,
      latest: q.latest.map((l) => ({ forecaster: l.forecaster, probability: l.probability, madeAt: formatIsoDate(l.madeAt) })),
    })),
    nextCursor: page.nextCursor,
  });
});

export const POST = handle(async (request: Request) => {
  // Refuse the anonymous and the under-privileged before reading what they sent.
  const actor = requireRole(await requestActor(request), "ANALYST", "create questions");
  const question = await createQuestion({ db: db(), actor, input: await readBody(request) });
  return jsonOf(oneQuestionResponse, { question: questionJson(question) }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
