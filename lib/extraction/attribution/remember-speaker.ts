import { organisationKey } from "./organisation-key";
import { LAST_ORGANISATION, LAST_PERSON, type Speaker } from "./speaker";

/**
 * Remembers a named person by each part of their name, for "Quint said" three paragraphs on, and
 * the last named body and person, for "the bank", "the firm", "the expert" later.
 */
export function rememberSpeaker(known: Map<string, Speaker>, speaker: Speaker): void {
  if (speaker.kind === "ORGANISATION") {
    known.set(LAST_ORGANISATION, speaker);
    known.set(organisationKey(speaker.name), speaker);
  }
  // "the Acme Research poll" named its maker: "the research firm" later is Acme Research.
  const maker = speaker.kind === "UNNAMED_GROUP" ? /^((?:\p{Lu}[\p{L}&.'’-]*\s+)+)(?:polls?|survey|study|report)$/u.exec(speaker.name) : null;
  if (maker) rememberSpeaker(known, { name: maker[1].trim(), kind: "ORGANISATION" });
  if (speaker.kind !== "PERSON") return;
  known.set(LAST_PERSON, speaker);
  for (const part of speaker.name.split(" ")) if (part.length > 1) known.set(part.toLowerCase(), speaker);
}
