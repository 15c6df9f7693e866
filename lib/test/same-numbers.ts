// Scores kept by adding each change (lib/scoring/totals-delta.ts) can differ from a fresh sum in
// the last bits of a double. A test that compares two sets of derived rows compares their numbers
// to a tolerance and everything else exactly: `actual` with each number that is within tolerance
// of its counterpart in `expected` replaced by that counterpart, ready for `toEqual`, so that a
// real difference still shows in the diff.

const TOLERANCE = 1e-9;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

export function alignNumbers<T>(actual: T, expected: unknown): T {
  if (typeof actual === "number" && typeof expected === "number") return (close(actual, expected) ? expected : actual) as T;
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.map((v, i) => alignNumbers(v, expected[i])) as T;
  if (actual && expected && typeof actual === "object" && typeof expected === "object" && !(actual instanceof Date)) {
    const other = expected as Record<string, unknown>;
    return Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, alignNumbers(v, other[k])])) as T;
  }
  return actual;
}
