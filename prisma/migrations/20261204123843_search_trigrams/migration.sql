-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Forecaster_name_trgm_idx" ON "Forecaster" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_outlet_trgm_idx" ON "Source" USING GIN ("outlet" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Question_title_trgm_idx" ON "Question" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Question_criteria_trgm_idx" ON "Question" USING GIN ("criteria" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Forecast_quote_trgm_idx" ON "Forecast" USING GIN ("quote" gin_trgm_ops);
