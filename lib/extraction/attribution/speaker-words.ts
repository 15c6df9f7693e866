// Word classes that attribution reads: titles, bodies, dates, roles and the clauses before a
// subject. General English news style: no names of one country's people or of any outlet.
import { MONTH_ABBREVIATIONS } from "../split-sentences";

// The people of a body or a trade whose work is to forecast, one of them ("a Nomura economist");
// and a body's officers, who speak for it ("a Met Office spokeswoman", "the head of Datafolk").
// One list each, for every pattern that names a body's people.
const FORECASTER_WORDS = ["economist", "analyst", "strategist", "forecaster", "researcher", "expert", "scientist", "meteorologist"];
const OFFICER_WORDS = [
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chief executive",
  "managing director",
  "chief",
  "head",
  "boss",
  "director",
  "president",
  "chairman",
  "chairwoman",
  "chair",
  "governor",
  "founder",
];
const either = (words: readonly string[]) => `(?:${words.map((w) => w.replace(" ", "\\s+")).join("|")})`;

/** How a name begins: a capital, or a small letter before its capital ("iSuppli", "eBay"). */
export const NAME_INITIAL = String.raw`(?:\p{Lu}|\p{Ll}\p{Lu}(?=\p{Ll}))`;

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
  // "Meteorologist Jane Doe of AccuWeather", "Economist Jo Hale": a trade written as a title.
  ...FORECASTER_WORDS,
  "climatologist",
  "epidemiologist",
  "pollster",
  "ceo",
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
  /\b(times|post|news|agency|institute|ministry|office|council|party|university|center|centre|foundation|service|daily|journal|herald|kremlin|pentagon|parliament|congress|senate|cabinet|court|army|police|company|corporation|association|union|organization|organisation|authority|board|bureau|department|media|tv|radio|newspaper|magazine|review|government|bank|fund|commission|committee|group|reuters|press|network|broadcasting|forum|strategy|research|insights?|analytics|capital|partners|securities|consulting|consultancy|economics|holdings|inc|ltd|llc|plc|corp|banco|banque|banca|instituto|institut|club|fc|city|united|pharmaceuticals?|pharma|therapeutics|motors|airlines?|airways|industries|technologies|systems|laboratories|labs|tour|instruments|materials|semiconductors?|electronics|energy|foods|brands|networks|resources|mining|metals|petroleum|oil|gas|steel|chemicals?|software|devices|dynamics|logistics|telecom|communications|entertainment|studios|ventures|investments|advisors|advisers|asset\s+management|solutions|macroeconomics|advisory|intelligence|risks?|weather|forecasting|machine|statistics|monitor|watch|ratings|chartered|exchange|trust|financial|finance)\b/i;
// Lowercase words inside a body's name ("Bank of England", "Institute for Fiscal Studies").
export const CONNECTORS = new Set(["of", "for", "the", "and", "on", "&"]); // "Ernst & Young", "Procter & Gamble"
// Lowercase particles inside a person's name ("Ursula von der Leyen", "Lula da Silva"): they join
// a run of capitalised words as connectors do, but make no body of it.
export const NAME_PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "di",
  "du",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "ter",
  "al",
  "el",
  "bin",
  "ibn",
  "le",
  "la",
]);
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
  /^the\s+(?:[\p{Ll}’'-]+\s+){0,2}(?:expert|official|minister|professor|ambassador|analyst|economist|strategist|diplomat|envoy|scholar|researcher|scientist|spokes(?:man|woman|person)|adviser|advisor|general|senator|lawmaker|president|chancellor|governor|mayor|chief|director|executive|pollster|author|commentator|historian|forecaster|meteorologist|specialist|consultant|manager|coach|former\s+\w+|\p{Ll}+(?:ist|ian))$/u;
// A clause of time, place or occasion before the subject: "At a briefing on Tuesday,", "In an interview,".
export const LEADING_CLAUSE =
  /^(?:at|in|on|during|after|before|speaking|asked|following|with|since|while|when|as|later|earlier|last|this|addressing|writing|based|judging|given|despite|amid|unlike|compared)\b/i;
export const LEADING_FILLER =
  /^(?:but|and|so|yet|also|however|meanwhile|moreover|furthermore|hence|thus|still|instead|then|now|in particular|in addition|in the meantime|on the other hand)\b[\s,]*/i;
// "On Monday Fenwick said …": a time with no comma before a name (case matters: a name follows).
export const LEADING_TIME =
  /^(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)\s+(?=\p{Lu})/u;

/**
 * A count or a share of respondents as a subject: "Seventeen predicted …", "Some 23% said …",
 * "26% of respondents say …", "Eight of them expect …". It speaks for the poll's group, not as a name.
 */
export const COUNT_SUBJECT =
  /^(?:(?:some|only|just|another|about|around|roughly|nearly|almost|over|under)\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:third|quarter|fifth)|half)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:of|in)\s+(?:the\s+)?(?:\d+|them|those|respondents|participants|economists|analysts|forecasters|strategists|experts|traders|investors|fund\s+managers|those\s+(?:polled|surveyed|asked)))?$/i;

/**
 * A document as a subject with no maker named: "Forecasts suggest …", "The latest projections
 * show …", "The latest climate outlook for the region shows …".
 */
export const DOCUMENT_SUBJECT =
  /^(?:the\s+)?(?:(?:latest|new|recent|official|early|current|its|their|seasonal|climate|weather|economic|quarterly|monthly|annual)\s+){0,2}(?:forecasts?|projections?|estimates?|models?|data|figures|calculations?|outlooks?|predictions?)(?:\s+for\s+(?:the\s+)?[^,;]{1,40})?$/i;

/** Documents that look ahead: "the agency's projections show …", "its latest forecasts point to …". */
export const FORECAST_DOCUMENT = "(?:forecasts?|projections?|outlook|scenarios?)";

/** "economist", "analysts": one of the body's forecasters, or several. */
export const FORECASTER = either(FORECASTER_WORDS.map((w) => `${w}s?`));
/** "economists", "Analysts": several, as the subject may write them at the sentence's start. */
export const FORECASTERS = either(FORECASTER_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}s`));
/** "spokeswoman", "chief executive", "head": one of the body's officers. */
export const OFFICER = either(OFFICER_WORDS);
