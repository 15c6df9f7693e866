// An import keeps its body and its answer's rows in temporary folders, removed when the answer
// has been sent or the client goes away. A server stopped mid-import, or a client that holds the
// connection open for ever without reading, would leave them behind: each new import first
// removes those older than any import can run (ADR 0011).
import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The prefix of every temporary folder an import makes. */
export const IMPORT_FOLDER_PREFIX = "hindsight-import-";

/** Well past an import's 5-minute transaction and the sending of its answer. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Removes import folders in `dir` (the system's temporary folder) last changed over an hour before `now`. */
export async function sweepImportFiles(options: { dir?: string; now?: Date } = {}): Promise<string[]> {
  const dir = options.dir ?? tmpdir();
  const now = (options.now ?? new Date()).getTime();
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(IMPORT_FOLDER_PREFIX));
  const removed: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const changed = await stat(path).then(
      (s) => s.mtimeMs,
      () => null,
    );
    if (changed === null || now - changed < STALE_AFTER_MS) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
