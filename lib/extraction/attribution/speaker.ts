// Who a forecast is credited to, and what attribution reads to find them. Types only.
import type { Quotation } from "./quotations";

export type Speaker = { name: string; kind: "PERSON" | "ORGANISATION" | "UNNAMED_GROUP" | "OUTLET" };

export type AttributionContext = {
  /** The whole paragraph, and where the sentence (or the phrase in it) stands in it. */
  paragraph: string;
  at: number;
  sentenceStart?: number;
  sentenceEnd?: number;
  nextParagraph?: string;
  /** The lines just before and after the paragraph, furniture included: a name line or a "-- Name" signature. */
  lineBefore?: string;
  lineAfter?: string;
  previous: Speaker | null;
  outlet: Speaker;
  /** People named so far, by each part of their name (rememberSpeaker). */
  known?: ReadonlyMap<string, Speaker>;
  /** The paragraph's quotations, when the caller has them already (one reading per paragraph keeps long ones linear). */
  quotes?: readonly Quotation[];
};

/** The key under which the known speakers hold the last named organisation ("the bank" points to it). */
export const LAST_ORGANISATION = "#organisation";
/** The key under which the known speakers hold the body named most often ("the company" is it). */
export const MAIN_ORGANISATION = "#main-organisation";
/** Key of the bookmaker whose price was read last, in the map of known speakers. */
export const LAST_BOOKMAKER = "#bookmaker";
/** The key under which the known speakers hold the last named person ("the expert" points to them). */
export const LAST_PERSON = "#person";
/** The person who was the subject of the sentence before, while a sentence that opens with "he" or "she" is read. */
export const OPENING_PRONOUN = "#opening-pronoun";
/** The key under which the known speakers hold the forecasting model heard last ("the model" later is it). */
export const LAST_MODEL = "#model";
