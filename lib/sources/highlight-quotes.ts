// Splits an article into paragraphs of plain and marked parts, so that a page can mark every
// span a forecast quotes (or a candidate proposes). Overlapping spans merge into one mark,
// which keeps the label of the first.

export type TextPart = { text: string; quoted: boolean; label?: string };
export type Span = { start: number; end: number; label?: string };

export function highlightSpans(text: string, spans: Span[]): TextPart[][] {
  const marks = new Array<string | null>(text.length).fill(null);
  for (const span of spans) {
    for (let i = Math.max(0, span.start); i < Math.min(text.length, span.end); i++) marks[i] ??= span.label ?? "";
  }
  const paragraphs: TextPart[][] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const parts: TextPart[] = [];
    for (let i = 0; i < line.length; i++) {
      const mark = marks[offset + i];
      const last = parts.at(-1);
      if (last && last.quoted === (mark !== null) && (last.label ?? null) === (mark || null)) last.text += line[i];
      else parts.push(mark === null ? { text: line[i], quoted: false } : { text: line[i], quoted: true, ...(mark ? { label: mark } : {}) });
    }
    offset += line.length + 1;
    if (line.trim()) paragraphs.push(parts);
  }
  return paragraphs;
}

/** Every place each quote stands in the text. */
export function highlightQuotes(text: string, quotes: string[]): TextPart[][] {
  const spans: Span[] = [];
  for (const quote of quotes) {
    if (!quote) continue;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push({ start: at, end: at + quote.length });
  }
  return highlightSpans(text, spans);
}
