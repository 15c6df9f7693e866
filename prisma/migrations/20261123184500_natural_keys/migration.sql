-- Hand-written (ADR 0002, ADR 0009): natural keys that the database itself enforces, so that
-- two requests racing to store the same forecaster, source or forecast store it once.
--
-- A database may already hold duplicates made by the old check-then-insert race. They are
-- merged here, before the indexes are built, so that this migration neither fails nor loses
-- anything:
--   * forecasters with the same name in any case: the oldest row stays, the others' forecasts
--     move to it, the others are deleted;
--   * sources without URL and without text with the same outlet, title (any case) and date: the
--     oldest row stays, forecasts move to it, the others are deleted (a pasted article is
--     known by its text, unique already: two texts are two sources, whatever their titles);
--   * forecasts with the same question, source and quote (after the moves above): the oldest
--     logged stays, the others are deleted.
-- Every deleted row is kept whole in an AuditEvent ("forecaster.merge", "source.merge",
-- "forecast.merge", before = the row, after = { mergedInto }). Merging can change which
-- forecast counts for a score, so the migration leaves the setting "scores.rescore-needed",
-- and the next `npm start` or `npm run db:migrate` rescores everything and clears it.

CREATE TEMP TABLE forecaster_merge ON COMMIT DROP AS
  SELECT id AS dup, first_value(id) OVER (PARTITION BY lower(name) ORDER BY "createdAt", id) AS keep
  FROM "Forecaster";
DELETE FROM forecaster_merge WHERE dup = keep;
INSERT INTO "AuditEvent" (id, action, "entityType", "entityId", before, after)
  SELECT gen_random_uuid()::text, 'forecaster.merge', 'Forecaster', f.id, to_jsonb(f), jsonb_build_object('mergedInto', m.keep)
  FROM forecaster_merge m JOIN "Forecaster" f ON f.id = m.dup;
UPDATE "Forecast" x SET "forecasterId" = m.keep FROM forecaster_merge m WHERE x."forecasterId" = m.dup;
DELETE FROM "Forecaster" f USING forecaster_merge m WHERE f.id = m.dup;

CREATE TEMP TABLE source_merge ON COMMIT DROP AS
  SELECT id AS dup, first_value(id) OVER (PARTITION BY lower(outlet), md5(lower(title)), "publishedAt" ORDER BY "createdAt", id) AS keep
  FROM "Source" WHERE url IS NULL AND "textHash" IS NULL;
DELETE FROM source_merge WHERE dup = keep;
INSERT INTO "AuditEvent" (id, action, "entityType", "entityId", before, after)
  SELECT gen_random_uuid()::text, 'source.merge', 'Source', s.id, to_jsonb(s), jsonb_build_object('mergedInto', m.keep)
  FROM source_merge m JOIN "Source" s ON s.id = m.dup;
UPDATE "Forecast" x SET "sourceId" = m.keep FROM source_merge m WHERE x."sourceId" = m.dup;
DELETE FROM "Source" s USING source_merge m WHERE s.id = m.dup;

CREATE TEMP TABLE forecast_merge ON COMMIT DROP AS
  SELECT id AS dup, first_value(id) OVER (PARTITION BY "questionId", "sourceId", md5(quote) ORDER BY "loggedAt", id) AS keep
  FROM "Forecast";
DELETE FROM forecast_merge WHERE dup = keep;
INSERT INTO "AuditEvent" (id, action, "entityType", "entityId", before, after)
  SELECT gen_random_uuid()::text, 'forecast.merge', 'Forecast', f.id, to_jsonb(f), jsonb_build_object('mergedInto', m.keep)
  FROM forecast_merge m JOIN "Forecast" f ON f.id = m.dup;
DELETE FROM "Forecast" f USING forecast_merge m WHERE f.id = m.dup;

INSERT INTO "Setting" (key, value)
  SELECT 'scores.rescore-needed', 'duplicates merged by migration 20261123184500_natural_keys'
  WHERE EXISTS (SELECT 1 FROM forecaster_merge) OR EXISTS (SELECT 1 FROM source_merge) OR EXISTS (SELECT 1 FROM forecast_merge)
  ON CONFLICT (key) DO NOTHING;

-- One forecaster per name, compared in any case (the slug is unique already).
CREATE UNIQUE INDEX "Forecaster_name_lower_key" ON "Forecaster" (lower(name));
-- One source per URL (unique already), per text (textHash, unique already) and, with neither,
-- per outlet, title (any case) and date. md5 of the title keeps index entries small.
CREATE UNIQUE INDEX "Source_outlet_title_date_key" ON "Source" (lower(outlet), md5(lower(title)), "publishedAt")
  WHERE url IS NULL AND "textHash" IS NULL;
-- The same words from the same source back a question once (lib/forecasts/refuse-duplicate-forecast.server.ts).
-- A quote may be 5000 characters, over a btree entry's limit: md5 of it is indexed instead.
CREATE UNIQUE INDEX "Forecast_natural_key" ON "Forecast" ("questionId", "sourceId", md5(quote));
