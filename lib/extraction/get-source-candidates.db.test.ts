// A source's candidates are computed on its first review and stored; later reviews read the
// stored row instead of running the rules again, until the text or the extractor version changes.
import { beforeAll, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { addSource } from "../sources/add-source.server";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { extractCandidates } from "./extract-candidates";
import { EXTRACTOR_VERSION } from "./extractor-version";
import { reviewCandidates } from "./review-candidates.server";

const t = useTestDatabase();
let analyst: Actor;
beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
});

const text = "Talks in Geneva\n“A signed text by Friday is highly likely,” said Ahmed Karimi, the chief mediator.";
const meta = { outlet: "The Cache Test", publishedAt: "2026-03-02" };
// A stored row that the rules could never have made: seeing it come back proves nothing was recomputed.
const marker = [{ ...extractCandidates({ text })[0], quote: "STORED, NOT RECOMPUTED" }];

async function newSource(title: string, body = text) {
  return (await addSource({ db: t.db, actor: analyst, input: { ...meta, title, text: `${body}\n${title}.` } })).source;
}

test("the first review computes and stores the candidates; a later one reads the stored row", async () => {
  const source = await newSource("First and later reviews");
  expect(await t.db.sourceExtraction.findUnique({ where: { sourceId: source.id } })).toBeNull();
  const first = await reviewCandidates({ db: t.db, sourceId: source.id });
  expect(first!.items.map((i) => i.forecaster.name)).toEqual(["Ahmed Karimi"]);
  const stored = await t.db.sourceExtraction.findUniqueOrThrow({ where: { sourceId: source.id } });
  expect(stored).toMatchObject({ textHash: source.textHash, version: EXTRACTOR_VERSION });
  expect(stored.candidates).toEqual(extractCandidates({ text: source.text!, outlet: source.outlet }));

  await t.db.sourceExtraction.update({ where: { sourceId: source.id }, data: { candidates: marker } });
  const later = await reviewCandidates({ db: t.db, sourceId: source.id });
  expect(later!.items.map((i) => i.quote)).toEqual(["STORED, NOT RECOMPUTED"]);
});

test("candidates stored by another extractor version, or for another text, are computed again", async () => {
  for (const stale of [{ version: EXTRACTOR_VERSION - 1 }, { textHash: "0".repeat(64) }]) {
    const source = await newSource(`Stale ${JSON.stringify(stale)}`);
    await t.db.sourceExtraction.create({
      data: { sourceId: source.id, textHash: source.textHash!, version: EXTRACTOR_VERSION, candidates: marker, ...stale },
    });
    const review = await reviewCandidates({ db: t.db, sourceId: source.id });
    expect(review!.items.map((i) => i.quote)).toEqual(["A signed text by Friday is highly likely"]);
    const stored = await t.db.sourceExtraction.findUniqueOrThrow({ where: { sourceId: source.id } });
    expect(stored).toMatchObject({ textHash: source.textHash, version: EXTRACTOR_VERSION });
  }
});

test("an article past the time budget: the review says so, stores nothing, and a later review computes it", async () => {
  // Long enough that no worker can analyse it within the 1 ms budget.
  const source = await newSource(
    "Too long this time",
    Array.from({ length: 3000 }, (_, i) => `“Text ${i} by Friday is highly likely,” said Ahmed Karimi.`).join("\n"),
  );
  process.env.HINDSIGHT_EXTRACTION_BUDGET_MS = "1";
  try {
    const review = await reviewCandidates({ db: t.db, sourceId: source.id });
    expect(review).toMatchObject({ items: [], notice: expect.stringMatching(/took too long to analyse/) });
  } finally {
    delete process.env.HINDSIGHT_EXTRACTION_BUDGET_MS;
  }
  expect(await t.db.sourceExtraction.findUnique({ where: { sourceId: source.id } })).toBeNull();
  expect((await reviewCandidates({ db: t.db, sourceId: source.id }))!.items).toHaveLength(3000);
});
