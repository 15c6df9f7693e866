// Reads a probability stated as a number ("a 70 percent chance", "puts the odds at seventy per
// cent", "one in three", "3-to-1 odds against", "20 to 30 percent", "a coin flip"). A stated
// number is the best evidence a text gives: it wins over any estimative word around it. The
// number is the probability of the event as the text states it (the side is the text's: "a 30
// percent chance it fails" is 0.3 for "it fails"). A percentage counts only where it speaks of a
// chance (a noun of probability beside it), so "inflation of 3 percent" is no forecast. Pure.

export type StatedProbability = {
  probability: number;
  /** The range stated ("20 to 30 percent" → 0.2–0.3), or the number itself twice. */
  low: number;
  high: number;
  /** Where the words stand in the text: text.slice(start, end) === words. */
  start: number;
  end: number;
  words: string;
};

const SMALL = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const WORD_NUMBER = `(?:(?:${TENS.join("|")})(?:[-\\s](?:${SMALL.slice(1, 10).join("|")}))?|(?:a|one)\\s+(?:hundred|thousand|million)|${SMALL.join("|")})`;
const NUMBER = `\\b(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${WORD_NUMBER})`;
// "20 percent", "20%", "a 20-percent chance", "a 30-per-cent chance".
const PERCENT = `(?:\\s|-)?(?:%|percent\\b|per[\\s-]?cent\\b|pct\\b|pc\\b)`;
const NOUN = `(?:chances?|probability|likelihood|odds|risk|possibility)`;
const BELOW = `(?:less\\s+than|under|below|fewer\\s+than|at\\s+most|no\\s+more\\s+than|up\\s+to|no\\s+(?:better|higher|greater)\\s+than|not\\s+(?:more|higher|better)\\s+than)`;
const ABOVE = `(?:more\\s+than|greater\\s+than|higher\\s+than|over|above|at\\s+least|better\\s+than|no\\s+less\\s+than|upwards\\s+of)`;
// "just under 50 percent" states no exact number: it reads as about that number, in its band.
const ABOUT = `(?:(?:just|slightly|a\\s+little)\\s+(?:under|below|over|above|shy\\s+of)|a\\s+median(?:\\s+of)?|an\\s+average(?:\\s+of)?|about|around|roughly|nearly|almost|some|approximately|just|only|barely|as\\s+(?:high|low|much|little)\\s+as)`;
const QUALIFIER = `(?:(${BELOW})|(${ABOVE})|${ABOUT})\\s+`;

