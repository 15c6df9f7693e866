// Splits an article into paragraphs of plain and quoted parts, so that a page can
// mark every span a forecast quotes. Overlapping quotes merge into one mark.

export type TextPart = { text: string; quoted: boolean };

export function highlightQuotes(text: string, quotes: string[]): TextPart[][] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const quote of quotes) {
    if (!quote) continue;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      marked.fill(true, at, at + quote.length);
    }
  }
  const paragraphs: TextPart[][] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const parts: TextPart[] = [];
    for (let i = 0; i < line.length; i++) {
      const quoted = marked[offset + i];
      const last = parts.at(-1);
      if (last && last.quoted === quoted) last.text += line[i];
      else parts.push({ text: line[i], quoted });
    }
    offset += line.length + 1;
    if (line.trim()) paragraphs.push(parts);
  }
  return paragraphs;
}
