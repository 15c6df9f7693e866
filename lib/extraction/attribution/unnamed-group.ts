import type { Speaker } from "./speaker";

const GOVERNMENT = /\b(officials?|government|sources?|authorities|ministry|spokes\w*|administration|diplomats?)\b/;
// Nouns for people by trade or role: "analysts", "economists", "forecasters", "respondents".
const PEOPLE =
  /\b(?:experts?|analysts?|observers?|scholars?|critics?|commentators?|pundits?|researchers?|specialists?|economists?|strategists?|forecasters?|traders?|investors?|respondents?|participants?|pollsters?|scientists?|meteorologists?|brokers?|bankers?|executives?|leaders?|insiders?|markets?|\p{Ll}+ists|\p{Ll}+ians)\b/u;
// Plurals of people that are not speakers of a forecast as a group of experts.
const NOT_SPEAKERS =
  /^(?:others|members|numbers|orders|waters|matters|letters|papers|centers|comments|events|agents|parents|students|patients|residents|voters|customers|consumers|workers|users|viewers|readers|passengers|players|fans|lists|christians|civilians)$/;
// A poll or survey speaks for those it asked: "a Reuters poll of 40 economists", "the survey".
const POLL = /\b(?:polls?|survey|surveys|poll(?:ing)?)\b/;
const QUANTITY =
  /^(?:(?:a|an|the|some|many|most|several|few|all|both|other|remaining|of|slim|majority|minority|half|share|number|\d[\d.,%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\p{Ll}+ty)\s+)+/u;

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The unnamed group a subject describes, named by its own words ("energy analysts" → "Energy
 * analysts (unnamed)", "most economists in the poll" → "Economists (unnamed)", "a Reuters poll
 * of economists" → "Reuters poll of economists"), or null when it names no group.
 */
export function unnamedGroup(subject: string): Speaker | null {
  const s = subject.toLowerCase().replace(/[“”"]/g, "").trim();
  if (GOVERNMENT.test(s)) return { name: "Government official (unnamed)", kind: "UNNAMED_GROUP" };
  const poll = POLL.exec(s);
  if (poll) {
    // The poll with its maker and whom it asked, up to a clause or a date: "S&P Global Platts survey of banks".
    const phrase = subject
      .replace(/[“”"]/g, "")
      .replace(/^(?:(?:a|an|the|its|their|new|latest|recent|major|monthly|weekly|annual)\s+)+/i, "")
      .split(/\s+(?:conducted|released|published|taken|carried|showed|shows|found|finds|said|on|this|last|between|which|that|who)\b|[,;(]/i)[0]
      .split(/\s+/)
      .slice(0, 10)
      .join(" ");
    return { name: capitaliseFirst(phrase), kind: "UNNAMED_GROUP" };
  }
  const head = PEOPLE.exec(s);
  if (head && !NOT_SPEAKERS.test(head[0])) {
    // The noun phrase up to its head and any noun joined to it: "industry leaders and analysts".
    const upTo = s.slice(0, head.index + head[0].length);
    const joined = /^\s+and\s+(\p{Ll}+s)\b/u.exec(s.slice(head.index + head[0].length));
    let phrase = (joined ? `${upTo} and ${joined[1]}` : upTo).replace(QUANTITY, "");
    phrase = phrase.split(/\s+/).slice(-4).join(" ");
    if (phrase.includes(" of ")) phrase = phrase.slice(phrase.lastIndexOf(" of ") + 4);
    // A singular ("one economist said") speaks for the group it comes from.
    if (!/s$/.test(phrase)) phrase = `${phrase}s`;
    return { name: `${capitaliseFirst(phrase.trim())} (unnamed)`, kind: "UNNAMED_GROUP" };
  }
  if (/\b(?:some|others|many)\b/.test(s)) return { name: "Experts (unnamed)", kind: "UNNAMED_GROUP" };
  return null;
}
