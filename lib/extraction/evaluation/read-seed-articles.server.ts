// The texts of the seed articles (prisma/seed/articles), in file order: the material the timing
// test, the pool test and `npm run bench:extract` build their long articles from.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ARTICLES = path.resolve(import.meta.dirname, "../../../prisma/seed/articles");

export function readSeedArticles(): string[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(ARTICLES, f), "utf8"));
}
