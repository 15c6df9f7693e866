// A first draft of the yes/no question a forecast speaks to, for the analyst to edit:
// "there seems to be little chance that Russia and North Korea will form a military alliance"
// → "Will Russia and North Korea form a military alliance?". Pure.

const MODALS = /\b(will|would|may|might|could|can|shall|should)\s+(?:well\s+|also\s+|even\s+|likely\s+|probably\s+|not\s+)*(?=\w)/gi;
const COPULA_FORECAST =
  /\b(?:is|are|was|were|seems?|appears?)\s+(?:(?:highly|very|most|more|less|also|not|quite)\s+)*(?:likely|unlikely|expected|anticipated|set|poised|bound|certain|projected|predicted)\s+to\s+/i;
const SUBJECT_FILLERS =
  /^(?:but|and|so|yet|also|however|meanwhile|moreover|furthermore|hence|thus|instead|therefore|finally|as a result|in particular|in short|in that case|for this reason|nevertheless|though|while)[\s,]+/i;

function clean(text: string): string {
  return text
    .replace(/[“”"]/g, "")
    .replace(/\s*\[[^\]]*\]\s*/g, (m) => (m.includes("-") || /[A-Z]/.test(m) ? m.replace(/[[\]]/g, "") : " "))
    .replace(/\s+/g, " ")
    .replace(/[\s,;:.!?’']+$/, "")
    .trim();
}

function lowerFirst(text: string): string {
  // Keep proper nouns and acronyms; lower a sentence-initial common word ("The", "It").
  return /^(The|It|This|That|These|Those|There|A|An|Its|Their|Our|His|Her)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The last clause before the modal: its subject. */
function subjectOf(head: string): string {
  const clauses = head.split(/,\s*|\bthat\s+/);
  return lowerFirst(clean(clauses[clauses.length - 1].replace(SUBJECT_FILLERS, "")));
}

export function suggestQuestion(sentence: string): string {
  // A clause introduced after the probability words: "little chance that X will Y".
  const text = clean(sentence);
  const thatClause = /\b(?:that|whether)\s+(.+)$/i.exec(text);
  const candidates = thatClause ? [thatClause[1], text] : [text];
  for (const clause of candidates) {
    const copula = COPULA_FORECAST.exec(clause);
    if (copula && copula.index > 0) {
      const subject = subjectOf(clause.slice(0, copula.index));
      if (subject) return `Will ${subject} ${clean(clause.slice(copula.index + copula[0].length))}?`;
    }
    for (const modal of clause.matchAll(MODALS)) {
      const subject = subjectOf(clause.slice(0, modal.index));
      const predicate = clean(clause.slice(modal.index + modal[0].length));
      if (subject && predicate) return `Will ${subject} ${predicate}?`;
    }
  }
  return `Will it turn out that ${lowerFirst(text)}?`;
}
