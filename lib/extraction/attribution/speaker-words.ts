// Word classes that attribution reads: titles, bodies, dates, roles and the clauses before a
// subject. General English news style: no names of one country's people or of any outlet.
import { MONTH_ABBREVIATIONS } from "../split-sentences";

// Words that describe a speaker rather than name them.
export const TITLE_WORDS = new Set([
  "president",
  "minister",
  "defense",
  "defence",
  "foreign",
  "prime",
  "vice",
  "deputy",
  "professor",
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "director",
  "ambassador",
  "chairman",
  "chairwoman",
  "secretary",
  "general",
  "gen",
  "senator",
  "representative",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "adviser",
  "advisor",
  "national",
  "security",
  "former",
  "chief",
  "head",
  "leader",
  "commander",
  "premier",
  "russian",
  "korean",
  "south",
  "north",
  "british",
  "american",
  "chinese",
  "japanese",
  "us",
  "u.s.",
  "state",
  "affairs",
  "commission",
  "columnist",
  "analyst",
  "researcher",
  "senior",
  "fellow",
  "lawmaker",
  "governor",
  "mayor",
  "king",
  "queen",
  "emperor",
  "chancellor",
]);
export const ORGANISATION_WORDS =
  /\b(times|post|news|agency|institute|ministry|office|council|party|university|center|centre|foundation|service|daily|journal|herald|kremlin|pentagon|parliament|congress|senate|cabinet|court|army|police|company|corporation|association|union|organization|organisation|authority|board|bureau|department|media|tv|radio|newspaper|magazine|review|government|bank|fund|commission|committee|group|reuters|press|network|broadcasting|forum|strategy|research|insights?|analytics|capital|partners|securities|consulting|consultancy|economics|holdings|inc|ltd|llc|plc|corp)\b/i;
export const CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "van", "von", "al"]);
// Days and months are capitalised but name nobody: "according to a report released on Monday".
export const DATE_NAMES = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  ...MONTH_ABBREVIATIONS,
]);
// Words for a person by role, which point back to the last person named ("the expert said").
export const ROLE =
  /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:expert|official|minister|professor|ambassador|analyst|economist|strategist|diplomat|envoy|scholar|researcher|scientist|spokes(?:man|woman|person)|adviser|advisor|general|senator|lawmaker|president|chancellor|governor|mayor|chief|director|executive|pollster|author|commentator|historian|former\s+\w+|\p{Ll}+(?:ist|ian))$/u;
// A clause of time, place or occasion before the subject: "At a briefing on Tuesday,", "In an interview,".
export const LEADING_CLAUSE =
  /^(?:at|in|on|during|after|before|speaking|asked|following|with|since|while|when|as|later|earlier|last|this|addressing|writing|based|judging|given|despite|amid|unlike|compared)\b/i;
export const LEADING_FILLER =
  /^(?:but|and|so|yet|also|however|meanwhile|moreover|furthermore|hence|thus|still|instead|then|now|in particular|in addition|in the meantime|on the other hand)\b[\s,]*/i;
