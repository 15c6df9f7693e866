import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { sweepImportFiles } from "./sweep-import-files.server";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sweep-test-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function folder(name: string, minutesOld: number, now: Date): Promise<void> {
  await mkdir(join(dir, name));
  await writeFile(join(dir, name, "rows.jsonl"), "{}\n");
  const when = new Date(now.getTime() - minutesOld * 60_000);
  await utimes(join(dir, name), when, when);
}

test("removes import folders left for over an hour, and nothing else", async () => {
  const now = new Date("2026-12-05T12:00:00Z");
  await folder("hindsight-import-rows-old", 61, now);
  await folder("hindsight-import-old-body", 24 * 60, now);
  await folder("hindsight-import-rows-running", 59, now);
  await folder("someone-elses-folder", 24 * 60, now);
  const removed = await sweepImportFiles({ dir, now });
  expect(removed.sort()).toEqual(["hindsight-import-old-body", "hindsight-import-rows-old"]);
  expect((await readdir(dir)).sort()).toEqual(["hindsight-import-rows-running", "someone-elses-folder"]);
});

test("a folder that is missing is nothing to sweep", async () => {
  expect(await sweepImportFiles({ dir: join(dir, "gone") })).toEqual([]);
});
