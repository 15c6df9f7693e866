// Bodies a sentence names, spoken or not, so that "the company said" or "the club said" later
// points to the one named last. Pure.
import type { Speaker } from "./speaker";
import { CONNECTORS, DATE_NAMES, NAME_INITIAL, ORGANISATION_WORDS } from "./speaker-words";

const WORD = `${NAME_INITIAL}[\\p{L}&.’'-]*`;
// A run of capitalised words, lowercase joining words ("Bank of England") allowed inside.
const RUN = new RegExp(`(?<![\\p{L}’'])${WORD}(?:\\s+(?:(?:of|for|and|on|the)\\s+)*${WORD})*`, "gu");
// "Orla Systems raised its forecast", "Vance & Co said its …": a capitalised subject that owns an
// "its" in its own clause is a body, whatever its name.
// "Market watcher Semico doubled its …", "Research firm Acme Data cut its …": a trade before the name.
const OWNS_ITS = new RegExp(
  `^(?:The\\s)?(?:\\p{Lu}\\p{Ll}+\\s\\p{Ll}+\\s(?=${WORD}))?(${WORD}(?:\\s${WORD}){0,4})\\s(?:has\\s|have\\s|had\\s|is\\s|was\\s)?\\p{Ll}+(?:\\s\\p{Ll}+){0,3}?\\sits\\b`,
  "u",
);

// A headline in title case ("What Economists Are Saying About the Chances") or a title of a person
// ("Senior Research Analyst") is no body's name.
const NOT_IN_NAME =
  /^(?:what|how|why|when|where|who|are|is|was|were|will|can|could|may|might|should|would|has|have|be|about|with|in|to|as|at|by|from|into|over|after|before|its|their|this|that|these|those|not)$/i;
const PERSON_TRADE =
  /^(?:analyst|economist|strategist|director|officer|manager|president|chair(?:man|woman)?|head|chief|secretary|minister|governor|spokes(?:man|woman|person)|editor|correspondent|researcher|scientist|professor|fellow|adviser|advisor|partner|founder)$/i;

const AFFILIATION =
  /^\s+(?:(?:senior|chief|lead|principal|head)\s+)?(?:analyst|economist|strategist|researcher|scientist|director|partner|adviser|advisor)\s+\p{Lu}/u;

const LEADING_NOUN = /^(\p{Lu}\p{Ll}+)\s+(?:of|for|and|on)\s+(?:the\s+)?(?=\p{Lu})/u;

const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|it|he|she|they|we|our|his|her|some|many|most|each|every|another)$/i;

function clean(run: string): string {
  return run
    .replace(/^The\s+/, "")
    .replace(/[’']s$/, "")
    .replace(/[.,]$/, "");
}

/** The bodies named in a sentence, in order: runs with a word of organisation, or a subject with "its". */
export function namedBodies(sentence: string): Speaker[] {
  const found: Speaker[] = [];
  const owner = OWNS_ITS.exec(sentence)?.[1];
  // "The ministry issued its …": an article or a pronoun before a lowercase noun names no body.
  if (owner && !DATE_NAMES.has(owner.toLowerCase()) && !DETERMINER.test(owner)) found.push({ name: clean(owner), kind: "ORGANISATION" });
  for (const m of sentence.matchAll(RUN)) {
    // "Directors of the Harbour Bank agreed": a common noun, capitalised as the sentence's first
    // word, before "of" is no part of the body's name.
    const lead = m.index === 0 ? LEADING_NOUN.exec(m[0]) : null;
    const run = lead && !ORGANISATION_WORDS.test(lead[1]) ? m[0].slice(lead[0].length) : m[0];
    // A headline in title case: the name is what follows its last function word.
    const all = run.split(/\s+/);
    const cut = all.findLastIndex((w) => NOT_IN_NAME.test(w));
    const name = clean(
      all
        .slice(cut + 1)
        .join(" ")
        .replace(/^(?:(?:of|for|and|on|the)\s+)+/i, ""),
    );
    if (!name) continue;
    // "in September the RBA Board …": a month or a day before the name is no part of it.
    const words = name.split(/\s+/);
    while (words.length > 1 && (DATE_NAMES.has(words[0].toLowerCase()) || /^the$/i.test(words[0]))) words.shift();
    // A capitalised first word of the sentence alone ("Shares", "Sales") names nothing.
    if (words.length === 1 && m.index === 0 && cut < 0) continue;
    const joined = words.some((w, i) => i > 0 && CONNECTORS.has(w));
    if (PERSON_TRADE.test(words.at(-1)!)) continue;
    // "said Summit Insights analyst Kinngai Chan": a body named as a person's affiliation is not
    // the company a report is about, whom "the company" later means.
    if (AFFILIATION.test(sentence.slice(m.index + m[0].length))) continue;
    const body = words.join(" ");
    if ((ORGANISATION_WORDS.test(body) || joined) && !found.some((f) => f.name === body)) found.push({ name: body, kind: "ORGANISATION" });
  }
  return found;
}
