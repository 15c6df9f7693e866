// A long article for timing the extractor: the seed articles repeated until `bytes` is reached,
// each copy varied (numbers shifted, a dateline of its own) so that no two paragraphs are the
// same text and the repeated-caption rule does not hide them. With oneParagraph, the seeds'
// prose only (a copyright line would make the whole paragraph furniture) on a single line. Pure.
import { splitParagraphs } from "../split-sentences";

export function syntheticArticle(options: { seeds: string[]; bytes: number; oneParagraph?: boolean }): string {
  const { bytes, oneParagraph = false } = options;
  const seeds = oneParagraph ? options.seeds.map(prose) : options.seeds;
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < bytes; copy++) {
    const seed = seeds[copy % seeds.length];
    const varied = seed.replace(/\d+/g, (n) => String(Number(n) + copy));
    const part = `Dispatch number ${copy + 1} from the desk, filed after the earlier ones.\n${varied}\n`;
    parts.push(part);
    length += Buffer.byteLength(part);
  }
  const article = truncateToBytes(parts.join(""), bytes);
  return oneParagraph ? article.replace(/\n/g, " ") : article;
}

function prose(seed: string): string {
  return splitParagraphs(seed)
    .filter((p) => !p.furniture)
    .map((p) => p.text)
    .join(" ");
}

/** The longest prefix of `text` whose UTF-8 form fits in `bytes`. */
function truncateToBytes(text: string, bytes: number): string {
  const buffer = Buffer.from(text, "utf8");
  if (buffer.length <= bytes) return text;
  // Cutting inside a multi-byte character leaves U+FFFD at the end: drop it.
  return buffer
    .subarray(0, bytes)
    .toString("utf8")
    .replace(/\uFFFD+$/, "");
}
