// Fails when prisma/schema.prisma and prisma/migrations disagree: one database is
// migrated, another gets the whole schema as Prisma would write it, and their
// catalogs must match. Write a migration with `npm run db:migration -- <name>`.
import { readFile } from "node:fs/promises";
import pg from "pg";
import { expect, inject, test } from "vitest";
import { readCatalog } from "./catalog.server";
import { migrate } from "./migrate.server";
import { diffSchemas } from "./schema-diff.server";
import { createScratchDatabase } from "./scratch-postgres.server";

test("the migrations build exactly the schema that schema.prisma describes", async () => {
  const adminUrl = inject("pgAdminUrl");
  const migrated = await createScratchDatabase(adminUrl);
  const fromSchema = await createScratchDatabase(adminUrl);
  try {
    await migrate({ connectionString: migrated.url });
    const text = await readFile("prisma/schema.prisma", "utf8");
    const sql = await diffSchemas({ from: "empty", to: { path: "schema.prisma", text }, connectionString: adminUrl });
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [a, b] = await Promise.all([readCatalog(migrated.url), readCatalog(fromSchema.url)]);
    expect(a.columns.length).toBeGreaterThan(40);
    expect(a.columns).toEqual(b.columns);
    expect(a.indexes).toEqual(b.indexes);
    expect(a.constraints).toEqual(b.constraints);
    expect(a.enums).toEqual(b.enums);

    // The hand-written rules exist only in the migrations, and are all accounted for here.
    expect(b.checks).toEqual([]);
    expect(b.triggers).toEqual([]);
    // Every table a page shows raises the data version (cached reads, ADR 0015); sessions and audit events do not.
    expect(a.triggers).toEqual([
      '"DataVersionBump".raise_version',
      ...["Forecast", "Forecaster", "ForecasterAlias", "ForecasterTotals", "Outcome", "Question", "RejectedCandidate", "Score", "Setting", "Source"]
        .concat(["SourceExtraction", "SourceRedirect", "User"])
        .map((table) => `"${table}".note_change`),
    ]);
    expect(b.handWrittenIndexes).toEqual([]);
    expect(a.checks.map((line) => line.split(":")[0])).toEqual([
      '"Forecast".Forecast_band_range',
      '"Forecast".Forecast_probability_range',
      '"Forecast".Forecast_quote_not_blank',
      '"Outcome".Outcome_has_evidence',
    ]);
    expect(a.handWrittenIndexes.map((line) => line.split(":")[0])).toEqual([
      "Forecast_natural_key",
      "Forecast_quote_search_idx",
      "Forecaster_name_lower_key",
      "Outcome_one_current_per_question",
      "Question_search_idx",
      "Source_outlet_title_date_key",
    ]);
  } finally {
    await migrated.drop();
    await fromSchema.drop();
  }
});
