// Runs of capitalised words, where names stand. Pure.
import { CONNECTORS, DATE_NAMES, NAME_INITIAL, NAME_PARTICLES, ORGANISATION_WORDS } from "./speaker-words";

const NAME_JOINERS = new Set(["of", "for", "and", "&"]);
// "iSuppli", "eBay": a name written with a small letter before its capital is capitalised too.
const STARTS_AS_NAME = new RegExp(`^${NAME_INITIAL}`, "u");
const capitalised = (token: string) => STARTS_AS_NAME.test(token) && !DATE_NAMES.has(token.toLowerCase().replace(/[.,]$/, ""));

/** The run, and whether a preposition stands just before it ("to Russia Wi Sung-lac"). */
export function lastNameRunAt(phrase: string): { run: string[]; afterPreposition: boolean } | null {
  const tokens = phrase
    // An apostrophe inside a name stays: "O’Donnell", "N’Diaye". A trade mark is no part of it ("Acme®").
    .replace(/[“”"‘,;:()[\]®™]|’(?!\p{L})|(?<!\p{L})’/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  let end = tokens.length;
  while (end > 0 && !capitalised(tokens[end - 1])) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    if (capitalised(tokens[start - 1])) {
      start--;
      continue;
    }
    // "Bank of England", "von der Leyen": lowercase joining words, with a capital before them;
    // one connector of a body's name at most ("Directors of the Harbour Bank" is no one name).
    let k = start;
    while (k > 0 && NAME_PARTICLES.has(tokens[k - 1])) k--;
    if (k === start && k > 0 && CONNECTORS.has(tokens[k - 1].toLowerCase())) k--;
    if (k === start || k === 0 || !capitalised(tokens[k - 1])) break;
    start = k - 1;
  }
  // "Kestrel Bank’s Jane Holt", "ING's James Knightley": the name after a body's possessive is
  // the person; the body is where they work. (A possessive that ends the run is the body's own.)
  const possessive = tokens.slice(start, end - 1).findLastIndex((t) => /[’']s$/.test(t));
  // One word after the possessive that names a body's part is the body's own name ("Moody's
  // Analytics"), not a person's surname.
  const bodyName = possessive >= 0 && start + possessive + 2 === end && ORGANISATION_WORDS.test(tokens[end - 1]);
  // "Lloyd's of London": a possessive before "of" is a part of the body's own name.
  const ownName = possessive >= 0 && NAME_JOINERS.has(tokens[start + possessive + 1]);
  if (possessive >= 0 && !bodyName && !ownName) start += possessive + 1;
  const run = tokens.slice(start, end);
  run[run.length - 1] = run[run.length - 1].replace(/(?<=\p{L})[’']s$/u, ""); // "Acme's analysts": the body is Acme
  return { run, afterPreposition: start > 0 && /^(to|of|in|for|from|at)$/i.test(tokens[start - 1]) };
}
