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
    if (NOT_BEFORE_NAME.has(before) || POSSESSIVE.test(name)) continue;
    const tokens = name.split(" ");
    if (tokens.some((t) => TITLE_WORDS.has(t.toLowerCase()) || DATE_NAMES.has(t.toLowerCase())) || ORGANISATION_WORDS.test(name)) continue;
    found.push({ name, kind: "PERSON" });
  }
  for (const m of [...sentence.matchAll(APPOSITIVE), ...sentence.matchAll(COPULAR), ...sentence.matchAll(TITLED)]) {
    const name = m[1];
    if (POSSESSIVE.test(name)) continue;
    if (name.split(" ").some((t) => TITLE_WORDS.has(t.toLowerCase()) || DATE_NAMES.has(t.toLowerCase())) || ORGANISATION_WORDS.test(name)) continue;
    if (!found.some((f) => f.name === name)) found.push({ name, kind: "PERSON" });
  }
  return found;
}

// "about Night Ember's chances": a name in the possessive is whose something is, not a speaker.
const POSSESSIVE = /[’']s$/;
const NAME_WORD = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’-]+";
// "Jo Hale, a vice president at Acme": a name with a description of a person after it.
const APPOSITIVE = new RegExp(
  `(${NAME_WORD}(?:\\s${NAME_WORD}){1,2}),\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:president|director|chief|head|founder|partner|professor|fellow|officer|executive|\\p{Ll}+(?:ist|er|or|ian|ant|ent))\\b`,
  "gu",
);
// "Jo Hale is an economist at Acme": a name introduced by its trade, from a short list of people's
// trades (not "Hong Kong is a financial centre", "Kevin Marsh is a former pilot").
const COPULAR = new RegExp(
  `(${NAME_WORD}(?:\\s${NAME_WORD}){1,2})\\s+(?:is|was|has\\s+been)\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:economist|analyst|strategist|professor|fellow|researcher|scientist|director|chief|head|partner|founder|officer|executive|adviser|advisor|lecturer|consultant|expert|official|minister|spokes(?:man|woman|person)|forecaster|pollster|meteorologist|epidemiologist|historian|chairman|chairwoman|chair|president)\\b`,
  "gu",
);
// "Bank of England Governor Andrew Bailey", "Gov. Christopher Waller", "Fed Chair Jerome H.
// Powell", "Trainer Fenella Grant": a capitalised title or trade before two or three name words,
// wherever the sentence starts.
const TITLED = new RegExp(
  `\\b(?:President|Minister|Governor|Gov\\.|Chancellor|Chair|Chairman|Chairwoman|Secretary|Senator|Sen\\.|Rep\\.|Representative|Dr\\.|Prof\\.|Professor|Mayor|Director|CEO|Ambassador|Commissioner|Judge|Justice|Gen\\.|Trainer|Coach|Economist|Analyst|Strategist|Forecaster|Meteorologist|Pollster|Researcher|Scientist|Correspondent|Lecturer|Spokesman|Spokeswoman|Spokesperson)\\s(${NAME_WORD}(?:\\s\\p{Lu}\\.)?(?:\\s${NAME_WORD}){1,2})\\b`,
  "gu",
);
