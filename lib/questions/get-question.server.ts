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
