// What a search is run on: the words typed, without their punctuation and case, so that
// "Kim Dong-yub", "kim dong yub" and "KIM  DONG–YUB!" are one search.

/** Longer input is cut here: trigram matching costs grow with the length of the term. */
export const MAX_SEARCH_LENGTH = 100;

export function searchTerms(options: { q: string }): string {
  return options.q
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase()
    .slice(0, MAX_SEARCH_LENGTH)
    .trim();
}
