// Clauses of contrast inside a sentence ("Polls are tight, but the model predicts …"): where one
// starts, and what is no part of its subject. Pure.

const CONJUNCTION = "(?:but|yet|while|whereas|although|though)";
const LAST_CONTRAST = new RegExp(`.*,\\s${CONJUNCTION}\\s`, "is");
const POINTS_BACK = /^(?:he|she|they|it|we|i|you)\b/i;

/**
 * Where the last clause of contrast in `before` starts ("Polls are tight, but| the model predicts"),
 * or 0: not when its subject is a pronoun ("…, but he expects": the subject before speaks) or
 * when it is an aside with a comma of its own ("Analysts, though divided, expect").
 */
export function contrastStart(before: string): number {
  const m = LAST_CONTRAST.exec(before);
  if (!m) return 0;
  const rest = before.slice(m[0].length);
  return POINTS_BACK.test(rest) || rest.includes(",") ? 0 : m[0].length;
}

/** "Ortega said …, but she": a subject that ends in a pronoun after the contrast points back. */
export const PRONOUN_AFTER_CONTRAST = new RegExp(`,\\s${CONJUNCTION}\\s(?:he|she|they)$`, "i");

/** "while Goldman now" → "Goldman now": the conjunction that opens a clause is no part of its subject. */
export function withoutOpeningConjunction(subject: string): string {
  return subject.replace(/^(?:but|yet|while|whereas|and)\s+(?=\S)/i, "");
}
