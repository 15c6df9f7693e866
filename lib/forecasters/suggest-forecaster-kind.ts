// The kind a new forecaster's name suggests, for the form to propose rather than default
// silently to "person". Pure; a guess the analyst confirms or changes.
import type { ForecasterKind } from "../validation/fields";

/** Words that name a group without naming anyone in it: "officials", "experts", "analysts". */
const UNNAMED =
  /\b(officials?|experts?|analysts?|economists?|diplomats?|sources?|observers?|insiders?|people familiar|spokes(?:man|woman|person)|investors?|traders?|scientists?|researchers?)\b/i;
/** Words that name an outlet, a market or an institution. */
const ORGANISATION =
  /\b(news|times|post|journal|herald|gazette|agency|press|reuters|bloomberg|associated|bbc|cnn|yonhap|tass|kcna|institute|university|bank|fund|ministry|department|office|council|commission|committee|government|agency|centre|center|foundation|group|inc|ltd|llc|corp|company|market|markets|exchange|polymarket|metaculus|kalshi|survey|poll|pollster|party)\b/i;

export function suggestForecasterKind(name: string): ForecasterKind | null {
  const text = name.trim();
  if (text === "") return null;
  if (UNNAMED.test(text)) return "UNNAMED_GROUP";
  if (ORGANISATION.test(text)) return "ORGANISATION";
  return "PERSON";
}
