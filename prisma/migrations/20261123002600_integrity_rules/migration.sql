-- Hand-written: rules that Prisma's schema language cannot express (ADR 0002).
-- The schema-agreement test skips CHECK constraints and partial indexes when it
-- compares migrations with schema.prisma, and checks these by name instead.

-- A probability is a probability; a band is an ordered pair of them, or absent.
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_probability_range"
  CHECK ("probability" >= 0 AND "probability" <= 1);
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_band_range"
  CHECK (("low" IS NULL AND "high" IS NULL)
      OR ("low" IS NOT NULL AND "high" IS NOT NULL
          AND "low" >= 0 AND "high" <= 1 AND "low" <= "high"));

-- A quote is never empty.
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_quote_not_blank"
  CHECK (length(btrim("quote")) > 0);

-- An outcome carries evidence: a URL, a note, or both.
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_has_evidence"
  CHECK ("evidenceUrl" IS NOT NULL OR "note" IS NOT NULL);

-- At most one current outcome per question; replaced ones are history.
CREATE UNIQUE INDEX "Outcome_one_current_per_question"
  ON "Outcome" ("questionId") WHERE "replacedAt" IS NULL;
