export type Quotation = { open: number; close: number };

/** Quotations in a paragraph: from an opening “ (or ") to its closing ” (or "). */
export function quotations(paragraph: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (open < 0 && (ch === "“" || (ch === '"' && (i === 0 || /[\s([—-]/.test(paragraph[i - 1]))))) open = i;
    else if (open >= 0 && (ch === "”" || ch === '"')) {
      found.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) found.push({ open, close: paragraph.length });
  return found;
}
