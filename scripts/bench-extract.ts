// npm run bench:extract [-- --runs 3] — how long the extraction assistant takes on long
// articles made from the seed articles: 32 KB to 1 MB, as many short paragraphs and as one long
// paragraph. Time should grow in step with length (linear), never with its square. Prints
// medians; asserts nothing.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { readSeedArticles } from "../lib/extraction/evaluation/read-seed-articles.server";
import { syntheticArticle } from "../lib/extraction/evaluation/synthetic-article";
import { extractCandidates } from "../lib/extraction/extract-candidates";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const RUNS = Number(values.runs);
const SIZES_KB = [32, 128, 512, 1024];

const seeds = readSeedArticles();
const shapes = {
  paragraphs: (bytes: number) => syntheticArticle({ seeds, bytes }),
  "one paragraph": (bytes: number) => syntheticArticle({ seeds, bytes, oneParagraph: true }),
};

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

extractCandidates({ text: seeds.join("\n") }); // warm-up: compile the regular expressions
console.log(`median of ${RUNS} runs`);
for (const [shape, make] of Object.entries(shapes)) {
  for (const kb of SIZES_KB) {
    const text = make(kb * 1024);
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      count = extractCandidates({ text }).length;
      times.push(performance.now() - start);
    }
    const ms = median(times);
    console.log(`${shape.padEnd(14)} ${String(kb).padStart(5)} KB  ${ms.toFixed(0).padStart(6)} ms  ${(ms / kb).toFixed(2)} ms/KB  ${count} candidates`);
  }
}
