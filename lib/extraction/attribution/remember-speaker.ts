import { organisationKey } from "./organisation-key";
import { LAST_MODEL, LAST_ORGANISATION, LAST_PERSON, MAIN_ORGANISATION, type Speaker } from "./speaker";
import { ORGANISATION_WORDS } from "./speaker-words";

const COMPANY_SUFFIX =
  /^(?:Electronics|Motors|Industries|Holdings|Group|Corp|Corporation|Inc|Ltd|Plc|Pharmaceuticals|Airlines|Airways|Semiconductors?|Technologies|Chemicals)$/;

/**
 * Remembers a named person by each part of their name, for "Quint said" three paragraphs on, and
 * the last named body and person, for "the bank", "the firm", "the expert" later.
 */
export function rememberSpeaker(known: Map<string, Speaker>, speaker: Speaker): void {
  if (speaker.kind === "ORGANISATION") {
    known.set(LAST_ORGANISATION, speaker);
    countMention(known, speaker);
    known.set(organisationKey(speaker.name), speaker);
    // "Samsung Electronics … Samsung said": a company goes by its first name later, as a person
    // by a surname.
    // Only before a company's suffix: "Washington Post", "Manchester City", "Texas Instruments" name
    // a body after a place, and the place alone is the place.
    const short = /^(\p{Lu}[\p{L}&’'-]+)\s+(\p{Lu}[\p{L}]+)$/u.exec(speaker.name);
    if (short && COMPANY_SUFFIX.test(short[2]) && !ORGANISATION_WORDS.test(short[1]) && !known.has(short[1].toLowerCase()))
      known.set(short[1].toLowerCase(), speaker);
  }
  // "the Acme Research poll" named its maker: "the research firm" later is Acme Research.
  const maker = speaker.kind === "UNNAMED_GROUP" ? /^((?:\p{Lu}[\p{L}&.'’-]*\s+)+)(?:polls?|survey|study|report)$/u.exec(speaker.name) : null;
  if (maker) rememberSpeaker(known, { name: maker[1].trim(), kind: "ORGANISATION" });
  // "according to a new model": "the model" later is that model.
  if (speaker.kind !== "PERSON" && /\b(?:models?|modell?ing|simulations?)\b/i.test(speaker.name)) known.set(LAST_MODEL, speaker);
  if (speaker.kind !== "PERSON") return;
  known.set(LAST_PERSON, speaker);
  for (const part of speaker.name.split(" ")) if (part.length > 1) known.set(part.toLowerCase(), speaker);
}

// How often each body has been named in the article being read, per map of known speakers.
const mentions = new WeakMap<Map<string, Speaker>, Map<string, number>>();

/**
 * "The company expects …" in a piece about Acme that quotes a research firm's figures: the body
 * named most often so far (the one named last among equals) is the one the article is about.
 */
function countMention(known: Map<string, Speaker>, speaker: Speaker): void {
  const counts = mentions.get(known) ?? new Map<string, number>();
  mentions.set(known, counts);
  const key = organisationKey(speaker.name);
  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  const main = known.get(MAIN_ORGANISATION);
  if (!main || count >= (counts.get(organisationKey(main.name)) ?? 0)) known.set(MAIN_ORGANISATION, known.get(key) ?? speaker);
}
