// The subject of a reporting verb: who "said", "warned", "expects" in a clause. Pure.
import { REPORTING_VERB_FORMS } from "../reporting-verbs";
import { contrastStart, PRONOUN_AFTER_CONTRAST, withoutOpeningConjunction } from "./contrast";

const ANY_VERB = REPORTING_VERB_FORMS.map((v) => v.replace(" ", "\\s+")).join("|");
const VERB_RE = new RegExp(`\\b(?:${ANY_VERB})\\b`, "gi");

const PROJECTS_SUBJECT_END =
  /(?:\p{Lu}[\p{L}.’'-]*|\)|\b(?:he|she|it|now|also|still|outlook|model|forecast|analysis|survey|poll|study|report|office|agency|bank))\s+$/u;
const PROJECTS_OBJECT = /^\s+(?:that|the|a|an|they|it|he|she|\p{Lu})/u;
const PLURAL_NOUN_AFTER = /^\s+(?:(?:for|of)\s[^,;.“”"]{1,60}?\s)?(?:are|were|have|had)\b/i;

/** Where the clause ending at `end` begins: just after the nearest ". ", "? ", "” " or "“" before it (0 when none). */
function clauseStartBefore(text: string, end: number): number {
  // A walk back to the nearest break, not four lastIndexOf calls from the end: those run to the
  // paragraph's start whenever one kind of break is missing, which made long paragraphs quadratic.
  for (let i = end - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === "“" || ((ch === "?" || ch === "”") && i + 1 < end && text[i + 1] === " ")) return i + 1;
    // A full stop ends the clause unless it ends a title or an initial ("Ms. Ortega", "J. Smith"),
    // or a dotted abbreviation that the sentence goes on after ("a former U.S. ambassador").
    if (
      ch === "." &&
      i + 1 < end &&
      text[i + 1] === " " &&
      !/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Jr|Sr|[A-Z])$/.test(text.slice(Math.max(0, i - 5), i)) &&
      !(/(?:^|[\s(])(?:[A-Z]\.){1,3}[A-Z]$/.test(text.slice(Math.max(0, i - 8), i)) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)))
    )
      return i + 1;
  }
  return 0;
}

/**
 * The subject of the last reporting verb in `text` (a clause before a quotation or a "that"),
 * looking for the verb only from `from` on (the text before stays the subject's context).
 */
export function subjectBeforeVerb(text: string, from = 0, first = false): { subject: string; verbAt: number } | null {
  const verbs = new RegExp(VERB_RE.source, VERB_RE.flags); // lastIndex is per search: never share it
  verbs.lastIndex = from;
  // "it is expected that …", "prices are forecast to …": the subject of a passive is no speaker
  // ("Traders are betting" is active); the reporting verb before it may still name one.
  const passive = (m: RegExpExecArray) =>
    !/^\p{L}+ing\b/iu.test(m[0]) && /(?:^|[\s,])(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
  // "Growth forecasts for the region are …", "Rate estimates were …": a plural noun with its own
  // verb after it, not a reporting verb; the capitalised word before it is no speaker.
  const noun = (m: RegExpExecArray) => /s$/i.test(m[0]) && PLURAL_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
  // "In the United States, …": a capitalised verb form after a capitalised word ends a name.
  const name = (m: RegExpExecArray) => /^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}.’'-]*\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index));
  // "head of forecasting", "a tool for predicting": a verb form after a preposition is a noun.
  const gerund = (m: RegExpExecArray) =>
    /ing$/i.test(m[0]) && /\b(?:of|for|in|on|about|by|with|without|from)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
  // "groups feel like they cannot sit it out": a sensation, not a view.
  const sensation = (m: RegExpExecArray) => /^fe(?:el|els|lt)$/i.test(m[0]) && /^\s+(?:like|as\s+if|as\s+though)\b/i.test(text.slice(m.index + m[0].length));
  // "Kay projects they could win", "the outlook from Acme (ACM) projects the party could …" are
  // verbs; "infrastructure projects in the north" is the noun.
  const projectsNoun = (m: RegExpExecArray) =>
    /^projects$/i.test(m[0]) &&
    !(PROJECTS_SUBJECT_END.test(text.slice(Math.max(0, m.index - 30), m.index)) && PROJECTS_OBJECT.test(text.slice(m.index + m[0].length)));
  // "Islamic State-claimed attacks", "Kremlin-backed": a form joined by a hyphen is a compound adjective.
  const compound = (m: RegExpExecArray) => text[m.index - 1] === "-";
  // "the project that it began in May": the noun, before a relative clause.
  const projectThat = (m: RegExpExecArray) =>
    /^project\s/i.test(m[0]) &&
    /\b(?:the|a|an|this|that|its|their|his|her|our|whose|every|each)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, m.index - 30), m.index));
  let last: RegExpExecArray | null = null;
  for (let m = verbs.exec(text); m; m = first ? null : verbs.exec(text))
    if (!passive(m) && !noun(m) && !name(m) && !gerund(m) && !sensation(m) && !projectsNoun(m) && !compound(m) && !projectThat(m)) last = m;
  if (!last) return null;
  // The subject runs from the previous sentence break to the verb.
  const before = text.slice(0, last.index);
  // "Traders are betting", "the Kremlin has said": the auxiliary is no part of the subject.
  // "Polls are tight, but the model predicts …": a clause of contrast has a subject of its own.
  const start = Math.max(clauseStartBefore(before, before.length), contrastStart(before));
  const subject = withoutOpeningConjunction(
    before
      .slice(start)
      .trim()
      .replace(/^[^\p{L}\p{N}“"]+/u, ""), // a list's bullet or dash before the subject
  ).replace(
    /(?:\s+(?:is|are|was|were|has|have|had|been|will|would|also|now|still|already|publicly|privately|recently|later|earlier|again|then|too|however|subsequently|separately|previously))+$/i,
    "",
  );
  // "Ortega said the talks had stalled, but she said …": the pronoun after the contrast is the
  // first clause's subject.
  const pronoun = PRONOUN_AFTER_CONTRAST.exec(subject);
  // "It’s now calling for …", "They’re betting …": the pronoun without its auxiliary.
  const contracted = /^(it|he|she|they|we|i)[’'](?:s|re|ve|d|m)$/i.exec(subject)?.[1];
  if (contracted) return { subject: contracted, verbAt: last.index };
  if (pronoun) {
    const firstClause = subjectBeforeVerb(before.slice(0, before.lastIndexOf(pronoun[0])));
    if (firstClause) return { subject: firstClause.subject, verbAt: last.index };
  }
  return { subject, verbAt: last.index };
}
