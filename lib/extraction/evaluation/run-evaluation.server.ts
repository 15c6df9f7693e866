// Runs the extractor over the labelled articles: the five seed articles (labels.json, texts in
// prisma/seed/articles) and the public corpus (corpus/labels.json, texts beside it), whose
// articles are split into "dev" (tune on these) and the held-out splits (HELD_OUT), of which
// only the figures count.
// "retired", "retired11", "retired13" … "retired18" are the parts of dev that were held out until
// round eight (the old test, test2, test3 and test4 splits), round eleven (test5 to test8), round
// thirteen (test10), round fourteen (test9, test11), round fifteen (test12, test13), round
// sixteen (test14, test15), round seventeen (test16, test17) and round eighteen (test18, test19): labels.json "heldOut" names each
// article's old split, and their figures before those rounds are their honest unseen measure
// (ADR 0008).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractCandidates } from "../extract-candidates";
import { type LabelledArticle, scoreArticle, summarise } from "./score-extraction";

/** The corpus splits measured but never tuned on: test20 (batch 22), test21 (batch 23). */
export const HELD_OUT = ["test20", "test21"] as const;
export const SPLITS = ["seed", "dev", ...HELD_OUT] as const;
export type Split = (typeof SPLITS)[number];

/** The dev articles once held out, by the round that folded them into dev. */
const RETIRED = {
  retired: ["test", "test2", "test3", "test4"],
  retired11: ["test5", "test6", "test7", "test8"],
  retired13: ["test10"],
  retired14: ["test9", "test11"],
  retired15: ["test12", "test13"],
  retired16: ["test14", "test15"],
  retired17: ["test16", "test17"],
  retired18: ["test18", "test19"],
} as const;
export const RETIRED_GROUPS = Object.keys(RETIRED) as Array<keyof typeof RETIRED>;

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
      return { split: a.split ?? ("seed" as Split), heldOut: a.heldOut, score, text: article.text, outlet: article.outlet, aliases: data.speakers };
    }),
  );
}

export async function runEvaluation() {
  const scored = (await Promise.all(SOURCES.map(scoreSource))).flat();
  const group = (keep: (s: (typeof scored)[number]) => boolean) => {
    const articles = scored.filter(keep);
    const scores = articles.map((s) => s.score);
    return { scores, summary: summarise(scores), articles };
  };
  const splits = {} as Record<Split | keyof typeof RETIRED, ReturnType<typeof group>>;
  for (const split of SPLITS) splits[split] = group((s) => s.split === split);
  for (const name of RETIRED_GROUPS) {
    const old: readonly string[] = RETIRED[name];
    splits[name] = group((s) => s.split === "dev" && s.heldOut !== undefined && old.includes(s.heldOut));
  }
  return splits;
}
