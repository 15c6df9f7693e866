export type Quotation = { open: number; close: number };

/**
 * Quotations in a paragraph: from an opening “ (or ") to its closing ” (or "); and, as British
 * outlets write speech, from a ‘ that opens the paragraph or follows "said," or "said:" to a ’
 * right after a sentence's closing mark (".’", ",’"). A ’ anywhere else is an apostrophe
 * ("Office’s") or closes words held at arm's length (the ‘strong’ label), neither of them speech.
 */
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
  return found.length > 0 ? found : singleQuotations(paragraph);
}

function singleQuotations(paragraph: string): Quotation[] {
  // One pass over openers and closers together, so that a long paragraph is read once.
  const found: Quotation[] = [];
  let open = -1;
  for (const m of paragraph.matchAll(/(?:^|[,:]\s+)‘|[.,!?]’(?=\s|$)/g)) {
    if (m[0].endsWith("‘")) {
      if (open < 0) open = m.index + m[0].length - 1;
    } else if (open >= 0) {
      found.push({ open, close: m.index + 1 });
      open = -1;
    }
  }
  return found;
}
