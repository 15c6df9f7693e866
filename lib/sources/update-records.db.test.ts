// Editing forecasters and sources keeps the rules forecasts depend on.
import { beforeAll, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { updateForecaster } from "../forecasters/update-forecaster.server";
import { useSeededDatabase } from "../test/seeded-database";
import { createActor } from "../test/users";
import { updateSource } from "./update-source.server";

const t = useSeededDatabase();
let analyst: Actor;
beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
});

test("a forecaster can be renamed and described, keeping their slug, but not to another's name", async () => {
  const jeh = await t.db.forecaster.findUniqueOrThrow({ where: { slug: "jeh-sung-hoon" } });
  const edited = await updateForecaster({ db: t.db, actor: analyst, forecasterId: jeh.id, input: { name: "Jeh Sung-Hoon", affiliation: null } });
  expect(edited).toMatchObject({ slug: "jeh-sung-hoon", name: "Jeh Sung-Hoon", affiliation: null });
  await expect(updateForecaster({ db: t.db, actor: analyst, forecasterId: jeh.id, input: { name: "wi sung-lac" } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: jeh.id, action: "forecaster.update" } });
  expect(audit.before).toMatchObject({ affiliation: "Hankuk University of Foreign Studies" });
});

test("a source's date cannot move before a forecast quoted from it, nor its URL onto another's", async () => {
  const dailyNk = await t.db.source.findFirstOrThrow({ where: { outlet: "Daily NK" } });
  await expect(updateSource({ db: t.db, actor: analyst, sourceId: dailyNk.id, input: { publishedAt: "2024-06-01" } })).rejects.toMatchObject({
    details: { publishedAt: "is before a forecast quoted from it, made 2024-06-17" },
  });
  const donga = await t.db.source.findFirstOrThrow({ where: { outlet: "The Dong-A Ilbo" } });
  await expect(updateSource({ db: t.db, actor: analyst, sourceId: dailyNk.id, input: { url: donga.url } })).rejects.toMatchObject({ code: "CONFLICT" });
  const edited = await updateSource({ db: t.db, actor: analyst, sourceId: dailyNk.id, input: { byline: "A columnist", publishedAt: "2024-06-18" } });
  expect(edited.byline).toBe("A columnist");
  expect(edited.text).toBe(dailyNk.text);
});
