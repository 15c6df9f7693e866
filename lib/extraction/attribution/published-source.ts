// "The IMF released its World Economic Outlook on Tuesday.": a sentence that forecasts nothing
// but names whose report the article goes on to give; the figures after it ("Global growth is
// forecast to slow to 2.9%") are that body's, not the writer's (carry-source.ts). Pure.
import { organisationKey } from "./organisation-key";
import type { Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";
import { DATE_NAMES } from "./speaker-words";

const DOCUMENT =
  "(?:report|outlook|forecasts?|survey|poll|projections?|study|estimates?|review|update|assessment|analysis|note|scenarios?|predictions?|bulletin|statement)";
// The subject, a verb of publishing, then the document (its own, or a new one) within a few words.
const PUBLISHED = new RegExp(
  `^(?:(?:on|in|at|late|early|last|this)\\b[^,]{0,40},\\s+)?(.{2,80}?)\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:released|releases|published|publishes|issued|issues|presented|presents|unveiled|unveils|launched|launches|updated|updates|put\\s+out|puts\\s+out)\\s+(?:its|their|a|an|the|his|her|new|fresh)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,5}?${DOCUMENT}\\b`,
  "iu",
);

// "…, according to a survey of 20 analysts by LSEG.": a sentence of figures that forecasts nothing
// itself but names the survey the article reports.
const ACCORDING_TO_REPORT = new RegExp(`\\baccording\\s+to\\s+((?:a|an|the)\\s+(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,3}?${DOCUMENT}\\b[^,.;]{0,60})`, "iu");
// "Thanks to Opta's supercomputer, we can look at the favourites.", "Using Acme's model, …": a
// sentence that names whose model or forecasts the article goes on to give.
// Not a product's new model ("Toyota's new model went on sale"), nor a day's forecasts ("Thursday's forecasts").
const OWNED_MODEL =
  /\b((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:supercomputer|(?:forecast(?:ing)?|prediction|predictive|election|simulation)\s+model|simulations?|projections|predictions|forecasts)\b/u;
const PAST = /\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b|\b\d+\s+years\s+ago\b|\blast\s+(?:year|decade)\b/i;

/** The body or person a sentence says published a report or forecast, or null. */
export function publishedSource(options: { sentence: string; previous: Speaker | null; known?: ReadonlyMap<string, Speaker> }): Speaker | null {
  const m = PUBLISHED.exec(options.sentence.trim()) ?? ACCORDING_TO_REPORT.exec(options.sentence);
  const owner = m ? null : OWNED_MODEL.exec(options.sentence)?.[1];
  if (owner && DATE_NAMES.has(owner.toLowerCase())) return null;
  // "In 2019, the IMF published a report": a report of years past gives no figures to today's.
  if ((!m && !owner) || PAST.test(options.sentence)) return null;
  // The owner of a model is a name by its possessive, one word or several.
  const speaker = m
    ? speakerFromSubject(m[1], options.previous, options.known)
    : (speakerFromSubject(owner!, options.previous, options.known) ?? { name: owner!, kind: "ORGANISATION" as const });
  if (!speaker || speaker.kind === "OUTLET") return null;
  // The body as it was first named ("the Halden Institute" is the "Halden Institute" met before).
  return options.known?.get(organisationKey(speaker.name)) ?? speaker;
}
