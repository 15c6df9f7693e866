// Runs of capitalised words, where names stand. Pure.
import { CONNECTORS, DATE_NAMES } from "./speaker-words";

const capitalised = (token: string) => /^[\p{Lu}]/u.test(token) && !DATE_NAMES.has(token.toLowerCase().replace(/[.,]$/, ""));

/** The run, and whether a preposition stands just before it ("to Russia Wi Sung-lac"). */
export function lastNameRunAt(phrase: string): { run: string[]; afterPreposition: boolean } | null {
  const tokens = phrase
    // An apostrophe inside a name stays: "O’Donnell", "N’Diaye".
    .replace(/[“”"‘,;:()[\]]|’(?!\p{L})|(?<!\p{L})’/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  let end = tokens.length;
  while (end > 0 && !capitalised(tokens[end - 1])) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && (capitalised(tokens[start - 1]) || (CONNECTORS.has(tokens[start - 1].toLowerCase()) && start - 1 > 0 && capitalised(tokens[start - 2]))))
    start--;
  // "Kestrel Bank’s Jane Holt", "ING's James Knightley": the name after a body's possessive is
  // the person; the body is where they work. (A possessive that ends the run is the body's own.)
  const possessive = tokens.slice(start, end - 1).findLastIndex((t) => /[’']s$/.test(t));
  if (possessive >= 0) start += possessive + 1;
  const run = tokens.slice(start, end);
  run[run.length - 1] = run[run.length - 1].replace(/(?<=\p{L})[’']s$/u, ""); // "Acme's analysts": the body is Acme
  return { run, afterPreposition: start > 0 && /^(to|of|in|for|from|at)$/i.test(tokens[start - 1]) };
}