// "20 to 30 percent", "between 20% and 30%", "20-30 per cent", "70 percent".
// The lookahead keeps "seventy-five" one number rather than a range from seventy to five.
const PERCENTAGE = `(?:between\\s+)?(?:(${NUMBER})(?![-\\s](?:${SMALL.slice(1, 10).join("|")})\\b)(?:${PERCENT})?\\s*(?:to|and|-|–|—)\\s*)?(${NUMBER})${PERCENT}`;
// A percentage with its noun after it ("a 70 percent chance", "70% likely", "90 percent sure").
// "risk premium", "risk assets": a noun of chance that names something else.
const NOT_CHANCE = `(?![-\\s](?:premiums?|premia|weights?|weighting|assets|appetite|free|management|ratio)\\b)`;
// "a 6 per cent average probability": a survey's chance pooled over its respondents.
const POOLED = `(?:average|median|mean|implied|combined|overall|cumulative)`;
const PERCENT_THEN_NOUN = new RegExp(
  `(?:${QUALIFIER}(?:an?\\s+)?)?${PERCENTAGE}(?:\\s+|-)[“"‘']?(?:(?:${POOLED}\\s+)?${NOUN}\\b${NOT_CHANCE}|likely\\b|certain\\b|sure\\b|confident\\b|probable\\b)`,
  "gi",
);
// The noun first ("puts the odds at 70 percent", "the probability of a default is 20%", "the risk
// of a recession is 35%"; not "at risk of poverty", not "the risk of a hike to 5.5%").
// Only the nouns that name a probability lead a number ("the risk premium rose to 3 percent" is a
// price), and not a number of something ("a chance of 3 percent growth").
const NOUN_THEN_PERCENT = new RegExp(
  `\\b(?:chances?|probabilit(?:y|ies)|likelihood|odds|(?<!\\bat\\s)risks?(?=\\s+(?:of\\b|at\\s+(?:${ABOUT}\\s+)?\\d)))\\b${NOT_CHANCE}(?:[^.;!?%]|\\.(?=[\\p{L})]|\\s\\p{Ll}))${"{0,140}"}?(?<!\\b(?:rates?|prices?|inflation|growth|unemployment|yields?|levels?|targets?|tax(?:es)?|tariffs?|shares?|margins?)\\s)(?:\\b(?:at|is|are|was|were|be|of|around|about|near|as)|(?<!\\b(?:hikes?|cuts?|increases?|rises?)\\s)\\bto|(?<=\\b(?:odds|chances?|probability|likelihood)\\s+(?:rise|rises|rose|have\\s+risen|has\\s+risen|shorten|shortens|shortened)\\s)to)\\s+(?:(?:now|still)\\s+)?(?:${QUALIFIER})?${PERCENTAGE}(?!\\s+(?:growth|inflation|rise|increase|decline|drop|fall|cut|gain|loss|rate|return|yield|unemployment|interest|of\\s+(?:the\\s+)?(?:vote|votes|seats|GDP|market))\\b)`,
  "giu",
);
// "Her chances dropped from 64.8% to 60%", "the odds rose from 20 per cent to 35 per cent": the
// chance moved to its new level; the old one is history.
const CHANCE_MOVED = new RegExp(
  `\\b(?:chances?|odds|probabilit(?:y|ies)|likelihood)\\b[^.;!?%]{0,60}?\\b(?:rose|risen|rises?|fell|fallen|falls?|dropped|drops?|slipped|slips?|slid|slides?|climbed|climbs?|jumped|jumps?|increased|increases?|decreased|decreases?|declined|declines?|edged\\s+(?:up|down|higher|lower)|shortened|lengthened|moved|went|improved|improves?|narrowed|widened)\\s+from\\s+(?:about\\s+|around\\s+)?\\d{1,3}(?:\\.\\d+)?\\s?(?:%|per\\s?cent|percent)\\s+to\\s+(?:${QUALIFIER})?${PERCENTAGE}`,
  "gi",
);
// "puts the probability at 0.3", "a likelihood of 0.25": a probability written as a decimal.
// (A percentage after the decimal, "0.5 percent", is read first by the noun-then-percent pattern.)
// "assigns a 0.3 probability to a recession": the decimal before its noun.
const DECIMAL_THEN_NOUN = /\b(0\.\d+)\s+(?:probability|likelihood)\b(?!\s+ratio)/gi;
const NOUN_THEN_DECIMAL = /\b(?:probability|likelihood)\b[^.;!?%]{0,60}?\b(?:at|is|of)\s+(0\.\d+)\b(?![.,]\d)/gi;
// "a higher probability of rain in June (75%)": the chance in brackets, close after its noun.
const NOUN_THEN_BRACKET = new RegExp(`\\b(?:chances?|probability|likelihood|odds)\\b[^.;!?%(),]{0,50}\\((?:${QUALIFIER})?${PERCENTAGE}\\)`, "gi");
// "a very small chance—currently 1.7%—that …": the chance in a dash aside right after its noun.
const NOUN_THEN_DASH = new RegExp(
  `\\b(?:chances?|probability|likelihood|odds)\\s*[—–]\\s*(?:(?:currently|now|still|just|only)\\s+)?(?:${QUALIFIER})?${PERCENTAGE}`,
  "gi",
);
// "the second most likely team to lift the trophy at 9.7%": the chance of the likeliest, after "at".
// A contestant only: "the Fed will most likely hold rates at 4.5%" is a level, not a chance.
const LIKELIEST_AT = new RegExp(
  `\\b(?:most|least)\\s+likely\\s+(?:teams?|sides?|clubs?|players?|candidates?|drivers?|horses?|nations?|countries|country|parties|party|contenders?|winners?|champions?)\\b[^.;!?%,]{0,80}?\\sat\\s+(?:${QUALIFIER})?${PERCENTAGE}`,
  "gi",
);
// "Prediction markets price a Trump win at 58 cents", "the contract traded at 31¢": a contract that
// pays a dollar if the event happens costs its chance; only where the text names such a market
// ("the sugar contract rose to 21 cents a pound" is a price).
const CENTS = /\b(?:at|to|for|around|about|near)\s+(\d{1,2})\s?(?:cents\b|¢)/gi;
const PREDICTION_MARKET = /\b(?:prediction\s+markets?|polymarket|kalshi|predictit|betting\s+markets?|event\s+contracts?)\b/i;
// "one in three", "a 1-in-5 chance", "three out of four": a fraction, with a noun of chance beside it.
// "a 66-100 chance" is 66 in 100 (a hyphen before a hundred is no range and no price).
const FRACTION = `(?:a\\s+)?(${NUMBER})(?:[-\\s]in[-\\s]|\\s+out\\s+of\\s+|[-–](?=100\\b))(${NUMBER})`;
// "a 2/3 chance": a slashed fraction only before a noun of chance (a slash before "odds" is a price).
const SLASH_THEN_NOUN = new RegExp(`(?:${QUALIFIER})?(?:a\\s+)?(\\d{1,2})\\/(\\d{1,2})(?:\\s+|-)(?:chances?|probability|likelihood|possibility|risk)\\b`, "gi");
// "a two-thirds chance", "a one-in-four … ", "put the chances at three-quarters".
// Each part's whole is its place here plus two: a half of 2, a third of 3 …
const PARTS = ["half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const PART = `(${NUMBER})[-\\s](half|(?:${PARTS.slice(1).join("|")})s?)\\b`;
const PART_THEN_NOUN = new RegExp(`(?:${QUALIFIER})?${PART}(?:\\s+|-)(?:chances?|probability|likelihood|possibility|risk)\\b`, "gi");
const NOUN_THEN_PART = new RegExp(
  `\\b(?:chances?|probability|likelihood)\\b[^.;!?]{0,140}?\\b(?:at|is|are|was|were|be|of|to|around|about)\\s+(?:${QUALIFIER})?${PART}`,
  "gi",
);
// "a 60-40 chance", "a 70/30 call": a split of a hundred, the event's share first.
const SPLIT = /\b(\d{1,2})[-–/:](\d{1,2})\s+(?:chances?|odds|proposition|call|bet|likelihood|probability)\b/gi;
const FRACTION_THEN_NOUN = new RegExp(`(?:${QUALIFIER})?${FRACTION}(?:\\s+|-)(?:${NOUN}|shot)\\b`, "gi");
// As far from the noun as a percentage may stand ("The chances of an asteroid hitting the Earth
// when it comes back in 20 years is estimated to be one in 63,000").
const NOUN_THEN_FRACTION = new RegExp(`\\b${NOUN}\\b[^.;!?]{0,140}?\\b(?:at|is|are|was|were|be|of|to|around|about)\\s+(?:${QUALIFIER})?${FRACTION}\\b`, "gi");
// The side of a price: "3-1 on" is odds-on, but "3-1 odds on a draw" names what the price is for.
const SIDE = `(?:\\s+(against|on(?!\\s+(?!to\\s)[a-z\\d])|in\\s+favou?r))?`;
// "3-to-1 odds (against)", "odds of 2 to 1 in favour", "a 10-1 shot", "a 9/4 shot".
const ODDS_FIRST = new RegExp(`(${NUMBER})[-\\s]?(?:to|-|:|/)[-\\s]?(${NUMBER})\\s+(?:odds|shot)${SIDE}`, "gi");
// "The odds of a cut are 3-to-1 against", "odds on a draw stand at 4 to 1": the event between.
const ODDS_OF_EVENT = new RegExp(
  `\\bodds\\s+(?:of|on)\\s+[^.;!?\\d]{1,60}?\\s(?:are|is|were|was|stand\\s+at|at)\\s+(?:(?:now\\s+)?${ABOUT}\\s+)?(${NUMBER})[-\\s]?(?:to|-|:)[-\\s]?(${NUMBER})${SIDE}`,
  "gi",
);
const ODDS_AFTER = new RegExp(`\\bodds\\s+(?:of\\s+|at\\s+|are\\s+)?(${NUMBER})[-\\s]?(?:to|-|:)[-\\s]?(${NUMBER})${SIDE}`, "gi");
// A bookmaker's price written with a hyphen, beside a word that makes it one: "a 6-1 outsider",
// "the 5-2 favourite", "a 20-1 long shot". Against first, as every such price is.
const ODDS_NOUN = new RegExp(
  `(${NUMBER})[-–/](${NUMBER})\\s+(?:joint[-\\s])?(?:outsiders?|favou?rites?|underdogs?|long[-\\s]?shots?|second[-\\s]favou?rites?)\\b`,
  "gi",
);
// "Sweden are 6-1 to win the cup", "priced at 9-2 to lift the trophy": a price on an outcome, only
// where the text speaks of betting (a score, "won 2-1 to reach the final", is no price); a
// fractional price with a slash on a win ("the champions are 5/2 to win") needs no such word.
// "5/2 on to win" is odds-on: the first number is the side of the win.
const ODDS_TO = new RegExp(
  `(?<=\\b(?:is|are|was|were|at|now|currently|remains?|(?:priced|quoted|available|backed)\\s+at)\\s)(${NUMBER})[-–/](${NUMBER})(?=\\s+(?:(on)\\s+)?(?:to|for)\\s+(?:win|lift|take|claim|finish|top|become|be|go|secure|reach|avoid|make|lead|land|retain|defend|keep)\\b)`,
  "gi",
);
// A bookmaker's fractional price, "lengthened odds … to 20/1": against first, so one win in 21.
// Only beside words of betting, so that a date or a ratio ("24/7", "9/11") is no price.
// "you can get 11/1 about him", "is at a potentially tempting 28/1": the price after what gets it.
// The lookahead first: the look back is tried only where a price stands, not at every character.
const PRICE =
  /(?=\d{1,4}\/\d)(?<=(?:\b(?:to|at|from|of|is|are|now|get|got|offer\w*|quot\w*|at\s+an?(?:\s+[\p{Ll}-]+){1,2})|\p{Lu}[\p{L}’'-]*,?|\()\s?)\b(\d{1,4})\/(\d{1,3})\b(?![/\d])/gu;
// A slashed price with no word of betting near it counts only on a win ("are 5/2 to win"), not a
// date before a deadline ("the closing date is 31/3 to claim").
const TO_WIN = /^\s+(?:(?:on\s+)?to\s+win\b|on(?:\s[\p{L}’'-]+){1,3}\swinning\b)/iu; // "5/2 to win", "1/4 on Djokovic winning"
const BETTING = /\b(?:odds|bookies|bookmakers?|betting|punters?|priced)\b/i;
// A hyphenated price needs words of betting too, or of a field of runners.
const BETTING_FIELD = /\b(?:odds|bookies|bookmakers?|betting|punters?|priced|bets?|favou?rites?|outsiders?|underdogs?)\b/i;
// American odds (the moneyline): "+250" pays 250 on 100 staked, one win in 3.5; "-150" stakes 150
// to win 100, three wins in five. After a word that gives a price, in brackets, or before a word
// that names one; a signed number elsewhere is as often a change ("+250 points").
// The moneyline has no prices between -100 and +100: three digits or more, the first not 0.
const MONEYLINE =
  /(?<=\b(?:at|is|are|was|were|now|of)\s|\(|(?<![\w.])(?=[+\-−]\d+\s(?:favou?rite|underdog|outsider|(?:long\s?)?shots?(?![\w-])|odds|to\swin)))([+\-−])([1-9]\d{2,4})\b(?![.,]\d|\s?%|\s(?:points?|pts|bps|basis|yards?|per\s?cent)\b)/giu;
function moneyline(m: RegExpMatchArray): Reading {
  const stake = Number(m[2]);
  return bounded(round(m[1] === "+" ? 100 / (stake + 100) : stake / (stake + 100)), false, false);
}
// "can be backed at 10s", "cut to 8s": n to 1 in the bookmakers' short form, only in a piece about
// betting ("in the 1990s", "at 30s temperatures" elsewhere).
const SHORT_PRICE = /(?<=\b(?:at|from|to|into|is|are|now)\s)([1-9]\d{0,2})s\b(?![’'-])/g;
// Decimal odds, the stake returned with the win: "placed the odds at 2.8" (one win in 2.8), and in
// a piece about betting the Australian "$" price, "Labor into $5.00", "out to $1.17" (not "$69.92
// per barrel").
const DECIMAL_ODDS = /(?=\d{1,3}\.\d)(?<=\bodds\s+(?:of|at)\s+)(\d{1,3}\.\d{1,2})\b(?![.,]?\d|\s?%|\s?(?:per|percent|pc)\b)/gi;
const DOLLAR_PRICE = /(?<=\b(?:into|to|at|from|is|are|now)\s+\$)(\d{1,3}\.\d{2})\b(?![.,]?\d|\s*(?:per|a|an|each)\s)/gi;
const decimalOdds = (m: RegExpMatchArray): Reading => (Number(m[1]) > 1 ? bounded(round(1 / Number(m[1])), false, false) : null);
// "at evens", "the evens favourite": the bookmaker's even money; not "it evens out".
const EVEN =
  /\b(?:a\s+)?(?:coin[-\s](?:flip|toss)|even\s+(?:odds|chance|money)|fifty[-\s]fifty|50[-/]50|toss[-\s]up|(?<=\b(?:at|are|is|was|were|now|offer\w*|quot\w*|go\w*)\s)evens(?!\s+(?:out|up)\b)|evens(?=\s(?:favou?rites?|shot|to\s+win)\b))\b/gi;

/** "seventy-five" → 75, "12.5" → 12.5, "a hundred" → 100; NaN when it is no number. */
export function numberValue(text: string): number {
  const t = text.toLowerCase().replace(/,/g, "").trim();
  if (/^\d/.test(t)) return Number(t);
  const hundreds = /^(?:a|one)\s+(hundred|thousand|million)$/.exec(t);
  if (hundreds) return { hundred: 100, thousand: 1000, million: 1e6 }[hundreds[1] as "hundred"];
  const [tens, unit] = t.split(/[-\s]/);
  const small = SMALL.indexOf(tens);
  if (small >= 0 && unit === undefined) return small;
  const ten = TENS.indexOf(tens);
  if (ten < 0) return Number.NaN;
  return (ten + 2) * 10 + (unit === undefined ? 0 : SMALL.indexOf(unit));
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

type Reading = Omit<StatedProbability, "start" | "end" | "words"> | null;

// The patterns read no sign, so a number is never below 0: the checks here are for more than
// 100 percent, a range that runs backwards, and NaN (0 in 0, 0-to-0 odds), which fails them all.
function bounded(point: number, below: boolean, above: boolean, rangeFrom?: number): Reading {
  if (!(point <= 1)) return null;
  if (rangeFrom !== undefined) {
    if (!(rangeFrom <= point)) return null;
    return { probability: round((rangeFrom + point) / 2), low: rangeFrom, high: point };
  }
  return { probability: point, low: below ? 0 : point, high: above ? 1 : point };
}

function percentage(m: RegExpMatchArray): Reading {
  const [, below, above, from, to] = m;
  const rangeFrom = from === undefined ? undefined : numberValue(from) / 100;
  return bounded(round(numberValue(to) / 100), !!below, !!above, rangeFrom);
}

function fraction(m: RegExpMatchArray): Reading {
  const [, below, above, part, whole] = m;
  // "one in zero" is Infinity and "0 in 0" NaN: bounded() turns both away.
  return bounded(round(numberValue(part) / numberValue(whole)), !!below, !!above);
}

// "a 66-100 chance" is 66 in 100, but where the text speaks of betting "1-100" is a price (odds-on).
const hundredth = (m: RegExpMatchArray, text: string, betting: boolean): Reading =>
  /\d[-–]100\b/.test(m[0]) && (betting || BETTING_FIELD.test(text)) ? null : fraction(m);

function part(m: RegExpMatchArray): Reading {
  const [, below, above, count, name] = m;
  const whole = PARTS.indexOf(name.toLowerCase().replace(/s$/, "")) + 2;
  return bounded(round(numberValue(count) / whole), !!below, !!above);
}

// "a 60-40 chance" divides a hundred (odds() reads it so); "3-1 odds" is a price, read further on.
const split = (m: RegExpMatchArray): Reading => (Number(m[1]) + Number(m[2]) === 100 ? odds(m) : null);

function odds(m: RegExpMatchArray): Reading {
  const [, first, second, side] = m;
  const a = numberValue(first);
  const b = numberValue(second);
  // "The odds of a win were 60-40": a split of a hundred, the event's share first (no price is
  // written so).
  if (a + b === 100 && !side) return bounded(a / 100, false, false);
  // "3-to-1" alone is the bookmaker's "against": one win in four.
  const p = side && /^(on|in)/i.test(side) ? a / (a + b) : b / (a + b);
  return bounded(round(p), false, false);
}

// "who is 11-4 with BetVictor", "Raonic is 12-1.", "Argentina at 8-1,", "France (6-1)": a bare
// hyphenated price after "is" or "at" or in brackets, read only where the caller knows the text
// is about betting: elsewhere "is 12-1" is as often a score.
const IS_PRICE = /(?<=\b(?:is|are|now|at)\s|\()(\d{1,3})[-–](\d{1,3})(?=\s+with\s+\p{Lu}|\s*[,.;)]|\s*$)/gu;

// A record, a score or a vote is no price: "the Celtics are 30-9", "the final score is 28-10".
const SCORE_WORDS = /\b(?:record|score|scores|scored|vote|votes|tally|count|aggregate|series|standings|lead|led|won|beat|beaten|lost)\b/i;
/** A bare "a-b" that reads as a bookmaker's price: a few to one ("12-1", "13-2", "8-11"), not a tally of wins or votes. */
function pricelike(m: RegExpMatchArray, text: string): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const clause = text.slice(0, m.index).split(/[,;:]/).pop() ?? "";
  return b <= 20 && !(a > 20 && b > 5) && !SCORE_WORDS.test(clause);
}

const READERS: ReadonlyArray<[RegExp, (m: RegExpMatchArray, text: string, betting: boolean) => Reading]> = [
  [PERCENT_THEN_NOUN, percentage],
  [NOUN_THEN_PERCENT, percentage],
  [CHANCE_MOVED, percentage],
  [FRACTION_THEN_NOUN, hundredth],
  [NOUN_THEN_FRACTION, hundredth],
  [SLASH_THEN_NOUN, fraction],
  [PART_THEN_NOUN, part],
  [NOUN_THEN_PART, part],
  [SPLIT, split],
  [ODDS_FIRST, odds],
  [ODDS_AFTER, odds],
  [ODDS_NOUN, odds],
  [ODDS_OF_EVENT, odds],
  [
    ODDS_TO,
    (m, text, betting) => (betting || BETTING_FIELD.test(text) || (m[0].includes("/") && TO_WIN.test(text.slice(m.index! + m[0].length))) ? odds(m) : null),
  ],
  [IS_PRICE, (m, text, betting) => (betting && pricelike(m, text) ? odds(m) : null)],
  [NOUN_THEN_BRACKET, percentage],
  [NOUN_THEN_DASH, percentage],
  [LIKELIEST_AT, percentage],
  [CENTS, (m, text) => (PREDICTION_MARKET.test(text) ? bounded(Number(m[1]) / 100, false, false) : null)],
  [NOUN_THEN_DECIMAL, (m) => bounded(Number(m[1]), false, false)],
  [DECIMAL_THEN_NOUN, (m) => bounded(Number(m[1]), false, false)],
  [EVEN, () => ({ probability: 0.5, low: 0.5, high: 0.5 })],
  [PRICE, (m, text, betting) => (betting || BETTING.test(text) || TO_WIN.test(text.slice(m.index! + m[0].length)) ? odds(m) : null)],
  [MONEYLINE, (m, text, betting) => (betting || BETTING_FIELD.test(text) || TO_WIN.test(text.slice(m.index! + m[0].length)) ? moneyline(m) : null)],
  [SHORT_PRICE, (m, _text, betting) => (betting ? bounded(round(1 / (Number(m[1]) + 1)), false, false) : null)],
  [DECIMAL_ODDS, decimalOdds],
  [DOLLAR_PRICE, (m, _text, betting) => (betting ? decimalOdds(m) : null)],
];

/**
 * The first probability stated as a number in `text`, or null when none is. `betting`: the text
 * comes from a piece about betting, where a bare "is 12-1" is a price.
 */
export function readStatedProbability(options: { text: string; betting?: boolean }): StatedProbability | null {
  const { text, betting = false } = options;
  // Every reading needs one of these words; one test spares most sentences every pattern below.
  // A "$" figure counts only in a piece about betting (DOLLAR_PRICE).
  // Stryker disable ConditionalExpression,Regex,LogicalOperator: a shortcut for speed, equivalent when skipped or widened
  if (
    !/%|percent|per\scent|pct|odds|shot|chance|probab|likelihood|risk|possibility|coin|even|fifty|50|toss|\d[/–-]\d|[+\-−]\d{3}|\ds\b|cents|¢/i.test(text) &&
    !(betting && /\$\d/.test(text))
  )
    return null;
  // Stryker restore ConditionalExpression,Regex,LogicalOperator
  let best: StatedProbability | null = null;
  for (const [pattern, read] of READERS) {
    for (const m of text.matchAll(pattern)) {
      if (best && m.index! >= best.start) break;
      const reading = read(m, text, betting);
      if (!reading) continue;
      best = { ...reading, start: m.index!, end: m.index! + m[0].length, words: m[0] };
      break;
    }
  }
  return best;
}
