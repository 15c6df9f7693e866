-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataVersionBump" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "DataVersionBump_pkey" PRIMARY KEY ("id")
);

-- The one version row.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Any statement that writes a table pages show notes, once per transaction, that the transaction
-- changed something (a transaction-local setting remembers that it did).
CREATE FUNCTION "hindsight_note_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('hindsight.change_noted', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('hindsight.change_noted', 'on', true);
    INSERT INTO "DataVersionBump" DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;

-- At commit (deferred), the note raises the version and goes. A rolled-back transaction leaves
-- neither note nor raise.
CREATE FUNCTION "hindsight_raise_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  DELETE FROM "DataVersionBump" WHERE "id" = NEW."id";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "raise_version" AFTER INSERT ON "DataVersionBump"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "hindsight_raise_version"();

-- Every table whose rows a page can show. Not sessions, accounts, tokens, throttles or audit
-- events: signing in must not empty the cache.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['User', 'Forecaster', 'ForecasterAlias', 'Source', 'SourceRedirect', 'SourceExtraction', 'Question',
                           'Forecast', 'Outcome', 'Score', 'RejectedCandidate', 'Setting', 'ForecasterTotals'] LOOP
    EXECUTE format('CREATE TRIGGER "note_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "hindsight_note_change"()', t);
  END LOOP;
END $$;
