import type { Speaker } from "./speaker";

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The unnamed group a subject describes ("officials", "energy analysts", "economists"), or null. */
export function unnamedGroup(subject: string): Speaker | null {
  const s = subject.toLowerCase();
  if (/\b(officials?|government|source|authorities|ministry|spokes\w*|administration|diplomats?)\b/.test(s))
    return { name: "Government official (unnamed)", kind: "UNNAMED_GROUP" };
  if (/\b(experts?|analysts?|observers?|scholars?|critics?|some|others|many|commentators?|pundits?|researchers?|specialists?)\b/.test(s))
    return { name: "Experts (unnamed)", kind: "UNNAMED_GROUP" };
  // Any other plural of people by trade: "economists", "strategists", "forecasters", "historians".
  const trade = /\b(\p{Ll}+(?:ists|ers|ors|ians|ants|ents))(?:\s+(?:at|of|from|with|in|for|on)\b.*)?$/u.exec(s);
  if (
    trade &&
    !/^(?:others|members|numbers|orders|waters|matters|letters|papers|centers|comments|events|agents|parents|students|patients|residents|voters|customers|consumers|workers|users|viewers|readers|passengers|players|fans)$/.test(
      trade[1],
    )
  ) {
    return { name: `${capitaliseFirst(trade[1])} (unnamed)`, kind: "UNNAMED_GROUP" };
  }
  return null;
}
