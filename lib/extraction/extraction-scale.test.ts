// The extractor's time grows in step with the article's length, not with its square: an article
// eight times longer takes about eight times as long (a quadratic step would make it 64). A
// ratio, with room for a busy machine, rather than a wall-clock limit: small and large runs
// alternate, so that a busy moment on the machine slows one pair, and the median pair counts.
import { performance } from "node:perf_hooks";
import { expect, test } from "vitest";
import { readSeedArticles } from "./evaluation/read-seed-articles.server";
import { syntheticArticle } from "./evaluation/synthetic-article";
import { extractCandidates } from "./extract-candidates";

const seeds = readSeedArticles();

function ms(text: string): number {
  const start = performance.now();
  extractCandidates({ text });
  return performance.now() - start;
}

/** The median over five alternating runs of large time / small time. */
function medianRatio(small: string, large: string): number {
  const ratios = [0, 1, 2, 3, 4].map(() => ms(large) / Math.max(ms(small), 1));
  return ratios.sort((a, b) => a - b)[2];
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
    expect(medianRatio(small, large)).toBeLessThan(24);
  },
  120_000,
);

test("a long article yields every copy's candidates, each quoting its own span", () => {
  const text = syntheticArticle({ seeds, bytes: 64 * 1024, oneParagraph: true });
  const candidates = extractCandidates({ text });
  expect(candidates.length).toBeGreaterThan(100);
  for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
});
