// Betting pieces: where a bare "who is 12-1" is a bookmaker's price, and whose price it is. Pure.
import type { Speaker } from "./attribution/speaker";

// Words that make a piece one about betting.
const BETTING_PIECE = /\b(?:bookies|bookmakers?|betting|punters?|oddsmakers?|sportsbooks?|backed\s+at|favou?rites?\s+to\s+(?:win|secure|lift|take|claim))\b/i;
// A fractional price ("11-4", "5/1") or an American one ("+250", "-150").
const PRICE = /^(?:\d{1,3}[-–/]\d{1,3}\b|[+\-−]\d{3,5}\b)/;
// "11-4 with BetVictor", "5/1 at Coral", "+400 to win the title with Bet365" (not "at Wimbledon"
// after the outcome: a place).
const PRICED_WITH =
  /(?:\d{1,3}[-–/]\d{1,3}|[+\-−]\d{3,5})(?:\s+(?:with|at)|\s+to\s+\p{Ll}+(?:\s+[\p{L}’'-]+){0,4}?\s+with)\s+(\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,2})/u;

/** True for an article about betting. */
export function isBettingPiece(text: string): boolean {
  return BETTING_PIECE.test(text);
}

/** True for a stated chance read from a price ("11-4", "5/1", "+250"). */
export function isPrice(phrase: string): boolean {
  return PRICE.test(phrase);
}

/** "who is 11-4 with BetVictor": the bookmaker named with a price (its name may hold digits: "Bet365"), or null. */
export function pricedWith(text: string): Speaker | null {
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
