/** A page number from the URL: a positive whole number, else the first page (a hand-edited URL gets page 1, not an error). */
export function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
