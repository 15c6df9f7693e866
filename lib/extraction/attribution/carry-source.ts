// Whose is a forecast the writer states without a source? Labelled articles read blind (the
// held-out splits) credit most of them to the source the article is reporting, not to the outlet:
// "IDC expects shipments to fall. Global shipments are forecast to reach 1.2 billion units." is
// IDC's twice. The outlet keeps its own analysis ("The talks are likely to run late.") unless the
// source heard last is a forecasting body, or the sentence gives the figures such a body publishes.
// Pure; measured in ADR 0008 (round nine).
import { isPrice } from "../betting";
import type { Speaker } from "./speaker";

/**
 * `mention`: a sentence that forecasts nothing, its forecaster the source it names as publishing a
 * report ("The IMF released its outlook.") or the outlet (a gap of other news).
 */
export type Credited = { quote: string; forecaster: Speaker; start?: number; end?: number; mention?: boolean; probabilitySource?: string; phrase?: string };

// Polls, models and markets: a report's source, whose figures go on as a report's do.
const REPORT_WORDS = "surveys?|polls?|polled|forecasts?|models?|modell?ing|projections?|bookmakers?|bookies|oddsmakers?|punters|markets?|traders?";
/** Polls, surveys, models, forecasters and the trades whose work is to forecast, by their name. */
const FORECASTING_BODY = new RegExp(
  `\\b(?:${REPORT_WORDS}|pollsters?|forecasters?|economists?|analysts?|strategists?|investors?|meteorolog\\w*|scientists?|researchers?|modell?ers?)\\b`,
  "i",
);

/** An unnamed group that is a report's source rather than people of a trade ("futures" trade as markets do). */
const REPORT_LIKE = new RegExp(`\\b(?:${REPORT_WORDS}|futures)\\b`, "i");

/** A figure such a body publishes: a percentage, an amount in millions, basis points, a measure (cm, degrees, tonnes, seats), a decimal. */
const PUBLISHED_FIGURE =
  /\d(?:[\d.,]*\d)?\s?(?:%|percent\b|per\s?cent\b|pct\b|billion\b|million\b|trillion\b|basis\s+points\b|bps\b|cm\b|mm\b|inch(?:es)?\b|degrees\b|°|mph\b|tonnes\b|tons\b|barrels\b|seats\b)|\b\d+\.\d+\b/i;

/**
 * "Moreover, demand is likely to improve": a sentence that adds to the argument right before it
 * goes on in its source's voice; not the writer's own ("Moreover, we think …").
 */
