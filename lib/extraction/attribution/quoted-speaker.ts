// Who speaks a quotation: the attribution after it, before it, in the quotation before it, or
// at the start of the next paragraph. Pure.
import { REPORTING_VERB_FORMS } from "../reporting-verbs";
import { firstSentence } from "./first-sentence";
import { quotationIndex } from "./quotation-index";
import type { Quotation } from "./quotations";
import type { AttributionContext, Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";
import { subjectBeforeVerb } from "./subject-before-verb";

const ANY_VERB = REPORTING_VERB_FORMS.map((v) => v.replace(" ", "\\s+")).join("|");
/** "…,” remarked Park Byung-hwan": a verb first, then who. */
const VERB_THEN_SUBJECT = new RegExp(`^(?:${ANY_VERB})\\s+([^.;]+)`, "i");

/** True when the quotation's words end a sentence (“….”): the last non-space character inside is . ! or ?. */
function endsSentence(paragraph: string, quote: Quotation): boolean {
  let i = quote.close - 1;
  while (i > quote.open && /\s/.test(paragraph[i])) i--;
  return i > quote.open && /[.!?]/.test(paragraph[i]);
}

/** The rest of the sentence after a quotation, from its first word: ", remarked X." → "remarked X." */
function sentenceAfter(paragraph: string, quote: Quotation): string {
  let from = quote.close + 1;
  while (from < paragraph.length && /[\s,.]/.test(paragraph[from])) from++;
  return firstSentence(paragraph, from);
}

export function quotedSpeaker(context: AttributionContext & { quotes: readonly Quotation[] }, quote: Quotation): Speaker | null {
  const { paragraph, previous, quotes } = context;
  // After the quotation: “…,” remarked Park Byung-hwan / “…,” Wi Sung-lac told the Hankyoreh / “…,” he added.
  // Only when the sentence goes on past the quotation: “….” He added … starts a new one.
  const afterSentence = endsSentence(paragraph, quote) ? "" : sentenceAfter(paragraph, quote);
  // “…,” according to Jo Hale, chief economist at Acme.
  const according = /^according\s+to\s+([^;]{2,120})/i.exec(afterSentence);
  const source = according ? speakerFromSubject(according[1].replace(/[.!]$/, ""), previous, context.known) : null;
  if (source) return source;
  const verbFirst = VERB_THEN_SUBJECT.exec(afterSentence);
  if (verbFirst) {
    const [who, ...description] = verbFirst[1].split(",");
    // “…,” said Hale, who runs the rates desk / said Hale, a strategist at Acme: a lone capitalised
    // word described as a person right after it is a name.
    const described = description.length > 0 && /^\s*(?:who\s|whose\s|an?\s|the\s|\d{1,3}\s*$)/i.test(description[0]) ? loneName(who) : null;
    // “…,” said the institute's deputy director, Simon Achebe: the role first, then the person's name.
    const roleThenName =
      description.length === 1 && /^\s*(?:the|its|their)\s/i.test(who)
        ? /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*[.!]?\s*$/u.exec(description[0])?.[1]
        : undefined;
    const named = roleThenName ? (speakerFromSubject(roleThenName, previous, context.known) ?? { name: roleThenName, kind: "PERSON" as const }) : null;
    const speaker = named ?? speakerFromSubject(who, previous, context.known) ?? described;
    if (speaker) return speaker;
  }
  // The attribution after a quotation is its first reporting verb: “…,” Ms. Ortega warned, adding that …
  const subjectFirst = subjectBeforeVerb(afterSentence, 0, true);
  if (subjectFirst && subjectFirst.verbAt < 200 && !/[“"]/.test(afterSentence.slice(0, subjectFirst.verbAt))) {
    // “…,” Hale wrote: a lone capitalised word as the subject of the verb that attributes a quotation is a name.
    // “…,” Hale, 54, said: the age is no part of the name.
    const speaker = speakerFromSubject(subjectFirst.subject, previous, context.known) ?? loneName(subjectFirst.subject.replace(/,\s*\d{1,3},?$/, ""));
    if (speaker) return speaker;
  }
  // Before it: Kim Dong-yub commented, “… / He continued, “… / …,” but added, “… / …,” and “…
  const before = paragraph.slice(0, quote.open);
  // Quotations do not overlap: the one before this one in the list closes before it opens.
  const earlier = quotes[quotationIndex(quotes, quote.open) - 1] as Quotation | undefined;
  if (
    earlier &&
    /^[\s,]*(?:and|but|or)?[\s,]*(?:(?:he|she|they)\s+)?(?:added|continued|went on|said)?[\s,:]*$/i.test(paragraph.slice(earlier.close + 1, quote.open))
  ) {
    return quotedSpeaker(context, earlier);
  }
  // Only a verb in the last 40 characters leads into the quotation: look for verbs there alone.
  const lead = subjectBeforeVerb(before, Math.max(0, quote.open - 40));
  if (lead && before.slice(lead.verbAt).length < 40) {
    if (!lead.subject || /^(but|and)$/i.test(lead.subject.trim())) {
      // "…,” but added, “…": the speaker of the quotation before.
      return earlier ? quotedSpeaker(context, earlier) : previous;
    }
    // Petrov said: “…”: a lone capitalised word leading into a quotation is a name, too.
    const speaker = speakerFromSubject(lead.subject, previous, context.known) ?? loneName(lead.subject.split(",").at(-1) ?? "");
    if (speaker) return speaker;
  }
  // A paragraph that is all quotation, signed on the line after it ("-- Jo Hale, economist") or
  // introduced by a line that is only a name and a title ("Jo Hale, chief economist, Acme").
  if (quote.open === 0) {
    const signed = signature(context.lineAfter) ?? nameLine(context.lineBefore);
    const speaker = signed ? speakerFromSubject(signed, previous, context.known) : null;
    if (speaker) return speaker;
  }
  // “Jo Hale, chief economist at Acme, was blunt. “…”” / “Hale is not convinced: “…””: a quotation
  // with no attribution of its own, right after a sentence or clause whose subject is a person
  // named in the paragraph, is that person's.
  const subject = leadingPerson(before, previous, context);
  if (subject) return subject;
  // A paragraph of quotation right after a quoted person's paragraph goes on in their voice.
  if (quote.open === 0 && previous?.kind === "PERSON" && /[”"]/.test(context.lineBefore ?? "")) return previous;
  // A paragraph that is all quotation, attributed at the start of the next one.
  if (quote.open === 0 && context.nextParagraph) {
    const next = subjectBeforeVerb(firstSentence(context.nextParagraph));
    if (next) return speakerFromSubject(next.subject, previous, context.known);
  }
  return null;
}

function signature(line: string | undefined): string | null {
  const m = line ? /^\s*(?:--|—|–|―)\s*(\p{Lu}[^.!?]{2,150})$/u.exec(line) : null;
  return m ? m[1].split(",")[0] : null;
}

/** "Jo Hale, chief economist, Acme": a short line of a capitalised name, then titles, and no verb. */
function nameLine(line: string | undefined): string | null {
  if (!line || line.length > 150 || /[.!?:"“”]$/.test(line.trim())) return null;
  const m = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+\p{Ll}/u.exec(line.trim());
  return m ? m[1] : null;
}

function loneName(subject: string): Speaker | null {
  const word = subject.trim();
  return /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’-]+$/u.test(word) &&
    !/^(?:some|many|others|another|most|few|all|both|several|it|this|that|they|we|he|she|one)$/i.test(word)
    ? { name: word, kind: "PERSON" }
    : null;
}

/**
 * The person who is the subject of the sentence or clause right before a quotation ("Jo Hale,
 * chief economist at Acme, was blunt."), when it opens on their name; null otherwise.
 */
function leadingPerson(before: string, previous: Speaker | null, context: AttributionContext): Speaker | null {
  // Only the last few hundred characters are read, so that a paragraph of many quotations stays linear.
  const window = before.length > LOOK_BACK ? before.slice(-LOOK_BACK) : before;
  const text = window.trimEnd();
  if (!/[.:]$/.test(text)) return null;
  // The last sentence before the quotation: after the last full stop that follows a lowercase
  // letter, a digit or a bracket ("Dr. Hale" does not end one) and comes before a capital.
  const starts = [...text.slice(0, -1).matchAll(/[\p{Ll}\d)][.!?]["”’]?\s+(?=\p{Lu})/gu)];
  const last = starts.at(-1);
  // A sentence longer than the window: its opening is out of reach.
  if (!last && window !== before) return null;
  const sentence = last ? text.slice(last.index + last[0].length) : text;
  if (/[“”"]/.test(sentence)) return null;
  const m = LEADING_NAME.exec(sentence);
  if (!m) return null;
  const speaker = speakerFromSubject(m[1], previous, context.known);
  return speaker?.kind === "PERSON" ? speaker : null;
}
const LOOK_BACK = 400;
// A name of one to three capitalised words (titles allowed), an optional description between
// commas, then a lowercase word: the clause's verb.
const LEADING_NAME = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:,[^,;:“”"]{1,100},)?\s+\p{Ll}/u;
