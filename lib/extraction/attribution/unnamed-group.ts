import type { Speaker } from "./speaker";

// "the first official forecast", "official figures": an adjective of a document, not a person.
const GOVERNMENT =
  /\b(officials?(?!\s+(?:forecasts?|figures|data|estimates?|reports?|statistics|projections?|records?|results?|count|tally|outlook))|government|sources?|authorities|ministry|ministers?|spokes\w*|administration|diplomats?)\b/;
// The words before "source": "a senior European source" → "senior European source".
const SOURCE = /(?:^|\s)(?:(?:a|an|the|one|two|three|several|some|other)\s+)?((?:[\p{L}-]+\s+){0,2}?)sources?\b/iu;
// Nouns for people by trade or role: "analysts", "economists", "forecasters", "respondents",
// "fund managers", "the president's aides"; and bodies of a trade as a group ("all the banks"), or
// a body described, not named ("a natural gas industry group", "a Washington think tank").
const PEOPLE =
  /\b(?:experts?|analysts?|observers?|scholars?|critics?|commentators?|pundits?|researchers?|specialists?|economists?|strategists?|forecasters?|traders?|investors?|respondents?|participants?|pollsters?|scientists?|meteorologists?|brokers?|bankers?|executives?|leaders?|insiders?|markets|bookmakers?|bookies|punters?|bettors?|oddsmakers?|managers?|aides?|advis[eo]rs?|consultants?|planners?|modell?ers?|watchers?|engineers?|doctors?|lawyers?|academics?|regulators?|banks|lenders|brokerages|mediators|negotiators|delegates|farmers|growers|astronomers|policymakers|policy\s+makers|lawmakers|rate-setters|campaigners|organi[sz]ers|retailers|exporters|importers|manufacturers|suppliers|refiners|insurers|unions|\p{Ll}+ists|\p{Ll}+ians|(?:industry|trade|lobby|business|research|consumer|farm|advocacy)\s+(?:groups?|associations?|bodies|body|federations?)|think\s+tanks?)\b/u;
// Plurals of people that are not speakers of a forecast as a group of experts.
const NOT_SPEAKERS =
  /^(?:others|members|numbers|orders|waters|matters|letters|papers|centers|comments|events|agents|parents|students|patients|residents|voters|customers|consumers|workers|users|viewers|readers|passengers|players|fans|lists|christians|civilians)$/;
// A poll or survey speaks for those it asked: "a Reuters poll of 40 economists", "the survey".
const POLL_STOP =
  /^(?:the|a|an|of|in|is|are|was|were|latest|series|new|recent|another|one|its|their|by|from|that|which|according|to|and|major|monthly|weekly|annual)$/i;
// A study, report or model speaks as a poll does: "a study revealed", "an IDC report said".
const POLL = /\b(?:polls?|survey|surveys|study|report|analysis|assessment|simulations?)\b/;

