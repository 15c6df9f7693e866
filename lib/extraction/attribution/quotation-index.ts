import type { Quotation } from "./quotations";

/**
 * The index of the quotation that holds offset `at` (open <= at <= close), or of the last one
 * that closes before it when none holds it (-1 when none does). Quotations are in order and do
 * not overlap, so a binary search finds it: one paragraph of a long article can hold thousands.
 */
export function quotationIndex(quotes: readonly Quotation[], at: number): number {
  let low = 0;
  let high = quotes.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (quotes[mid].open <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** True when offset `at` stands inside a quotation, after its opening mark (open < at <= close). */
export function insideQuotation(quotes: readonly Quotation[], at: number): boolean {
  const q = quotes[quotationIndex(quotes, at)];
  return !!q && q.open < at && at <= q.close;
}
