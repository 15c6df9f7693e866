// Runs the extractor over the labelled articles: the five seed articles (labels.json, texts in
// prisma/seed/articles) and the public corpus (corpus/labels.json, texts beside it), whose
// articles are split into "dev" (tune on these) and the held-out splits (HELD_OUT), of which
// only the figures count.
// "retired" is the part of dev that was held out until round eight (labels.json "heldOut": the
// old test, test2, test3 and test4 splits): its figures before that round's rules are its honest
// unseen measure.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractCandidates } from "../extract-candidates";
import { type LabelledArticle, scoreArticle, summarise } from "./score-extraction";

/** The corpus splits measured but never tuned on: test5 (batch 7) and test6 (batch 8). */
export const HELD_OUT = ["test5", "test6"] as const;
export const SPLITS = ["seed", "dev", ...HELD_OUT] as const;
export type Split = (typeof SPLITS)[number];

/** True for a held-out split, whose figures are shown only on request and whose misses never. */
export function isHeldOut(split: string): boolean {
  return (HELD_OUT as readonly string[]).includes(split);
}

type LabelFile = {
  speakers: Record<string, string[]>;
  articles: Array<Omit<LabelledArticle, "text"> & { split?: Split; heldOut?: string }>;
};

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
      return { split: a.split ?? ("seed" as Split), heldOut: a.heldOut, score };
    }),
  );
}

export async function runEvaluation() {
  const scored = (await Promise.all(SOURCES.map(scoreSource))).flat();
  const group = (keep: (s: (typeof scored)[number]) => boolean) => {
    const scores = scored.filter(keep).map((s) => s.score);
    return { scores, summary: summarise(scores) };
  };
  const splits = {} as Record<Split | "retired", ReturnType<typeof group>>;
  for (const split of SPLITS) splits[split] = group((s) => s.split === split);
  splits.retired = group((s) => s.split === "dev" && s.heldOut !== undefined);
  return splits;
}
