// A list of chances under a heading that introduces them ("The team's probabilities for a major
// hurricane making landfall are:" / "• Entire U.S. coastline – 72 percent" / "• Gulf Coast – 42
// percent"): each item states the chance of the heading's event for its own place or case. The
// items read as page furniture or as sentences with no noun of chance, so the sentence rules miss
// them. Pure.
import { bandForProbability } from "../probability/scale";
import { namedBodies } from "./attribution/named-bodies";
import type { Speaker } from "./attribution/speaker";
import type { Paragraph } from "./split-sentences";

export type ListedChance = {
  start: number;
  end: number;
  forecaster: Speaker;
  phrase: string;
  probability: number;
  band: ReturnType<typeof bandForProbability>["key"];
};

// "• Entire U.S. coastline – 72 percent (average …)": an item, a dash or colon, its chance.
const ITEM = /^(?:[•*·▪-]\s*)?([^–—:]{2,80}?)\s+[–—:-]\s+(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)/i;
// The heading names a chance and ends with a colon.
const HEADING = /\b(?:probabilit(?:y|ies)|chances?|odds|likelihood)\b.*:$/i;
// "How respondents rated their chances:": shares of those asked, not chances.
const SHARES = /\b(?:respondents|voters|people|households|share|shares|proportion|percentage|rated|said)\b/i;

/** The listed chances of an article, with the body the heading names as their speaker (else the outlet). */
export function listedChances(options: { paragraphs: readonly Paragraph[]; outlet: Speaker }): ListedChance[] {
  const { paragraphs, outlet } = options;
  const found: ListedChance[] = [];
  // The speaker of the list open now, named once by its heading; null when no list is open.
  let speaker: Speaker | null = null;
  for (const line of paragraphs) {
    const item = ITEM.exec(line.text);
    if (!item) {
      // An empty line between items keeps the list open; any other line closes it.
      if (HEADING.test(line.text) && !SHARES.test(line.text)) speaker = namedBodies(line.text)[0] ?? outlet;
      else if (line.text.trim() !== "") speaker = null;
      continue;
    }
    if (!speaker) continue;
    const percent = Number(item[2]);
    if (percent > 100) continue;
    const probability = Math.round(percent * 1e4) / 1e6; // a percentage, to six decimals
    const end = line.start + item[0].length;
    found.push({
      start: line.start,
      end,
      forecaster: speaker,
      phrase: item[0].slice(item[0].indexOf(item[2])),
      probability,
      band: bandForProbability(probability).key,
    });
  }
  return found;
}
