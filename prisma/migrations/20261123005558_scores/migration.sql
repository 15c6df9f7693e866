-- CreateTable
CREATE TABLE "Score" (
    "questionId" TEXT NOT NULL,
    "forecasterId" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "outcome" INTEGER NOT NULL,
    "brier" DOUBLE PRECISION NOT NULL,
    "logScore" DOUBLE PRECISION NOT NULL,
    "brierAtLow" DOUBLE PRECISION NOT NULL,
    "brierAtHigh" DOUBLE PRECISION NOT NULL,
    "relativeBrier" DOUBLE PRECISION,
    "bin" INTEGER NOT NULL,
    "madeAt" DATE NOT NULL,
    "resolvedAt" DATE NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("questionId","forecasterId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Score_forecastId_key" ON "Score"("forecastId");

-- CreateIndex
CREATE INDEX "Score_forecasterId_resolvedAt_idx" ON "Score"("forecasterId", "resolvedAt");

-- CreateIndex
CREATE INDEX "Score_madeAt_idx" ON "Score"("madeAt");

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_forecasterId_fkey" FOREIGN KEY ("forecasterId") REFERENCES "Forecaster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast"("id") ON DELETE CASCADE ON UPDATE CASCADE;
