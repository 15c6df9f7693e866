// Betting pieces: where a bare "who is 12-1" is a bookmaker's price, and whose price it is. Pure.
import { withoutOpeningConjunction } from "./attribution/contrast";
import type { Speaker } from "./attribution/speaker";

// Words that make a piece one about betting.
const BETTING_PIECE = /\b(?:bookies|bookmakers?|betting|punters?|oddsmakers?|sportsbooks?|backed\s+at|favou?rites?\s+to\s+(?:win|secure|lift|take|claim))\b/i;
// A fractional price ("11-4", "5/1", "10s" for 10-1), an American one ("+250", "-150") or a
// decimal one ("2.8", "$5.00" read as "5.00").
const PRICE = /^(?:\d{1,3}[-–/]\d{1,3}\b|[1-9]\d{0,2}s\b|[+\-−]\d{3,5}\b|\d{1,3}\.\d{1,2}$)/;
// "11-4 with BetVictor", "5/1 at Coral", "+400 to win the title with Bet365", "the 8/1 favourite
// for the Derby with totesport" (a brand in lower case only where the sentence ends; not "at
// Wimbledon" after the outcome: a place).
const PRICED_WITH =
  /(?:\d{1,3}[-–/]\d{1,3}|[+\-−]\d{3,5})(?:\s+(?:with|at)|\s+(?:to|favou?rites?\s+(?:for|to))\s+\p{Ll}+(?:\s+[\p{L}’'-]+){0,5}?\s+with)\s+(\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,2}|\p{Ll}[\p{L}\p{N}]+(?=[.!]?$))/u;

/** True for an article about betting. */
export function isBettingPiece(text: string): boolean {
  return BETTING_PIECE.test(text);
}

/** True for a stated chance read from a price ("11-4", "5/1", "+250"). */
export function isPrice(phrase: string): boolean {
  return PRICE.test(phrase);
}

/** "who is 11-4 with BetVictor": the bookmaker named with a price (its name may hold digits: "Bet365"), or null. */
function pricedWith(text: string): Speaker | null {
  const m = PRICED_WITH.exec(text);
  return m ? { name: m[1], kind: "ORGANISATION" } : null;
}

// "Argentina was originally the second favourite at 5-1", "Before the tournament began, Messi
// (7-1) was the favourite": a price that has since changed is no forecast now.
const SUPERSEDED = /\b(?:originally|initially|previously|at\s+the\s+start|before\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:began|started|kicked\s+off))\b/iu;

/** True for a sentence that gives a price as it stood before, not as it stands. */
export function isSupersededPrice(text: string): boolean {
  return SUPERSEDED.test(text) && /\b(?:was|were|had\s+been|opened)\b/i.test(text);
}

// A name that says it takes bets: "Bovada Sportsbook", "BetMGM", "Bet365", "Smith Bookmakers".
const BOOKMAKER_NAME = /sportsbook|racebook|bookmakers?\b|^bet|bet(?:\d+|s)?$/i;
// "At the Bovada Sportsbook the favourite is … at +200", "With BetMGM, she is +400": the bookmaker
// named where the sentence begins (not "At Wimbledon": a place).
const AT_BOOKMAKER = /^(?:[Aa]t|[Ww]ith|[Oo]ver\s+at)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,2})/u;
// "William Hill, who have set the odds of 11/2 for snow, said …": the bookmaker in apposition to
// the relative clause that sets the price.
const SETTER_WHO =
  /(\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,2}),\s+(?:who|which)\s+(?:have\s+|has\s+|had\s+)?(?:set|made|priced|offered|quoted|cut|slashed|lengthened|shortened|installed|put|opened)\b[^.;]*?(?:\d{1,3}[-–/]\d{1,3}\b|[+\-−]\d{3,5}\b)/u;
// "official betting partner totesport make The Midnight Club a 9/4 shot", "bookmaker Paddy Power
// offers 5/1": the bookmaker named after its trade, as the subject of a verb that gives a price.
const TRADE_THEN_BOOKMAKER =
  /\b(?:[Bb]etting\s+partner|[Bb]ookmakers?|[Ss]portsbook|[Bb]ookies|[Bb]etting\s+firm)\s+(?!(?:make|makes|made|have|has|had|are|is|were|was|now|also|still|offer|offers|offered|price|prices|priced|quote|quotes|quoted|rate|rates|rated|go|goes|went)\b)(\p{L}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,2})\s+(?:make|makes|made|have|has|had|offer|offers|offered|price|prices|priced|quote|quotes|quoted|rate|rates|rated|go|goes|went)\b/u;

/** The bookmaker a sentence names as its price's owner, by one of the shapes above, or null. */
function namedBookmaker(text: string): Speaker | null {
  const setter = SETTER_WHO.exec(text)?.[1] ?? TRADE_THEN_BOOKMAKER.exec(text)?.[1];
  // "But William Hill, who …": the conjunction that opens the sentence is no part of the name.
  if (setter) return { name: withoutOpeningConjunction(setter), kind: "ORGANISATION" };
  const at = AT_BOOKMAKER.exec(text)?.[1];
  return at && BOOKMAKER_NAME.test(at) ? { name: at, kind: "ORGANISATION" } : null;
}

/**
 * Whose price a betting piece quotes: the bookmaker the sentence names as setting it; else, when
 * the rules found no speaker but the writer, the one named with the price ("11-4 with BetVictor")
 * or the one whose price came last; else the speaker the rules found.
 */
export function priceSpeaker(options: { text: string; said: Speaker; lastBookmaker: Speaker | undefined }): Speaker {
  const { text, said, lastBookmaker } = options;
  const named = namedBookmaker(text);
  if (named) return named;
  return said.kind === "OUTLET" || isRunner(said, text) ? (pricedWith(text) ?? lastBookmaker ?? said) : said;
}

/** "Jo Hale is next in the betting at 4/1": the person the price is on, not one who gives it. */
function isRunner(said: Speaker, text: string): boolean {
  if (said.kind !== "PERSON") return false;
  const surname = said.name.split(" ").at(-1);
  return [...text.matchAll(NAME_THEN_BE)].some((m) => m[1] === surname);
}
// A capitalised word as the subject of "is", "remains", "has been": a runner's name before its price.
const NAME_THEN_BE = /\b(\p{Lu}[\p{L}’'-]*)\s+(?:is|are|was|were|remains|has\s+been)\b/gu;
