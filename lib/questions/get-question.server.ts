import { cachedRead } from "../cache/cached-read.server";
import type { Db } from "../db/client.server";
import { forecastView } from "../forecasts/forecast-view";

/** A question with its forecasts (in the order they were made) and its whole outcome history. */
export async function getQuestion(options: { db: Db; id: string }) {
  return options.db.question.findUnique({
    where: { id: options.id },
    include: {
      archivedBy: { select: { name: true } },
      outcomes: {
        orderBy: { setAt: "desc" },
        include: { setBy: { select: { name: true } }, replacedBy: { select: { name: true } } },
      },
      forecasts: { select: forecastView, orderBy: [{ madeAt: "asc" }, { loggedAt: "asc" }] },
    },
  });
}

export const QUESTION_FORECASTS_PER_PAGE = 25;

/**
 * What the question's page shows: the question and its outcome history, every forecast as a
 * point of the timeline (a few fields each), and one page of forecasts in full. A popular
 * question holds a thousand forecasts; the page lists them a page at a time.
 */
export async function getQuestionPage(options: { db: Db; id: string; page: number }) {
  const { db, id, page } = options;
  return cachedRead({
    db,
    key: `question-page:${id}:${page}`,
    load: async () => {
      const [question, points, forecasts] = await Promise.all([
        db.question.findUnique({
          where: { id },
          include: {
            archivedBy: { select: { name: true } },
            outcomes: { orderBy: { setAt: "desc" }, include: { setBy: { select: { name: true } }, replacedBy: { select: { name: true } } } },
          },
        }),
        db.forecast.findMany({
          where: { questionId: id },
          orderBy: [{ madeAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }],
          select: { madeAt: true, probability: true, forecaster: { select: { name: true } }, score: { select: { forecastId: true } } },
        }),
        db.forecast.findMany({
          where: { questionId: id },
          select: forecastView,
          orderBy: [{ madeAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }],
          skip: (page - 1) * QUESTION_FORECASTS_PER_PAGE,
          take: QUESTION_FORECASTS_PER_PAGE,
        }),
      ]);
      if (!question) return null;
      const total = points.length;
      return {
        question,
        points: points.map((p) => ({ forecaster: p.forecaster.name, madeAt: p.madeAt, probability: p.probability, scored: p.score !== null })),
        forecasts: { items: forecasts, total, page, pageCount: Math.max(1, Math.ceil(total / QUESTION_FORECASTS_PER_PAGE)) },
      };
    },
  });
}
