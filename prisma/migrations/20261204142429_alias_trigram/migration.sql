-- CreateIndex
CREATE INDEX "ForecasterAlias_name_trgm_idx" ON "ForecasterAlias" USING GIN ("name" gin_trgm_ops);
