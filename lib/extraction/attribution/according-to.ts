import { DATE_NAMES } from "./speaker-words";
// Nouns for a document rather than a source: "according to a report released on Monday" names
// no one unless it says by whom ("a report by the IMF").
const DOCUMENT =
  /^(?:a|an|the|its|their|his|her|new|recent|latest|\s)*(?:report|study|survey|poll|analysis|statement|document|estimate|forecast|data|figures|assessment|paper|memo|note|projection|review|draft|readout|transcript|filing|letter|model|update|outlook|bulletin)s?\b/i;

/**
 * The source named after "according to" (or ", per"), up to the clause's end: a comma, a semicolon or a full
 * stop that ends the sentence, not the one of an abbreviation ("senior U.S. officials").
 */
export function accordingTo(sentence: string): string | null {
  // "…, per Acme Bank": a credit after a comma, its name capitalised ("per cent", "per share" are units).
  const m = /\b[Aa]ccording to\s+|,\s+per\s+(?=(?:the\s+)?\p{Lu})/u.exec(sentence);
  if (!m) return null;
  let end = m.index + m[0].length;
  for (; end < sentence.length; end++) {
    const ch = sentence[end];
    if (ch === "," || ch === ";" || ch === "—") break;
    if (ch === "." && !/(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Inc|Corp|Co|Ltd|Jr|Sr|St|Sen|Rep|Gov)$/.test(sentence.slice(Math.max(0, end - 5), end)))
      break;
  }
  const source = sentence.slice(m.index + m[0].length, end).trim();
  // "according to the country's weather service, MetService": a description with no name in it,
  // then the name in apposition.
  const appositive = sentence[end] === "," && !/\s\p{Lu}/u.test(source) ? /^,\s+((?:\p{Lu}[\p{L}&.'’-]*\s?){1,5})(?=[,.;]|$)/u.exec(sentence.slice(end)) : null;
  if (appositive) return appositive[1].trim().replace(/(?<=\p{Ll})\.$/u, ""); // the full stop ends the sentence, not "U.S."
  // "the bank’s models", "Acme’s latest forecast", "IDC's “Worldwide Tablet Tracker” report": the
  // owner of the document.
  const owner =
    /^((?:the\s+)?[\p{L}&.-]+(?:\s+\p{Lu}[\p{L}&.-]*)*)[’']s\s+(?:[“"][^“”"]{1,80}[”"]\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:models?|modell?ing|simulations?|forecasts?|estimates?|projections?|analysis|calculations?|data|survey|poll|research|economists?|analysts?|team|reports?|outlook|study|update|review|note|bulletin|tracker)\b/u.exec(
      source,
    );
  // "According to Monday's report": a day is no owner.
  if (owner && !DATE_NAMES.has(owner[1].toLowerCase())) return owner[1];
  if (!DOCUMENT.test(source)) return source || null;
  // A document: its author, when it is given ("a report by the IMF released on Monday" → the IMF).
  // "a new forecast from market research firm Gartner": the name after a lowercase description.
  const by =
    /\b(?:by|from|of)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s*)+)/u.exec(source) ??
    /\b(?:by|from|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?((?:[\p{Lu}][\p{L}.&'’-]*\s*)+)/u.exec(source);
  if (by) return by[1].trim();
  // A poll or survey with no maker given speaks for those it asked ("a survey of 40 economists");
  // a study published in a journal for its authors. A report named by its date only names no one.
  if (/\b(?:polls?|survey)\b|\bstudy\s+(?:published|in)\b/i.test(source)) return source;
  // "according to a new model that aims to forecast the flu in the United States": a forecasting
  // model with no maker given is the source itself, named without the clause that describes it.
  const model = /^((?:a|an|the|its|their|new|latest|recent|\s)*(?:[\p{Ll}-]+\s+){0,2}?(?:model|modell?ing|simulation)s?)\b/iu.exec(source);
  return model ? model[1].trim() : null;
}
