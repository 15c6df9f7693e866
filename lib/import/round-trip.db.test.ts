// Export → import into an empty database → export again: the same data by natural keys, the
// same scores to 1e-12 (issue 10). On the seed data and on a generated dataset that fills
// every field and has every kind of outcome history.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../db/client.server";
import { buildExport } from "../export/build-export.server";
import type { HindsightExport } from "../export/export-contract";
import { mergeForecasters } from "../forecasters/merge-forecasters.server";
import { undoOutcome } from "../outcomes/undo-outcome.server";
import { archiveQuestion } from "../questions/archive-question.server";
import { mergeSources } from "../sources/merge-sources.server";
import { seedDatabase } from "../seed/seed-database.server";
import { naturalExport, naturalScores, naturalTotals } from "../test/natural-export";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { bundleFromExport } from "./bundle-from-export";
import { buildExportCsv } from "../export/build-export-csv.server";
import { importData } from "./import-data.server";
import { readCsv } from "./read-csv";

const seeded = useTestDatabase();
const empty = useTestDatabase();
const generated = useTestDatabase();
const restored = useTestDatabase();
const fromCsv = useTestDatabase();

beforeAll(async () => {
  await seedDatabase({ db: seeded.db });
});

/** The people an export names exist in the target too (accounts are not part of an export). */
async function copyPeople(from: HindsightExport, to: Db): Promise<void> {
  const emails = new Set<string>();
  for (const f of from.forecasts) if (f.loggedBy) emails.add(f.loggedBy);
  for (const q of from.questions) for (const e of [q.archivedBy, ...(q.outcomeHistory ?? []).flatMap((o) => [o.setBy, o.replacedBy])]) if (e) emails.add(e);
  await to.user.createMany({ data: [...emails].map((email) => ({ email, name: email, role: "EDITOR" as const })), skipDuplicates: true });
}

/** An import whose answer's rows (set aside on disk) are not needed here. */
async function imported(options: Parameters<typeof importData>[0]) {
  const result = await importData(options);
  await result.rows.dispose();
  return result;
}

async function roundTrip(from: Db, to: Db) {
  const first = await buildExport({ db: from });
  await copyPeople(first, to);
  const editor = await createActor(to, "EDITOR");
  const result = await imported({ db: to, actor: editor, bundle: bundleFromExport(JSON.parse(JSON.stringify(first))) });
  const second = await buildExport({ db: to });
  return { first, second, result };
}

/** The band scores (Brier at the band's ends) need the band, which the JSON carries and a CSV cannot. */
function expectSameScores(
  a: Awaited<ReturnType<typeof naturalScores>>,
  b: Awaited<ReturnType<typeof naturalScores>>,
  keys: ReadonlyArray<"brier" | "logScore" | "brierAtLow" | "brierAtHigh"> = ["brier", "logScore", "brierAtLow", "brierAtHigh"],
) {
  expect(b.map((s) => s.key)).toEqual(a.map((s) => s.key));
  a.forEach((s, i) => {
    for (const k of keys) expect(Math.abs(b[i]![k] - s[k])).toBeLessThan(1e-12);
    if (s.relativeBrier === null) expect(b[i]!.relativeBrier).toBeNull();
    else expect(Math.abs(b[i]!.relativeBrier! - s.relativeBrier)).toBeLessThan(1e-12);
  });
}

