// No sentence of prose runs this long; reading a "sentence" further (a paragraph of quotations
// with no full stop before a space) would re-read the paragraph's rest for every quotation in it.
const LONGEST_SENTENCE = 2000;

/** The text of `text` from `from` up to its first sentence end (". ", "! ", "? " and the like) or its end. */
export function firstSentence(text: string, from = 0): string {
  const window = text.slice(from, from + LONGEST_SENTENCE);
  // Not after a title or an initial: "Ms. Ortega warned", "U.S. officials said".
  const end = /(?<=[.!?])(?<!(?:^|[\s(.])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Lt|Col|Capt|[A-Z])\.)\s/.exec(window);
  return end ? window.slice(0, end.index) : window;
}
