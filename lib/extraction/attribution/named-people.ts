import type { Speaker } from "./speaker";
import { DATE_NAMES, ORGANISATION_WORDS, TITLE_WORDS } from "./speaker-words";

const NOT_BEFORE_NAME = new Set([
  "the",
  "a",
  "an",
  "in",
  "to",
  "of",
  "from",
  "at",
  "on",
  "with",
  "by",
  "for",
  "and",
  "or",
  "but",
  "as",
  "into",
  "over",
  "between",
  "against",
  "across",
  "than",
  "near",
  "via",
  "visit",
  "visited",
  "visiting",
]);

/**
 * People a sentence names with a role before them ("incumbent governor Paulo Mendes", "the
 * candidate, Lucia Ferreira"), so that "Mendes told supporters" later points to them. A run of
 * two or three capitalised words after a lowercase word that is no preposition or article.
 */
export function namedPeople(sentence: string): Speaker[] {
  const found: Speaker[] = [];
  for (const m of sentence.matchAll(/(?<=(?:^|\s)([\p{Ll}-]+),?\s)(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\b/gu)) {
    const [, before, name] = m;
    if (NOT_BEFORE_NAME.has(before)) continue;
    const tokens = name.split(" ");
    if (tokens.some((t) => TITLE_WORDS.has(t.toLowerCase()) || DATE_NAMES.has(t.toLowerCase())) || ORGANISATION_WORDS.test(name)) continue;
    found.push({ name, kind: "PERSON" });
  }
  return found;
}
