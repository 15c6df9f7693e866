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
const PERCENT = `\\s?(?:%|percent\\b|per\\s?cent\\b|pct\\b)`;
const NOUN = `(?:chances?|probability|likelihood|odds|risk|possibility)`;
const BELOW = `(?:less\\s+than|under|below|fewer\\s+than|at\\s+most|no\\s+more\\s+than|up\\s+to)`;
const ABOVE = `(?:more\\s+than|over|above|at\\s+least|better\\s+than|no\\s+less\\s+than|upwards\\s+of)`;
const ABOUT = `(?:about|around|roughly|nearly|almost|some|approximately|just|only|barely|as\\s+(?:high|low|much|little)\\s+as)`;
const QUALIFIER = `(?:(${BELOW})|(${ABOVE})|${ABOUT})\\s+`;

// "20 to 30 percent", "between 20% and 30%", "20-30 per cent", "70 percent".
// The lookahead keeps "seventy-five" one number rather than a range from seventy to five.
const PERCENTAGE = `(?:between\\s+)?(?:(${NUMBER})(?![-\\s](?:${SMALL.slice(1, 10).join("|")})\\b)(?:${PERCENT})?\\s*(?:to|and|-|–|—)\\s*)?(${NUMBER})${PERCENT}`;
// A percentage with its noun after it ("a 70 percent chance", "70% likely", "90 percent sure").
// "risk premium", "risk assets": a noun of chance that names something else.
const NOT_CHANCE = `(?![-\\s](?:premiums?|premia|weights?|weighting|assets|appetite|free|management|ratio)\\b)`;
const PERCENT_THEN_NOUN = new RegExp(
  `(?:${QUALIFIER})?${PERCENTAGE}(?:\\s+|-)[“"‘']?(?:${NOUN}\\b${NOT_CHANCE}|likely\\b|certain\\b|sure\\b|confident\\b|probable\\b)`,
  "gi",
);
// The noun first ("puts the odds at 70 percent", "the probability of a default is 20%").
// Only the nouns that name a probability lead a number ("the risk premium rose to 3 percent" is a
// price), and not a number of something ("a chance of 3 percent growth").
const NOUN_THEN_PERCENT = new RegExp(
  `\\b(?:chances?|probability|likelihood|odds)\\b${NOT_CHANCE}(?:[^.;!?%]|\\.(?=[\\p{L})]|\\s\\p{Ll}))${"{0,100}"}?(?<!\\b(?:rates?|prices?|inflation|growth|unemployment|yields?|levels?|targets?|tax(?:es)?|tariffs?|shares?|margins?)\\s)\\b(?:at|is|are|was|were|be|of|to|around|about|near)\\s+(?:${QUALIFIER})?${PERCENTAGE}(?!\\s+(?:growth|inflation|rise|increase|decline|drop|fall|cut|gain|loss|rate|return|yield|unemployment|interest|of\\s+(?:the\\s+)?(?:vote|votes|seats|GDP|market))\\b)`,
  "giu",
);
// "one in three", "a 1-in-5 chance": a fraction, with a noun of chance beside it.
const FRACTION = `(?:a\\s+)?(${NUMBER})[-\\s]in[-\\s](${NUMBER})`;
const FRACTION_THEN_NOUN = new RegExp(`(?:${QUALIFIER})?${FRACTION}(?:\\s+|-)${NOUN}\\b`, "gi");
const NOUN_THEN_FRACTION = new RegExp(`\\b${NOUN}\\b[^.;!?]{0,60}?\\b(?:at|is|are|was|were|be|of|to|around|about)\\s+(?:${QUALIFIER})?${FRACTION}\\b`, "gi");
// "3-to-1 odds (against)", "odds of 2 to 1 in favour", "a 10-1 shot".
const ODDS_FIRST = new RegExp(`(${NUMBER})[-\\s]?(?:to|-|:)[-\\s]?(${NUMBER})\\s+(?:odds|shot)(?:\\s+(against|on|in\\s+favou?r))?`, "gi");
const ODDS_AFTER = new RegExp(`\\bodds\\s+(?:of\\s+|at\\s+|are\\s+)?(${NUMBER})[-\\s]?(?:to|-|:)[-\\s]?(${NUMBER})(?:\\s+(against|on|in\\s+favou?r))?`, "gi");
// A bookmaker's price written with a hyphen, beside a word that makes it one: "a 6-1 outsider",
// "the 5-2 favourite", "a 20-1 long shot". Against first, as every such price is.
const ODDS_NOUN = new RegExp(
  `(${NUMBER})[-–/](${NUMBER})\\s+(?:joint[-\\s])?(?:outsiders?|favou?rites?|underdogs?|long[-\\s]?shots?|second[-\\s]favou?rites?)\\b`,
  "gi",
);
// "Sweden are 6-1 to win the cup", "priced at 9-2 to lift the trophy": a price on an outcome, only
// where the text speaks of betting (a score, "won 2-1 to reach the final", is no price).
const ODDS_TO = new RegExp(
  `(?<=\\b(?:is|are|was|were|at|now|currently|remains?|(?:priced|quoted|available|backed)\\s+at)\\s)(${NUMBER})[-–](${NUMBER})(?=\\s+(?:on\\s+)?(?:to|for)\\s+(?:win|lift|take|claim|finish|top|become|be|go|secure|reach|avoid|make|lead|land)\\b)`,
  "gi",
);
// A bookmaker's fractional price, "lengthened odds … to 20/1": against first, so one win in 21.
// Only beside words of betting, so that a date or a ratio ("24/7", "9/11") is no price.
const PRICE = /(?<=(?:\b(?:to|at|from|of)|\p{Lu}[\p{L}’'-]*,?|\()\s?)\b(\d{1,4})\/(\d{1,3})\b(?![/\d])/gu;
const BETTING = /\b(?:odds|bookies|bookmakers?|betting|punters?|priced)\b/i;
// A hyphenated price needs words of betting too, or of a field of runners.
const BETTING_FIELD = /\b(?:odds|bookies|bookmakers?|betting|punters?|priced|bets?|favou?rites?|outsiders?)\b/i;
const EVEN = /\b(?:a\s+)?(?:coin[-\s](?:flip|toss)|even\s+(?:odds|chance|money)|fifty[-\s]fifty|50[-/]50|toss[-\s]up)\b/gi;

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

function odds(m: RegExpMatchArray): Reading {
  const [, first, second, side] = m;
  const a = numberValue(first);
  const b = numberValue(second);
  // "3-to-1" alone is the bookmaker's "against": one win in four.
  const p = side && /^(on|in)/i.test(side) ? a / (a + b) : b / (a + b);
  return bounded(round(p), false, false);
}

const READERS: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => Reading]> = [
  [PERCENT_THEN_NOUN, percentage],
  [NOUN_THEN_PERCENT, percentage],
  [FRACTION_THEN_NOUN, fraction],
  [NOUN_THEN_FRACTION, fraction],
  [ODDS_FIRST, odds],
  [ODDS_AFTER, odds],
  [ODDS_NOUN, odds],
  [ODDS_TO, (m) => (BETTING_FIELD.test(m.input ?? "") ? odds(m) : null)],
  [EVEN, () => ({ probability: 0.5, low: 0.5, high: 0.5 })],
  [PRICE, (m) => (BETTING.test(m.input ?? "") ? odds(m) : null)],
];

/** The first probability stated as a number in `text`, or null when none is. */
export function readStatedProbability(options: { text: string }): StatedProbability | null {
  const { text } = options;
  // Every reading needs one of these words; one test spares most sentences seven patterns.
  if (!/%|percent|per\s?cent|pct|odds|shot|chance|probab|likelihood|risk|possibility|coin|even|fifty|50|toss|\d[/–-]\d/i.test(text)) return null;
  let best: StatedProbability | null = null;
  for (const [pattern, read] of READERS) {
    for (const m of text.matchAll(pattern)) {
      if (best && m.index! >= best.start) break;
      const reading = read(m);
      if (!reading) continue;
      best = { ...reading, start: m.index!, end: m.index! + m[0].length, words: m[0] };
      break;
    }
  }
  return best;
}
