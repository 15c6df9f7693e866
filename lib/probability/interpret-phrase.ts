// Reads a probability phrase ("there seems to be little chance", "seems low") onto a
// band of a verbal scale.
import { PHRASE_BANDS } from "./phrases";
import { type Band, type BandKey, DEFAULT_SCALE, findBand, oppositeBand, type Scale } from "./scale";

export type PhraseReading = {
  band: Band;
  /** The lexicon entry that matched, as normalised. */
  matched: string;
  /** True when a negation before the match turned the band round ("not expected"). */
  negated: boolean;
};

const NEGATORS = new Set(["not", "no", "never", "hardly", "don't", "doesn't", "isn't", "aren't", "didn't", "cannot"]);
const NEGATION_WINDOW = 4;

export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9'\- ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ENTRIES: ReadonlyArray<{ words: string[]; key: BandKey }> = Object.entries(PHRASE_BANDS)
  .flatMap(([key, phrases]) => phrases.map((p) => ({ words: normalisePhrase(p).split(" "), key: key as BandKey })))
  // Longest entries first, so "highly likely" wins over "likely".
  .sort((a, b) => b.words.length - a.words.length);

function indexOfWords(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The band a phrase speaks of, or null when it holds no word of estimative probability. */
export function interpretPhrase(phrase: string, scale: Scale = DEFAULT_SCALE): PhraseReading | null {
  const words = normalisePhrase(phrase).split(" ").filter(Boolean);
  if (words.length === 0) return null;
  let best: { at: number; words: string[]; key: BandKey } | null = null;
  for (const entry of ENTRIES) {
    if (best && entry.words.length < best.words.length) break;
    const at = indexOfWords(words, entry.words);
    if (at >= 0 && (!best || at < best.at)) best = { at, ...entry };
  }
  if (!best) return null;
  const before = words.slice(Math.max(0, best.at - NEGATION_WINDOW), best.at);
  const negated = before.some((w) => NEGATORS.has(w));
  const key = negated ? oppositeBand(best.key) : best.key;
  return { band: findBand(key, scale), matched: best.words.join(" "), negated };
}
