-- CreateTable
CREATE TABLE "ForecasterTotals" (
    "forecasterId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "sumBrier" DOUBLE PRECISION NOT NULL,
    "sumBrierSquares" DOUBLE PRECISION NOT NULL,
    "sumLog" DOUBLE PRECISION NOT NULL,
    "nRelative" INTEGER NOT NULL,
    "sumRelative" DOUBLE PRECISION NOT NULL,
    "sumBestBrier" DOUBLE PRECISION NOT NULL,
    "sumWorstBrier" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ForecasterTotals_pkey" PRIMARY KEY ("forecasterId")
);

-- AddForeignKey
ALTER TABLE "ForecasterTotals" ADD CONSTRAINT "ForecasterTotals_forecasterId_fkey" FOREIGN KEY ("forecasterId") REFERENCES "Forecaster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
