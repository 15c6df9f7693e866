// GET /api/v1/forecasters/[slug]: a forecaster, their scores, calibration and forecasts.
// PATCH (analysts and up): { name?, kind?, affiliation?, description? }; the slug stays.
import { forecasterJson, forecastJson } from "@/lib/api/serializers";
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatIsoDate } from "@/lib/dates";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { findMergedSlug } from "@/lib/forecasters/find-merged-slug.server";
import { getForecaster } from "@/lib/forecasters/get-forecaster.server";
import { getForecasterScores } from "@/lib/forecasters/get-forecaster-scores.server";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { updateForecaster } from "@/lib/forecasters/update-forecaster.server";
import { otherMethods } from "@/lib/http/other-methods";
import { forecasterDetailResponse, oneForecasterResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  // A merged forecaster's old slug answers with the forecaster it was merged into.
  const forecaster = (await getForecaster({ db: db(), slug })) ?? (await mergedInto(slug));
  if (!forecaster) throw new AppError(AppErrorCode.NOT_FOUND, `There is no forecaster "${slug}".`, { slug: "is not a forecaster's slug" });
  const scores = await getForecasterScores({ db: db(), forecasterId: forecaster.id });
  return jsonOf(forecasterDetailResponse, {
    forecaster: forecasterJson(forecaster),
    stats: scores.stats,
    calibration: scores.calibration,
    forecasts: forecaster.forecasts.map((f) => ({
      ...forecastJson({ ...f, questionId: f.question.id, forecasterId: forecaster.id, sourceId: f.source.id }),
      question: f.question.title,
      score: f.score
        ? {
            outcome: f.score.outcome === 1 ? ("YES" as const) : ("NO" as const),
            resolvedAt: formatIsoDate(f.score.resolvedAt),
            brier: f.score.brier,
            logScore: f.score.logScore,
            relativeBrier: f.score.relativeBrier,
            brierAtLow: f.score.brierAtLow,
            brierAtHigh: f.score.brierAtHigh,
          }
        : null,
    })),
  });
});

async function mergedInto(slug: string) {
  const kept = await findMergedSlug({ db: db(), slug });
  return kept ? getForecaster({ db: db(), slug: kept }) : null;
}

export const PATCH = handle(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  const actor = requireRole(await requestActor(request), "ANALYST", "edit forecasters");
  const existing = await db().forecaster.findUnique({ where: { slug }, select: { id: true } });
  if (!existing) throw new AppError(AppErrorCode.NOT_FOUND, `There is no forecaster "${slug}".`, { slug: "is not a forecaster's slug" });
  const forecaster = await updateForecaster({ db: db(), actor, forecasterId: existing.id, input: await readBody(request) });
  return jsonOf(oneForecasterResponse, { forecaster: forecasterJson(forecaster) });
});

export const { POST, PUT, DELETE } = otherMethods(["GET", "PATCH"]);