// Words that end a noun phrase going back from its head: "by most analysts", "of the economists",
// "whereas economists" (a conjunction that opens the clause is no part of the group).
const NOT_MODIFIER =
  /^(?:by|of|from|at|in|with|among|and|or|but|yet|so|whereas|while|whilst|although|though|because|since|if|when|as|to|for|on|the|a|an|its|their|his|her|our|most|many|some|several|few|all|other|remaining|is|are|was|were|be|been|that|who|which|\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+ly|\d.*)$/u;

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
  // "a government weather forecaster": "government" qualifies a trade named after it.
  const government = GOVERNMENT.exec(s);
  const trade = PEOPLE.exec(s);
  const qualifier = government?.[0] === "government" && trade && trade.index > government.index;
  // "a European source close to the talks", "diplomatic sources": a source keeps its own words.
  const source = government && /^sources?$/.test(government[0]) ? SOURCE.exec(subject.replace(/[“”"]/g, "")) : null;
  if (source) return { name: `${capitaliseFirst(`${source[1] ?? ""}source`.trim())} (unnamed)`, kind: "UNNAMED_GROUP" };
  if (government && !qualifier) return { name: "Government official (unnamed)", kind: "UNNAMED_GROUP" };
  // "people familiar with the matter", "people close to the talks": anonymous sources.
  const sources = /\bpeople\s+(?:familiar|close|briefed|with\s+(?:direct\s+)?knowledge)\b[^,;]*/.exec(s);
  if (sources) return { name: `${capitaliseFirst(sources[0].trim())} (unnamed)`, kind: "UNNAMED_GROUP" };
  const poll = POLL.exec(s);
  if (poll) {
    // "another poll released by Acme Research": the maker's poll.
    // "The IEA's monthly report": the owner's, however it is described.
    const maker =
      /\b(?:by|from)\s+((?:\p{Lu}[\p{L}&.'’-]*\s*)+)/u.exec(subject) ??
      /(?:^|\s)(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)[’']s\s+(?:[\p{Ll}-]+\s+){1,4}(?=\S+$)/u.exec(
        subject.slice(0, subject.toLowerCase().indexOf(poll[0]) + poll[0].length),
      );
    if (maker) return { name: `${maker[1].trim()} ${poll[0]}`, kind: "UNNAMED_GROUP" };
    // The poll with its maker and whom it asked: up to four words before the noun that are no
    // function words ("S&P Global Platts survey of 11 banks", "so-called MRP polls"), cut at a clause or a date.
    const clean = subject.replace(/[“”"]/g, "");
    const at = clean.toLowerCase().indexOf(poll[0], poll.index);
    const lead: string[] = [];
    for (const word of clean.slice(0, at).trim().split(/\s+/).reverse()) {
      if (!word || lead.length === 4 || POLL_STOP.test(word)) break;
      lead.unshift(word);
    }
    const phrase = [...lead, clean.slice(at)]
      .join(" ")
      .split(
        /\s+(?:conducted|released|published|taken|carried|showed|shows|found|finds|said|on|this|last|between|which|that|who|now|still|also|has|have|had|is|are|was|were)\b|[,;(—]/i,
      )[0]
      .split(/\s+/)
      .slice(0, 10)
      .join(" ");
    return { name: capitaliseFirst(phrase), kind: "UNNAMED_GROUP" };
  }
  // "the market estimates …": those who trade in it, as a group; so do the prices of a futures
  // contract ("short sterling futures", "the latest cash rate futures").
  if (/^(?:the\s+)?(?:[\p{Ll}-]+\s+)?markets?$/u.test(s) || /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}futures(?:\s+(?:markets?|pricing|prices|contracts))?$/u.test(s))
    return { name: "Markets (unnamed)", kind: "UNNAMED_GROUP" };
  const head = PEOPLE.exec(s);
  if (head && !NOT_SPEAKERS.test(head[0])) {
    // The noun phrase up to its head and any noun joined to it: "industry leaders and analysts".
    // Only nouns and adjectives before the head belong to it: "expected by most analysts" → "analysts".
    const before = s.slice(0, head.index).trim().split(/\s+/).filter(Boolean);
    const modifiers: string[] = [];
    for (let k = before.length - 1; k >= 0 && modifiers.length < 2; k--) {
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before[k]) || NOT_MODIFIER.test(before[k])) break;
      modifiers.unshift(before[k]);
    }
    const joined = /^\s+and\s+(\p{Ll}+s)\b/u.exec(s.slice(head.index + head[0].length));
    let phrase = [...modifiers, head[0]].join(" ") + (joined ? ` and ${joined[1]}` : "");
    // A singular ("one economist said") speaks for the group it comes from.
    if (!/s$/.test(phrase)) phrase = `${phrase}s`;
    return { name: `${capitaliseFirst(phrase.trim())} (unnamed)`, kind: "UNNAMED_GROUP" };
  }
  if (/\b(?:some|others|many)\b/.test(s)) return { name: "Experts (unnamed)", kind: "UNNAMED_GROUP" };
  return null;
}
