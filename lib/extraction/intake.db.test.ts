// Pasting an article, reviewing its candidates, accepting and turning them down.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { addSource } from "../sources/add-source.server";
import { snapshotTables } from "../test/snapshot-tables";
import { useSeededDatabase } from "../test/seeded-database";
import { createActor } from "../test/users";
import { acceptCandidate } from "./accept-candidate.server";
import { rejectCandidate } from "./reject-candidate.server";
import { reviewCandidates } from "./review-candidates.server";

const t = useSeededDatabase();
let analyst: Actor;
let sourceId = "";
const article = [
  "Talks in Geneva",
  "Negotiators met again on Monday. “A signed text by Friday is highly likely,” said Ahmed Karimi, the chief mediator.",
  "Elena Novak, a senior fellow at the Baltic Policy Institute, said there is little chance that the agreement will survive the summer.",
  "The talks were first proposed in March.",
].join("\n");
const meta = { outlet: "The Geneva Test", title: "Talks in Geneva", publishedAt: "2026-03-02", url: "https://example.org/geneva" };

beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
});

describe("article intake", () => {
  test("stores the text and its hash; the same text again is the same source", async () => {
    const first = await addSource({ db: t.db, actor: analyst, input: { ...meta, text: `${article}\r\n` } });
    expect(first.existed).toBe(false);
    expect(first.source.text).toBe(article);
    expect(first.source.textHash).toMatch(/^[0-9a-f]{64}$/);
    sourceId = first.source.id;
    const again = await addSource({ db: t.db, actor: analyst, input: { ...meta, url: undefined, title: "Another title", text: article } });
    expect(again).toMatchObject({ existed: true, source: { id: sourceId } });
    await expect(addSource({ db: t.db, actor: analyst, input: { ...meta, text: "A different text entirely." } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addSource({ db: t.db, actor: analyst, input: { ...meta, text: "   " } })).rejects.toMatchObject({
      details: { text: "must not be empty: paste the article's text" },
    });
    await expect(addSource({ db: t.db, actor: analyst, input: { ...meta, text: "x".repeat(1024 * 1024 + 1) } })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });

  test("proposes candidates in article order; accepting onto an existing or a new question logs forecasts; turning one down sticks", async () => {
    const review = await reviewCandidates({ db: t.db, sourceId });
    expect(review!.items.map((i) => [i.forecaster.name, i.band, i.status])).toEqual([
      ["Ahmed Karimi", "very-likely", "pending"],
      ["Elena Novak", "very-unlikely", "pending"],
    ]);
    const [karimi, novak] = review!.items;

    const onNew = await acceptCandidate({
      db: t.db,
      actor: analyst,
      input: {
        sourceId,
        forecaster: { name: karimi.forecaster.name, kind: "PERSON" },
        quote: karimi.quote,
        phrase: karimi.phrase,
        question: {
          title: karimi.suggestedQuestion.replace(/\?$/, " by 2026-03-06?"),
          criteria: "YES if a text is signed by 6 March 2026.",
          deadline: "2026-03-06",
          tags: [],
        },
      },
    });
    expect(onNew).toMatchObject({ probability: 0.875, madeAt: new Date("2026-03-02T00:00:00Z") });

    const existing = await t.db.question.findUniqueOrThrow({ where: { id: "q-2024-mutual-defence-treaty" } });
    const later = await t.db.question.update({ where: { id: existing.id }, data: { deadline: new Date("2026-12-31T00:00:00Z") } });
    await acceptCandidate({
      db: t.db,
      actor: analyst,
      input: { sourceId, questionId: later.id, forecaster: { name: novak.forecaster.name, kind: "PERSON" }, quote: novak.quote, phrase: novak.phrase },
    });
    await expect(
      acceptCandidate({
        db: t.db,
        actor: analyst,
        input: { sourceId, questionId: later.id, forecaster: { name: "Elena Novak" }, quote: novak.quote, phrase: novak.phrase },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const after = await reviewCandidates({ db: t.db, sourceId });
    expect(after!.items.map((i) => i.status)).toEqual(["logged", "logged"]);
  });

  test("a refused forecast leaves no new question behind, and a quote must be the source's own words", async () => {
    const before = await snapshotTables(t.db);
    const attempt = acceptCandidate({
      db: t.db,
      actor: analyst,
      input: {
        sourceId,
        forecaster: { name: "Someone" },
        quote: "words the article never printed",
        phrase: "likely",
        question: { title: "Will this be refused?", criteria: "YES if not.", deadline: "2026-12-31", tags: [] },
      },
    });
    await expect(attempt).rejects.toMatchObject({ details: { quote: "is not found word for word in the source's text" } });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("a number the article states is proposed as stated, and accepting it records that number, STATED", async () => {
    const text = "Rates\nEconomists at the Test Bank put a 70 percent chance on a rate cut in June, said Ines Alvarado, its chief economist.";
    const { source } = await addSource({ db: t.db, actor: analyst, input: { ...meta, url: undefined, text } });
    const [candidate] = (await reviewCandidates({ db: t.db, sourceId: source.id }))!.items;
    expect(candidate).toMatchObject({
      phrase: "70 percent chance",
      probability: 0.7,
      probabilitySource: "STATED",
      statedProbability: 0.7,
      band: "likely",
      forecaster: { name: "Ines Alvarado" },
    });
    // What the review card sends: the stated number and its source.
    const forecast = await acceptCandidate({
      db: t.db,
      actor: analyst,
      input: {
        sourceId: source.id,
        forecaster: { name: candidate.forecaster.name, kind: "PERSON" },
        quote: candidate.quote,
        phrase: candidate.phrase,
        probability: candidate.statedProbability,
        probabilitySource: candidate.probabilitySource,
        question: { title: "Will the Test Bank cut rates in June 2026?", criteria: "YES if it does.", deadline: "2026-06-30", tags: [] },
      },
    });
    expect(forecast).toMatchObject({ probability: 0.7, probabilitySource: "STATED" });
    const stored = await t.db.forecast.findUniqueOrThrow({ where: { id: forecast.id } });
    expect(stored).toMatchObject({ probability: 0.7, probabilitySource: "STATED" });
  });

  test("turning a candidate down records it and the review remembers", async () => {
    const { source } = await addSource({ db: t.db, actor: analyst, input: { ...meta, url: undefined, text: "The mediator said a deal may come soon." } });
    const [candidate] = (await reviewCandidates({ db: t.db, sourceId: source.id }))!.items;
    await rejectCandidate({ db: t.db, actor: analyst, input: { sourceId: source.id, start: candidate.start, end: candidate.end } });
    expect((await reviewCandidates({ db: t.db, sourceId: source.id }))!.items[0].status).toBe("rejected");
    await expect(rejectCandidate({ db: t.db, actor: analyst, input: { sourceId: source.id, start: 5, end: 9999 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
