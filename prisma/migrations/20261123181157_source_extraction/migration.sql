-- CreateTable
CREATE TABLE "SourceExtraction" (
    "sourceId" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "candidates" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceExtraction_pkey" PRIMARY KEY ("sourceId")
);

-- AddForeignKey
ALTER TABLE "SourceExtraction" ADD CONSTRAINT "SourceExtraction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
