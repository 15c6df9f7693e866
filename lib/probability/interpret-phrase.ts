// Reads a probability phrase ("there seems to be little chance", "seems low") onto a
// band of a verbal scale, and finds such phrases inside longer text.
import { PHRASE_BANDS } from "./phrases";
import { type Band, type BandKey, DEFAULT_SCALE, findBand, oppositeBand, type Scale } from "./scale";

export type PhraseReading = {
  band: Band;
  /** The lexicon entry that matched, as normalised. */
  matched: string;
  /** True when a negation before the match turned the band round ("not expected"). */
  negated: boolean;
};

/** A phrase found in a text: its reading and where it stands (character offsets). */
export type PhraseLocation = PhraseReading & { start: number; end: number };

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nor",
  "neither",
  "hardly",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "didn't",
  "cannot",
  "wasn't",
  "weren't",
  "wouldn't",
  "couldn't",
]);
const NEGATION_WINDOW = 4;

/** A negator that denies: not "not only will she win …" (it adds), nor "No. 1 Alabama" (a rank). */
function denies(word: string, next: string): boolean {
  if (word === "not" && next === "only") return false;
  if (word === "no" && /^\d/.test(next)) return false;
  return NEGATORS.has(word);
}

export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9'\- ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type Word = { word: string; start: number; end: number; original: string };

/** The words of a text, normalised as the lexicon is, with their offsets in the text. */
export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const word = normalisePhrase(match[0]);
    if (word) result.push({ word, start: match.index!, end: match.index! + match[0].length, original: match[0] });
  }
  return result;
}

const ENTRIES: ReadonlyArray<{ words: string[]; key: BandKey; text: string }> = Object.entries(PHRASE_BANDS)
  .flatMap(([key, phrases]) => phrases.map((p) => ({ words: normalisePhrase(p).split(" "), key: key as BandKey, text: normalisePhrase(p) })))
  // Longest entries first, so "highly likely" wins over "likely".
  .sort((a, b) => b.words.length - a.words.length);

// The entries by their first word: a text is read once, trying at each word only the entries
// that start with it (the lexicon holds hundreds of entries; reading the text once for each was
// most of the extraction time of a long article).
const BY_FIRST_WORD = new Map<string, number[]>();
for (const [index, entry] of ENTRIES.entries()) BY_FIRST_WORD.set(entry.words[0], [...(BY_FIRST_WORD.get(entry.words[0]) ?? []), index]);

/** Where each entry first stands in `list` (by its index in ENTRIES), leaving out what `options` skips. */
function firstPlaces(list: Word[], options: { exclude?: ReadonlySet<string>; skipWord?: (list: Word[], at: number) => boolean }): Map<number, number> {
  const firstAt = new Map<number, number>();
  for (let at = 0; at < list.length; at++) {
    for (const index of BY_FIRST_WORD.get(list[at].word) ?? []) {
      const entry = ENTRIES[index];
      if (firstAt.has(index) || options.exclude?.has(entry.text) || !matchesAt(list, at, entry.words)) continue;
      if (entry.words.length === 1 && options.skipWord?.(list, at)) continue;
      firstAt.set(index, at);
    }
  }
  return firstAt;
}

function matchesAt(list: Word[], at: number, entry: string[]): boolean {
  if (at + entry.length > list.length) return false;
  return entry.every((w, j) => list[at + j].word === w);
}

// A denied extreme is no opposite extreme: "not impossible" leaves a small chance (unlikely), "not
// certain" leaves the outcome open (roughly even); a denied middle word turns round ("not likely").
// Idioms of no chance that are as often said with a negation as without ("nobody has a snowball's
// chance", "he doesn't stand a snowball's chance"): the negation does not turn them round.
const NEGATIVE_POLARITY = new Set(["snowball's chance", "a snowball's chance"]);
const DENIED_EXTREME: Partial<Record<BandKey, BandKey>> = { "almost-certain": "roughly-even", "almost-no-chance": "unlikely" };
// "A military victory is not possible": what is denied to be possible at all is all but ruled out,
// not an even chance turned round ("it is not possible to say whether" denies no outcome).
const DENIED_WORD: Readonly<Record<string, BandKey>> = { possible: "almost-no-chance" };

/**
 * The longest phrase of the lexicon in `text` (the earliest of equally long ones), with its
 * place. `skip` leaves out entries (or single words at given places) that should not count.
 */
export function locatePhrase(
  text: string,
  options: { scale?: Scale; exclude?: ReadonlySet<string>; skipWord?: (list: Word[], at: number) => boolean; earliest?: boolean } = {},
): PhraseLocation | null {
  const list = words(text);
  const firstAt = firstPlaces(list, options);
  let best: { at: number; entry: (typeof ENTRIES)[number] } | null = null;
  for (const [index, entry] of ENTRIES.entries()) {
    if (best && !options.earliest && entry.words.length < best.entry.words.length) break;
    const at = firstAt.get(index);
    if (at !== undefined && (!best || at < best.at)) best = { at, entry };
  }
  if (!best) return null;
  const before = list.slice(Math.max(0, best.at - NEGATION_WINDOW), best.at);
  const negated = before.some((w, i) => denies(w.word, (before[i + 1] ?? list[best.at]).word));
  // "He doesn't stand a snowball's chance": an idiom said under a negation means what it says.
  const key =
    negated && !NEGATIVE_POLARITY.has(best.entry.text)
      ? ((list[best.at + best.entry.words.length]?.word === "to" ? undefined : DENIED_WORD[best.entry.text]) ??
        DENIED_EXTREME[best.entry.key] ??
        oppositeBand(best.entry.key))
      : best.entry.key;
  const last = list[best.at + best.entry.words.length - 1];
  return { band: findBand(key, options.scale ?? DEFAULT_SCALE), matched: best.entry.text, negated, start: list[best.at].start, end: last.end };
}

/** The band a phrase speaks of, or null when it holds no word of estimative probability. */
export function interpretPhrase(phrase: string, scale: Scale = DEFAULT_SCALE): PhraseReading | null {
  const found = locatePhrase(phrase, { scale });
  return found ? { band: found.band, matched: found.matched, negated: found.negated } : null;
}
