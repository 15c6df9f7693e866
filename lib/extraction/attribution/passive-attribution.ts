import type { Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";

// "This assessment was given by the analyst Jane Roe.", "The forecast was made by the IMF."
const PASSIVE =
  /^(?:this|that|the|such|these|those|her|his|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:assessment|forecast|prediction|view|estimate|projection|analysis|warning|opinion|outlook|expectation|scenario|judge?ment|conclusion|estimate|claim|comment|remark)s?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[\p{Ll}]+ly\s+)?(?:given|made|offered|shared|voiced|expressed|issued|put\s+forward|provided|published|reached|delivered|presented|echoed|held)\s+by\s+(.+?)[.!]?["”’]?$/iu;

/** The speaker a sentence names in the passive for the claim before it, or null. */
export function passiveAttribution(options: { sentence: string; previous: Speaker | null; known?: ReadonlyMap<string, Speaker> }): Speaker | null {
  const m = PASSIVE.exec(options.sentence.trim());
  if (!m) return null;
  // "the analyst Jane Roe": the name after the role is the speaker.
  return speakerFromSubject(m[1], options.previous, options.known);
}