const CONTINUATION = /^(?:moreover|furthermore|in\s+addition|additionally|what['’]s\s+more)\b(?![^.;]*\b(?:we|i|our|my)\b)/i;
// "If this new forecast is correct, the cycle could …": the writer reasons from the forecast, in its
// own voice; what follows it is not carried on either.
export const READS_THE_FORECAST =
  /^(?:if|should|assuming)\s+(?:this|that|the|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:forecasts?|predictions?|projections?|models?|outlooks?)\s+(?:is|are|proves?|turns?\s+out)\s+(?:to\s+be\s+)?(?:correct|right|accurate)\b/iu;
// How far (in characters) "right before" reaches: the sentence or two before.
const CONTINUATION_REACH = 400;

/**
 * Credits each outlet-voiced forecast to the source heard last before it, where that source is a
 * forecasting body, or the forecast states a published figure and the source is no single person
 * (a figure in the writer's sentence after a quotation is as often the writer's own). It carries
 * across paragraphs: in the blind-labelled articles a report's source runs on through them (kept
 * to the paragraph, the retired split's speakers fell from 80.6% to 73.5%). `candidates` in text
 * order; a new array, the forecasts themselves unchanged. A mention (a body named as publishing a
 * report, with no forecast of its own) gives its figures to the writer's sentences after it.
 */
export function carrySource<T extends Credited>(options: { candidates: readonly T[]; forecastingBodies?: ReadonlySet<string> }): T[] {
  let last: Speaker | null = null;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let lastWords: ReadonlySet<string> = new Set();
  // The body whose figures the article reports, and what it was heard saying. Past a sentence in
  // the writer's own words its figures go on only on the same subject ("EV sales … Growth will
  // vary across markets. … EVs accounting for 7.5% of vehicle sales"), not to any later figure.
  let body: { speaker: Speaker; words: ReadonlySet<string>; fresh: boolean } | null = null;
  // Bodies this article shows forecasting by trade, whatever their name: one that owns a poll or a
  // model ("YouGov's final poll"), publishes a report, or states a chance. Not a price: the
  // writer's words after a bookmaker's price are the writer's own.
  const forecasters = new Set<string>(options.forecastingBodies);
  const forecasting = (speaker: Speaker) => FORECASTING_BODY.test(speaker.name) || forecasters.has(speaker.name);
  return options.candidates.map((candidate) => {
    const { forecaster } = candidate;
    const isBody = forecaster.kind !== "PERSON" && forecaster.kind !== "OUTLET";
    if (isBody && (candidate.mention || (candidate.probabilitySource === "STATED" && !isPrice(candidate.phrase ?? "")))) forecasters.add(forecaster.name);
    // A mention is whose figures may follow, no more: it does not replace the source heard last.
    if (candidate.mention) {
      if (isBody) body = { speaker: forecaster, words: topicWords(candidate.quote), fresh: true };
      else if (body) body.fresh = false; // a sentence of other news between: only the report's subject goes on
      return candidate;
    }
    if (forecaster.kind !== "OUTLET") {
      last = forecaster;
      lastWords = topicWords(candidate.quote);
      // A person quoted in a report (a poll's economist) does not end the report: its figures after
      // the quotation are still the body's.
      if (forecaster.kind !== "PERSON") body = { speaker: forecaster, words: topicWords(candidate.quote), fresh: true };
      lastEnd = candidate.end ?? Number.NEGATIVE_INFINITY;
      return candidate;
    }
    if (READS_THE_FORECAST.test(candidate.quote)) {
      last = null;
      if (body) body.fresh = false;
      return candidate;
    }
    const near = candidate.start === undefined || candidate.start - lastEnd <= CONTINUATION_REACH;
    const figure = PUBLISHED_FIGURE.test(candidate.quote);
    const reported = figure && body && (body.fresh || sharesTopic(body.words, candidate.quote)) ? body.speaker : null;
    // An unnamed group of people heard far back ("Forecasters expect a colder winter.") goes on only
    // on its subject; a poll, a model, the markets or the betting go on as a report does.
    const strayed = last?.kind === "UNNAMED_GROUP" && !REPORT_LIKE.test(last.name) && !near && !sharesTopic(lastWords, candidate.quote);
    const lastCarries = last !== null && !strayed && (forecasting(last) || (near && CONTINUATION.test(candidate.quote)) || (last.kind !== "PERSON" && figure));
    const source: Speaker | null = lastCarries ? last : reported;
    const carries = source !== null;
    if (!carries) {
      last = null; // the writer spoke in its own voice: what follows is not carried on
      if (body) body.fresh = false;
    } else if (body && source === body.speaker) body.fresh = true; // the body's figures again: the next ones go on too
    return carries ? { ...candidate, forecaster: source } : candidate;
  });
}

// Words too common in forecasts to tie two sentences to one subject.
const COMMON =
  /^(?:about|after|again|against|ahead|among|around|before|being|below|above|between|could|during|expected|expects|forecast|forecasts|likely|might|other|over|percent|since|should|still|their|there|these|those|through|under|until|where|which|while|would|years?|months?|weeks?|quarter|according|further|since|rising|falling|increase|decrease|growth)$/;

/**
 * The content words of a sentence (five letters or more, a plural's "s" dropped); not names, which
 * two pieces of unrelated news share as often ("Statistics Canada" … "the Bank of Canada").
 */
function topicWords(text: string): Set<string> {
  const words = new Set<string>();
  // A sentence's first word is capitalised for its place, not as a name.
  const lowered = text.replace(/(^|[.!?]\s+)(\p{Lu})(?=\p{Ll})/gu, (_m, before: string, first: string) => before + first.toLowerCase());
  for (const w of lowered.match(/(?<![\p{L}-])\p{Ll}{5,}/gu) ?? []) if (!COMMON.test(w)) words.add(w.replace(/s$/, ""));
  return words;
}

function sharesTopic(words: ReadonlySet<string>, text: string): boolean {
  for (const w of topicWords(text)) if (words.has(w)) return true;
  return false;
}
