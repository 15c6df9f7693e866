// "a 60  percent chance", "at  5/1": a run of spaces, a tab or a no-break space inside a line is one space to the
// rules that read numbers and words. The rules run on the squeezed text; every offset they return
// is mapped back, so that a quote is still the pasted text, verbatim. Pure; linear.

// «…» (French and Canadian wire copy) is read as “…”: one character for one, so offsets hold.
const QUOTE_MARKS: Readonly<Record<string, string>> = { "«": "“", "»": "”" };

// "The?odds?of a cut stood at 97%?on …": a no-break space that a copy mis-decoded as "?" or "�"
// between two words (prose never sets a question mark hard against the next word). No "u" flag:
// each match must be one UTF-16 unit, so that offsets map back.
const WORD = "A-Za-z0-9\\u00C0-\\u024F";
const LOST_SPACE = new RegExp(`(?<=[${WORD}%])[?\\uFFFD](?=[${WORD}])`);
const PIECES = new RegExp(`(?<=\\S)([^\\S\\r\\n]{2,}|[^\\S\\r\\n ])(?=\\S)|(?<=[${WORD}%])([?\\uFFFD])(?=[${WORD}])|[\\s\\S]`, "g");

/** The text with each run of spaces, tabs or no-break spaces between two words made one space, and where each of its characters stood. */
export function squeezeSpaces(text: string): { text: string; original: (at: number) => number } {
  if (!/[^\S\r\n]{2}|[^\S\r\n ]|[«»]/.test(text) && !LOST_SPACE.test(text)) return { text, original: (at) => at };
  const origin: number[] = [];
  let out = "";
  for (const m of text.matchAll(PIECES)) {
    const space = m[1] !== undefined || m[2] !== undefined || /^[^\S\r\n ]$/.test(m[0]);
    out += space ? " " : (QUOTE_MARKS[m[0]] ?? m[0]);
    origin.push(m.index);
  }
  origin.push(text.length);
  return { text: out, original: (at) => origin[at] };
}

/**
 * Runs `extract` on the squeezed text and maps each result's [start, end), quote and phrase (when
 * the phrase is words of the quote) back to the original text.
 */
export function onSqueezedText<T extends { start: number; end: number; quote: string; phrase: string }>(text: string, extract: (squeezed: string) => T[]): T[] {
  const squeezed = squeezeSpaces(text);
  const found = extract(squeezed.text);
  if (squeezed.text === text) return found;
  const span = (from: number, to: number) => {
    const start = squeezed.original(from);
    return { start, end: to > from ? squeezed.original(to - 1) + 1 : start };
  };
  return found.map((c) => {
    const { start, end } = span(c.start, c.end);
    const at = c.phrase ? squeezed.text.indexOf(c.phrase, c.start) : -1;
    const words = at >= 0 && at + c.phrase.length <= c.end ? span(at, at + c.phrase.length) : null;
    return { ...c, start, end, quote: text.slice(start, end), phrase: words ? text.slice(words.start, words.end) : c.phrase };
  });
}