describe("round trip", () => {
  test("the seed data: export, import into an empty database, export again gives the same data and scores", async () => {
    const { first, second, result } = await roundTrip(seeded.db, empty.db);
    expect(result.created).toMatchObject({ questions: 27, forecasters: 15, sources: 5, forecasts: 42 });
    expect(naturalExport(second)).toEqual(naturalExport(first));
    const scores = await naturalScores(seeded.db);
    expect(scores.length).toBeGreaterThan(10);
    expectSameScores(scores, await naturalScores(empty.db));
    expect(await naturalTotals(empty.db)).toEqual(await naturalTotals(seeded.db));
  });

  test("a generated dataset with every field filled, every kind of outcome, merges and an archived question: the same after the trip", async () => {
    const editor = await createActor(generated.db, "EDITOR");
    const document = generatedDocument();
    await imported({ db: generated.db, actor: editor, bundle: bundleFromExport(document) });
    // One more undo made by the app itself, on a question resolved by the import.
    const [q] = await generated.db.question.findMany({ where: { title: "Generated question 5: will it happen?" } });
    await undoOutcome({ db: generated.db, actor: editor, questionId: q!.id, input: { reason: 'evidence withdrawn, with a comma, and "quotes"' } });
    // What fixing mistakes leaves behind (issue 12): a merged forecaster's alias, a merged
    // source's redirect, and a resolved question archived (its scores leave every aggregate).
    await mergeForecasters({ db: generated.db, actor: editor, input: { keep: "gen-0", merge: "gen-4" } });
    const [kept, merged] = await Promise.all(["Outlet 0", "Outlet 2"].map((outlet) => generated.db.source.findFirstOrThrow({ where: { outlet } })));
    await mergeSources({ db: generated.db, actor: editor, input: { keep: kept!.id, merge: merged!.id } });
    const [archived] = await generated.db.question.findMany({ where: { title: "Generated question 0: will it happen?" } });
    await archiveQuestion({ db: generated.db, actor: editor, questionId: archived!.id });
    const { first, second } = await roundTrip(generated.db, restored.db);
    expect(first.forecasters.find((f) => f.slug === "gen-0")?.aliases).toEqual([{ slug: "gen-4", name: "K. Dong-yub" }]);
    expect(first.sources.find((s) => s.outlet === "Outlet 0")?.redirects).toEqual([merged!.id]);
    expect(first.questions.find((x) => x.title === archived!.title)).toMatchObject({
      archivedAt: expect.any(String),
      archivedBy: (await generated.db.user.findUniqueOrThrow({ where: { id: editor.id } })).email,
    });
    expect(await restored.db.forecasterAlias.findUnique({ where: { slug: "gen-4" }, select: { forecaster: { select: { slug: true } } } })).toEqual({
      forecaster: { slug: "gen-0" },
    });
    expect(await restored.db.sourceRedirect.count({ where: { oldId: merged!.id } })).toBe(1);
    // The same document again: everything matched, the merges' traces included; nothing written.
    const again = await imported({ db: restored.db, actor: await createActor(restored.db, "EDITOR"), bundle: bundleFromExport(first) });
    expect(again.created).toEqual({ questions: 0, forecasters: 0, sources: 0, forecasts: 0, outcomes: 0 });
    expect(naturalExport(await buildExport({ db: restored.db }))).toEqual(naturalExport(second));
    const kinds = first.questions.map((x) => x.outcomeHistory!.map((o) => `${o.value}${o.replacedAt ? "-replaced" : ""}`).join(","));
    expect(kinds).toEqual(expect.arrayContaining(["YES", "NO", "ANNULLED", "YES-replaced,NO", "NO-replaced", "YES-replaced"]));
    expect(first.sources.every((s) => s.text && s.byline && s.note && s.url)).toBe(true);
    expect(first.forecasters.every((f) => f.affiliation && f.description)).toBe(true);
    expect(first.forecasts.every((f) => f.note && f.phrase && f.loggedBy)).toBe(true);
    expect(naturalExport(second)).toEqual(naturalExport(first));
    expectSameScores(await naturalScores(generated.db), await naturalScores(restored.db));
  });

  test("the CSV export, with quotes, commas, new lines and non-ASCII names, imports back to the same CSV and scores", async () => {
    const first = await buildExportCsv({ db: generated.db, query: {} });
    expect(first).toContain('"The ""Quoted"", Outlet"');
    expect(first).toContain("Анна Петрова");
    expect(first).toMatch(/commas\nand a new line/);
    const editor = await createActor(fromCsv.db, "EDITOR");
    const result = await imported({ db: fromCsv.db, actor: editor, bundle: await readCsv({ body: [Buffer.from(first)] }) });
    // The archived question's four forecasts are not exported (it has left every list).
    expect(result.created.forecasts).toBe(20);
    const second = await buildExportCsv({ db: fromCsv.db, query: {} });
    const records = (csv: string) => (parse(csv) as string[][]).map((r) => JSON.stringify(r)).sort();
    expect(records(first)).toHaveLength(21);
    expect(records(second)).toEqual(records(first));
    expectSameScores(await naturalScores(generated.db), await naturalScores(fromCsv.db), ["brier", "logScore"]);
  });
});

