// The same words from the same source back a question once. (One sentence may speak to two
// questions, so it may back each of them.) The database holds the same rule as a unique index
// (Forecast_natural_key, ADR 0009); this check, made under the question's lock, names the
// forecast that is already there.
import { AppError, AppErrorCode } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";

export async function refuseDuplicateForecast(
  tx: Prisma.TransactionClient,
  key: { questionId: string; sourceId: string; quote: string; exceptId?: string },
): Promise<void> {
  const duplicate = await tx.forecast.findFirst({
    where: { questionId: key.questionId, sourceId: key.sourceId, quote: key.quote, ...(key.exceptId ? { id: { not: key.exceptId } } : {}) },
    select: { id: true },
  });
  if (duplicate) {
    throw new AppError(AppErrorCode.CONFLICT, "This quote from this source is already logged on this question.", {
      quote: "is already logged",
      forecastId: duplicate.id,
      current: { forecastId: duplicate.id },
    });
  }
}
