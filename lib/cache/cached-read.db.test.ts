import { describe, expect, test } from "vitest";
import { getOverview } from "../overview/get-overview.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { useSeededDatabase } from "../test/seeded-database";
import { createActor } from "../test/users";
import { cachedRead, readDataVersion } from "./cached-read.server";

const t = useSeededDatabase();

describe("the data version", () => {
  test("rises once per committed transaction that writes what pages show, however many statements it ran", async () => {
    const before = await readDataVersion(t.db);
    await t.db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: "data-version-test-a", value: "1" } });
      await tx.setting.create({ data: { key: "data-version-test-b", value: "1" } });
      await tx.setting.deleteMany({ where: { key: { startsWith: "data-version-test-" } } });
    });
    expect(await readDataVersion(t.db)).toBe(before + 1n);
    // A statement outside any transaction is a transaction of its own.
    await t.db.setting.create({ data: { key: "data-version-test-c", value: "1" } });
    await t.db.setting.delete({ where: { key: "data-version-test-c" } });
    expect(await readDataVersion(t.db)).toBe(before + 3n);
  });

  test("does not rise for a transaction that rolls back, nor for a write only to sessions", async () => {
    const before = await readDataVersion(t.db);
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.setting.create({ data: { key: "data-version-rollback", value: "1" } });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    await t.db.session.deleteMany({ where: { token: "no such session" } });
    expect(await readDataVersion(t.db)).toBe(before);
  });

  test("is raised by concurrent writers without losing a raise", async () => {
    const before = await readDataVersion(t.db);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.db.$transaction(async (tx) => {
          await tx.setting.create({ data: { key: `data-version-concurrent-${i}`, value: "1" } });
        }),
      ),
    );
    await t.db.setting.deleteMany({ where: { key: { startsWith: "data-version-concurrent-" } } });
    expect(await readDataVersion(t.db)).toBe(before + 7n);
  });
});

describe("a cached read", () => {
  test("is reused until the data changes, then read afresh", async () => {
    let loads = 0;
    const read = () => cachedRead({ db: t.db, key: "test:count", load: async () => ++loads });
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await t.db.setting.create({ data: { key: "cached-read-test", value: "1" } });
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
  });

  test("the home page's counts follow an outcome change at once", async () => {
    const open = await t.db.question.findFirstOrThrow({ where: { status: "OPEN", archivedAt: null }, select: { id: true } });
    const before = await getOverview({ db: t.db });
    expect(await getOverview({ db: t.db })).toEqual(before);
    await setOutcome({
      db: t.db,
      actor: await createActor(t.db, "EDITOR"),
      questionId: open.id,
      input: { value: "YES", resolvedAt: "2026-01-05", note: "cache test" },
    });
    const after = await getOverview({ db: t.db });
    expect(after.counts.resolved).toBe(before.counts.resolved + 1);
    expect(after.counts.open).toBe(before.counts.open - 1);
    expect(after.latestOutcomes.map((o) => o.question.id)).toContain(open.id);
  });
});
