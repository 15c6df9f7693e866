// Runs the extractor over the labelled articles (lib/extraction/evaluation/labels.json).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractCandidates } from "../extract-candidates";
import { type LabelledArticle, scoreArticle, summarise } from "./score-extraction";

const LABELS = path.resolve(import.meta.dirname, "labels.json");
const ARTICLES = path.resolve(import.meta.dirname, "../../../prisma/seed/articles");

export async function runEvaluation() {
  const data = JSON.parse(await readFile(LABELS, "utf8")) as { speakers: Record<string, string[]>; articles: Array<Omit<LabelledArticle, "text">> };
  const articles: LabelledArticle[] = await Promise.all(
    data.articles.map(async (a) => ({ ...a, text: await readFile(path.join(ARTICLES, a.file), "utf8") })),
  );
  const scores = articles.map((a) => scoreArticle(a, extractCandidates({ text: a.text, outlet: a.outlet }), data.speakers));
  return { scores, summary: summarise(scores) };
}