/** Six questions, one per kind of outcome history, four forecasters, every field given. */
function generatedDocument(): HindsightExport {
  const histories: Array<HindsightExport["questions"][number]["outcomeHistory"]> = [
    [outcome("YES", null)],
    [outcome("NO", null)],
    [outcome("ANNULLED", null)],
    [outcome("YES", "2024-03-02T10:00:00.000Z", "wrong report"), outcome("NO", null, undefined, "2024-03-02T10:00:00.000Z")],
    [outcome("NO", "2024-03-05T09:00:00.000Z", "undone: premature")],
    [outcome("YES", null)],
  ];
  const questions = histories.map((history, i) => {
    const live = history!.find((o) => o.replacedAt === null);
    return {
      id: `q${i}`,
      title: `Generated question ${i}: will it happen?`,
      criteria: `Criteria ${i}, with "quotes", commas\nand a new line — Ünïcødé.`,
      deadline: "2024-02-28",
      tags: ["generated", `kind-${i}`],
      status: (live ? (live.value === "ANNULLED" ? "ANNULLED" : "RESOLVED") : "OPEN") as "OPEN",
      outcome: live ? { value: live.value, resolvedAt: live.resolvedAt, evidenceUrl: live.evidenceUrl, note: live.note } : null,
      outcomeHistory: history,
    };
  });
  const forecasters = ["Kim Dong-yub", "Zoë Brâncuși", 'The "Quoted", Outlet', "Анна Петрова"].map((name, i) => ({
    id: `f${i}`,
    slug: `gen-${i}`,
    name,
    kind: (i === 2 ? "ORGANISATION" : "PERSON") as "PERSON",
    affiliation: `Affiliation ${i}`,
    description: `Description ${i}, multi\nline`,
  }));
  const quotes = forecasters.map((f, i) => `"It is likely, ${f.name} said, that it happens" (${i})`);
  // Logged twice by mistake: merged into gen-0 by the test, as are sources 0 and 2.
  const duplicate = {
    id: "f4",
    slug: "gen-4",
    name: "K. Dong-yub",
    kind: "PERSON" as const,
    affiliation: "Affiliation 4",
    description: "Description 4, multi\nline",
  };
  const sources = [0, 1, 2].map((i) => ({
    id: `s${i}`,
    outlet: `Outlet ${i}`,
    title: `Article ${i}, "titled"`,
    url: `https://example.org/a${i}?x=1,2`,
    publishedAt: "2024-01-1" + i,
    byline: `Reporter ${i}`,
    text: `Body of article ${i}.\n${quotes.join("\n")}\nMore text: naïve café.`,
    note: `Note ${i}`,
  }));
  const forecasts = questions.flatMap((q, qi) =>
    forecasters.map((f, fi) => {
      const scale = (qi + fi) % 2 === 0;
      return {
        id: `x${qi}-${fi}`,
        questionId: q.id,
        forecasterId: f.id,
        sourceId: sources[fi % 2]!.id,
        madeAt: "2024-01-10",
        loggedAt: `2024-01-1${fi}T08:00:00.000Z`,
        loggedBy: `analyst${fi}@example.org`,
        quote: quotes[fi]!,
        phrase: "likely",
        phraseRefersTo: (fi === 3 ? "NO" : "YES") as "YES",
        probability: scale ? (fi === 3 ? 0.275 : 0.725) : 0.1 + 0.17 * fi + 0.01 * qi,
        probabilitySource: (scale ? "SCALE" : fi === 1 ? "STATED" : "JUDGEMENT") as "SCALE",
        scale: scale ? "ICD-203" : null,
        low: scale ? (fi === 3 ? 0.2 : 0.55) : null,
        high: scale ? (fi === 3 ? 0.45 : 0.8) : null,
        note: `Analyst note ${qi}-${fi}`,
      };
    }),
  );
  return { version: 2, exportedAt: "2024-06-01T00:00:00.000Z", forecasters: [...forecasters, duplicate], sources, questions, forecasts };
}

function outcome(value: "YES" | "NO" | "ANNULLED", replacedAt: string | null, replaceReason?: string, setAt = "2024-03-01T12:00:00.000Z") {
  return {
    value,
    resolvedAt: "2024-02-20",
    evidenceUrl: "https://example.org/evidence",
    note: `Evidence for ${value}, "quoted"`,
    setBy: "editor@example.org",
    setAt,
    replacedAt,
    replacedBy: replacedAt ? "editor2@example.org" : null,
    replaceReason: replaceReason ?? null,
  };
}
