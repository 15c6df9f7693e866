// An analyst uploads a CSV on /import, sees the dry run, confirms, finds the forecasts in the
// questions browser, and downloads them again as CSV from there.
import { readFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS } from "../lib/import/csv-columns";
import { unique } from "./support/database";
import { expect, test } from "./support/fixtures";

test("an analyst imports a CSV after a dry run and downloads it back from the questions browser", async ({ page, signIn }) => {
  await signIn("ANALYST");
  const marker = unique("zebra").replace(/[^a-z0-9]/gi, "");
  const row = (i: number) => ({
    question: `Will the ${marker} treaty be signed by June 2026?`,
    criteria: 'YES if both parties sign; commas, "quotes" and all.',
    deadline: "2026-06-30",
    tags: "imported",
    forecaster: i === 1 ? "Zoë Ångström" : "Kim Dong-yub",
    forecaster_kind: "PERSON",
    outlet: "Import Gazette",
    title: `Treaty talks ${marker}`,
    url: `https://example.org/${marker}`,
    published_at: "2026-01-10",
    made_at: "2026-01-10",
    quote: `Signing is likely, says expert ${i} (${marker})`,
    phrase: "likely",
    probability: i === 1 ? "0.8" : "",
    outcome: "",
    known_on: "",
    evidence_url: "",
    evidence_note: "",
  });
  const csv = stringify([row(1), row(2)], { header: true, columns: [...CSV_COLUMNS] });

  await page.goto("/");
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import forecasts" })).toBeVisible();
  await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: "forecasts.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check (dry run)" }).click();

  await expect(page.getByText("Nothing is written yet")).toBeVisible();
  const rows = page.getByRole("table", { name: "Rows" });
  await expect(rows.getByRole("row")).toHaveCount(3);
  await expect(rows).toContainText("to create");
  await page.getByRole("button", { name: "Confirm and import 2 new forecasts" }).click();
  await expect(page.getByText("Imported.")).toBeVisible();

  await page.goto(`/questions?q=${marker}`);
  await expect(page.getByRole("link", { name: new RegExp(`${marker} treaty`) })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, "utf8");
  expect(text.split("\n")[0]).toBe([...CSV_COLUMNS, "brier"].join(","));
  expect(text).toContain(`Signing is likely, says expert 1 (${marker})`);
  expect(text).toContain("Zoë Ångström");
  expect(text.trim().split("\n")).toHaveLength(3);
});
