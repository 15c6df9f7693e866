// A source's candidates, computed once per text and extractor version and then kept
// (SourceExtraction): a review page visit reads them instead of running the rules again.
import type { Db } from "../db/client.server";
import { hashText } from "../sources/hash-text";
import type { Candidate } from "./extract-candidates";
import { extractInWorker } from "./extract-in-worker.server";
import { EXTRACTOR_VERSION } from "./extractor-version";

export async function getSourceCandidates(options: {
  db: Db;
  source: { id: string; text: string; textHash: string | null; outlet: string };
}): Promise<Candidate[]> {
  const { db, source } = options;
  const textHash = source.textHash ?? hashText(source.text);
  const stored = await db.sourceExtraction.findUnique({ where: { sourceId: source.id } });
  if (stored && stored.textHash === textHash && stored.version === EXTRACTOR_VERSION) {
    return stored.candidates as unknown as Candidate[];
  }
  // Off the request thread and within the time budget; a 503 here stores nothing.
  const candidates = await extractInWorker({ text: source.text, outlet: source.outlet });
  const row = { textHash, version: EXTRACTOR_VERSION, candidates: candidates as unknown as object[], createdAt: new Date() };
  await db.sourceExtraction.upsert({ where: { sourceId: source.id }, create: { sourceId: source.id, ...row }, update: row });
  return candidates;
}
