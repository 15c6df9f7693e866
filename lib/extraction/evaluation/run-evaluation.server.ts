// Runs the extractor over the labelled articles: the five seed articles (labels.json, texts in
// prisma/seed/articles) and the public corpus (corpus/labels.json, texts beside it), whose
// articles are split into "dev" (tune on these) and "test" (held out: only its figures count).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractCandidates } from "../extract-candidates";
import { type ArticleScore, type LabelledArticle, scoreArticle, summarise } from "./score-extraction";

export const SPLITS = ["seed", "dev", "test"] as const;
export type Split = (typeof SPLITS)[number];

type LabelFile = { speakers: Record<string, string[]>; articles: Array<Omit<LabelledArticle, "text"> & { split?: Split }> };

const SOURCES = [
  { labels: path.resolve(import.meta.dirname, "labels.json"), texts: path.resolve(import.meta.dirname, "../../../prisma/seed/articles") },
  { labels: path.resolve(import.meta.dirname, "corpus/labels.json"), texts: path.resolve(import.meta.dirname, "corpus") },
];

async function scoreSource(source: (typeof SOURCES)[number]) {
  const data = JSON.parse(await readFile(source.labels, "utf8")) as LabelFile;
  return Promise.all(
    data.articles.map(async (a) => {
      const article: LabelledArticle = { ...a, text: await readFile(path.join(source.texts, a.file), "utf8") };
      const score = scoreArticle(article, extractCandidates({ text: article.text, outlet: article.outlet }), data.speakers);
      return { split: a.split ?? ("seed" as Split), score };
    }),
  );
}

export async function runEvaluation() {
  const scored = (await Promise.all(SOURCES.map(scoreSource))).flat();
  const splits = {} as Record<Split, { scores: ArticleScore[]; summary: ReturnType<typeof summarise> }>;
  for (const split of SPLITS) {
    const scores = scored.filter((s) => s.split === split).map((s) => s.score);
    splits[split] = { scores, summary: summarise(scores) };
  }
  return splits;
}
