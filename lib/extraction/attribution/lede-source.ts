// Whose is a lede that reports a forecast without naming its source? Wire copy opens with the
// finding ("The Conservatives are projected to gain ten seats", "There are 92 per cent chances of
// a normal monsoon") and names who found it a paragraph or two later ("the Skymet said in its
// second forecast"). A lede that signals such a source (a passive of forecasting, a stated chance,
// "according to the latest forecast") is credited to the article's first speaker other than the
// outlet, when that is a body (an organisation, a poll or a model) within its first four
// paragraphs; a person first heard, or none, leaves it alone. One in the writer's own voice
// ("Oregon will win the title") stays the outlet's. Pure.
import { isPrice } from "../betting";
import type { Credited as CarriedCredit } from "./carry-source";
import type { Speaker } from "./speaker";

// carry-source.ts's credited forecast or mention, here with its place in the text.
type Credited = CarriedCredit & { start: number };

// How far the lede reaches (its first two paragraphs), and how far on the source may be named.
const LEDE_PARAGRAPHS = 2;
const SOURCE_PARAGRAPHS = 4;

// A forecast told as someone else's finding, that someone left unnamed.
const SIGNALS_SOURCE =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:projected|forecast|predicted|tipped|warned)\b|\baccording\s+to\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:forecast|projection|outlook|report|study|analysis|model|survey)\b/iu;

// A body whose trade or document is forecasting: an organisation, or a poll, survey or model.
function isForecastingSource(speaker: Speaker): boolean {
  return speaker.kind === "ORGANISATION" || (speaker.kind === "UNNAMED_GROUP" && /\b(?:polls?|surveys?|models?|projections?|forecasts?)\b/i.test(speaker.name));
}

/** `items` in text order; `paragraphStarts` the offsets where the prose paragraphs begin. A new array. */
export function creditLede<T extends Credited>(options: { items: readonly T[]; paragraphStarts: readonly number[] }): T[] {
  const { items, paragraphStarts } = options;
  const paragraphOf = (at: number) => paragraphStarts.filter((start) => start <= at).length - 1;
  const source = items.find((item) => item.forecaster.kind !== "OUTLET");
  if (!source || !isForecastingSource(source.forecaster) || paragraphOf(source.start) >= SOURCE_PARAGRAPHS) return [...items];
  return items.map((item) => {
    if (item.start >= source.start || item.mention || item.forecaster.kind !== "OUTLET" || paragraphOf(item.start) >= LEDE_PARAGRAPHS) return item;
    const stated = item.probabilitySource === "STATED" && !isPrice(item.phrase ?? "");
    return stated || SIGNALS_SOURCE.test(item.quote) ? { ...item, forecaster: source.forecaster } : item;
  });
}
