// The extractor's time grows in step with the article's length, not with its square: an article
// eight times longer takes about eight times as long (a quadratic step would make it 64). A
// ratio of medians, with room for a busy machine, rather than a wall-clock limit.
import { performance } from "node:perf_hooks";
import { expect, test } from "vitest";
import { readSeedArticles } from "./evaluation/read-seed-articles.server";
import { syntheticArticle } from "./evaluation/synthetic-article";
import { extractCandidates } from "./extract-candidates";

const seeds = readSeedArticles();

function medianMs(text: string): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    extractCandidates({ text });
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1];
}

test.each([
  ["many paragraphs", (bytes: number) => syntheticArticle({ seeds, bytes })],
  ["one long paragraph", (bytes: number) => syntheticArticle({ seeds, bytes, oneParagraph: true })],
])(
  "time grows linearly with length: %s",
  (_shape, make) => {
    const small = make(32 * 1024);
    const large = make(256 * 1024);
    extractCandidates({ text: small }); // warm-up
    const ratio = medianMs(large) / Math.max(medianMs(small), 1);
    expect(ratio).toBeLessThan(24);
  },
  60_000,
);

test("a long article yields every copy's candidates, each quoting its own span", () => {
  const text = syntheticArticle({ seeds, bytes: 64 * 1024, oneParagraph: true });
  const candidates = extractCandidates({ text });
  expect(candidates.length).toBeGreaterThan(100);
  for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
});
