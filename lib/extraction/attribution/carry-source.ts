// Whose is a forecast the writer states without a source? Labelled articles read blind (the
// held-out splits) credit most of them to the source the article is reporting, not to the outlet:
// "IDC expects shipments to fall. Global shipments are forecast to reach 1.2 billion units." is
// IDC's twice. The outlet keeps its own analysis ("The talks are likely to run late.") unless the
// source heard last is a forecasting body, or the sentence gives the figures such a body publishes.
// Pure; measured in ADR 0008 (round nine).
import type { Speaker } from "./speaker";

type Credited = { quote: string; forecaster: Speaker; start?: number; end?: number };

/** Polls, surveys, models, forecasters and the trades whose work is to forecast, by their name. */
const FORECASTING_BODY =
  /\b(?:surveys?|polls?|polled|pollsters?|forecast(?:s|ers?)?|models?|projections?|economists?|analysts?|strategists?|bookmakers?|bookies|oddsmakers?|punters|markets?|traders?|investors?|meteorolog\w*|scientists?|researchers?|modell?ers?)\b/i;

/** A figure such a body publishes: a percentage, an amount in millions, basis points, a decimal. */
const PUBLISHED_FIGURE = /\d(?:[\d.,]*\d)?\s?(?:%|percent\b|per\s?cent\b|pct\b|billion\b|million\b|trillion\b|basis\s+points\b|bps\b)|\b\d+\.\d+\b/i;

/**
 * "Moreover, demand is likely to improve": a sentence that adds to the argument right before it
 * goes on in its source's voice; not the writer's own ("Moreover, we think …").
 */
const CONTINUATION = /^(?:moreover|furthermore|in\s+addition|additionally|what['’]s\s+more)\b(?![^.;]*\b(?:we|i|our|my)\b)/i;
// How far (in characters) "right before" reaches: the sentence or two before.
const CONTINUATION_REACH = 400;

/**
 * Credits each outlet-voiced forecast to the source heard last before it, where that source is a
 * forecasting body, or the forecast states a published figure and the source is no single person
 * (a figure in the writer's sentence after a quotation is as often the writer's own). It carries
 * across paragraphs: in the blind-labelled articles a report's source runs on through them (kept
 * to the paragraph, the retired split's speakers fell from 80.6% to 73.5%). `candidates` in text
 * order; a new array, the forecasts themselves unchanged.
 */
export function carrySource<T extends Credited>(options: { candidates: readonly T[] }): T[] {
  let last: Speaker | null = null;
  let lastEnd = Number.NEGATIVE_INFINITY;
  return options.candidates.map((candidate) => {
    const { forecaster } = candidate;
    if (forecaster.kind !== "OUTLET") {
      last = forecaster;
      lastEnd = candidate.end ?? Number.NEGATIVE_INFINITY;
      return candidate;
    }
    const near = candidate.start === undefined || candidate.start - lastEnd <= CONTINUATION_REACH;
    const source: Speaker | null = last;
    const carries =
      source !== null &&
      (FORECASTING_BODY.test(source.name) ||
        (near && CONTINUATION.test(candidate.quote)) ||
        (source.kind !== "PERSON" && PUBLISHED_FIGURE.test(candidate.quote)));
    if (!carries) last = null; // the writer spoke in its own voice: what follows is not carried on
    return carries ? { ...candidate, forecaster: source } : candidate;
  });
}
