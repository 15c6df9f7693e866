// Reads a seed data file from prisma/seed/: its sources name article files, read here.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SeedInput } from "./seed-input";

type SourceEntry = Omit<SeedInput["sources"][number], "text"> & { file: string };
export type SeedFile = Omit<SeedInput, "sources"> & { sources: SourceEntry[] };

export const SEED_DIR = path.resolve(import.meta.dirname, "../../prisma/seed");

export async function loadSeedFile(file: SeedFile, articlesDir = path.join(SEED_DIR, "articles")): Promise<SeedInput> {
  const sources = await Promise.all(
    file.sources.map(async ({ file: name, ...source }) => ({
      ...source,
      text: await readFile(path.join(articlesDir, name), "utf8"),
    })),
  );
  return { ...file, sources };
}
