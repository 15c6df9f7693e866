// A probability as people type it into a form: "60", "60%", "60 per cent", "0.6", "3 in 5".
// Pure: returns the probability and a sentence saying how it was read, or why it could not be.

export type TypedProbability = { kind: "blank" } | { kind: "read"; probability: number; reading: string } | { kind: "problem"; message: string };

export const OUT_OF_RANGE = "must be a percentage between 0 and 100";
export const UNREADABLE = "could not be read: write it as 60, 60%, 60 per cent, 0.6 or 3 in 5";

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const PERCENT = new RegExp(String.raw`^${NUMBER}\s*(%|per\s*cent|percent|pct)$`, "i");
const BARE = new RegExp(String.raw`^${NUMBER}$`);
const ODDS = new RegExp(String.raw`^${NUMBER}\s*(?:in|out\s+of|/)\s*${NUMBER}$`, "i");

/** Rounded to a thousandth of a percentage point, as forms have always stored them. */
const round = (p: number) => Math.round(p * 100_000) / 100_000;

function percentText(p: number): string {
  return `${Number((p * 100).toFixed(3))}%`;
}

function asPercent(percent: number, typed: string, how: string): TypedProbability {
  if (!(percent >= 0 && percent <= 100)) return { kind: "problem", message: OUT_OF_RANGE };
  const probability = round(percent / 100);
  return { kind: "read", probability, reading: `Read “${typed}” ${how} ${percentText(probability)}.` };
}

export function readTypedProbability(raw: string | null | undefined): TypedProbability {
  // "a 60% chance" and "60 % likely" say no more than "60%".
  const typed = (raw ?? "").trim().replace(/\s+/g, " ");
  const text = typed.replace(/^an? /i, "").replace(/ (chance|likely|probability)$/i, "");
  if (text === "") return { kind: "blank" };
  const percent = PERCENT.exec(text);
  if (percent) return asPercent(Number(percent[1]), typed, "as");
  const odds = ODDS.exec(text);
  if (odds) {
    const [part, whole] = [Number(odds[1]), Number(odds[2])];
    if (whole === 0 || part > whole) return { kind: "problem", message: `“${typed}” is not a chance: the first number must be at most the second` };
    return asPercent((part / whole) * 100, typed, "as");
  }
  if (BARE.test(text)) {
    const value = Number(text);
    // "0.6" is a probability; "60", "1" and "0" are percentages (nobody writes 60 as 0.6 %).
    if (text.includes(".") && value <= 1) return asPercent(value * 100, typed, "as a probability of");
    return asPercent(value, typed, "as");
  }
  return { kind: "problem", message: UNREADABLE };
}
