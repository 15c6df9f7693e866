// Number words as a subject says them ("Seventeen said", "twenty-one expect"): listed, not
// guessed from endings ("Fidelity", "City" and "Society" end in -ty and count nobody). Pure.
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/** A regular-expression source for one number word, "seventeen" or "twenty-one" (use with the i flag). */
export const NUMBER_WORD = `(?:(?:${TENS})(?:-(?:${UNITS}))?|${TEENS}|${UNITS})`;
