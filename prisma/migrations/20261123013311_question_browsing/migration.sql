-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "forecastCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Question_createdAt_idx" ON "Question"("createdAt");

-- CreateIndex
CREATE INDEX "Question_forecastCount_idx" ON "Question"("forecastCount");

-- Hand-written (ADR 0002): full-text search over questions and quotes, and the counts of the
-- forecasts already stored (refreshQuestions keeps them from now on).
CREATE INDEX "Question_search_idx" ON "Question" USING GIN (to_tsvector('english', "title" || ' ' || "criteria"));
CREATE INDEX "Forecast_quote_search_idx" ON "Forecast" USING GIN (to_tsvector('english', "quote"));
UPDATE "Question" q SET "forecastCount" = (SELECT count(*) FROM "Forecast" f WHERE f."questionId" = q.id);
