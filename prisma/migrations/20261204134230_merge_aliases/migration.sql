-- CreateTable
CREATE TABLE "ForecasterAlias" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "forecasterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecasterAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "SourceRedirect" (
    "oldId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceRedirect_pkey" PRIMARY KEY ("oldId")
);

-- CreateIndex
CREATE INDEX "ForecasterAlias_forecasterId_idx" ON "ForecasterAlias"("forecasterId");

-- CreateIndex
CREATE INDEX "SourceRedirect_sourceId_idx" ON "SourceRedirect"("sourceId");

-- AddForeignKey
ALTER TABLE "ForecasterAlias" ADD CONSTRAINT "ForecasterAlias_forecasterId_fkey" FOREIGN KEY ("forecasterId") REFERENCES "Forecaster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRedirect" ADD CONSTRAINT "SourceRedirect_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
