import { accordingTo } from "./according-to";
import { lastNameRunAt } from "./name-run";
import type { Speaker } from "./speaker";
import { speakerFromSubject } from "./speaker-from-subject";

// "This assessment was given by the analyst Jane Roe.", "The forecast was made by the IMF."
const PASSIVE =
  /^(?:this|that|the|such|these|those|her|his|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:assessment|forecast|prediction|view|estimate|projection|analysis|warning|opinion|outlook|expectation|scenario|judge?ment|conclusion|estimate|claim|comment|remark)s?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[\p{Ll}]+ly\s+)?(?:given|made|offered|shared|voiced|expressed|issued|put\s+forward|provided|published|reached|delivered|presented|echoed|held)\s+by\s+(.+?)[.!]?["”’]?$/iu;

// "That's the view of analyst firm Acme, which …", "This is the forecast of the agency.": the
// writer's claim, owned in the next sentence.
const VIEW_OF =
  /^(?:this|that)(?:[’']s|\s+is|\s+was)\s+(?:the\s+|also\s+the\s+)?(?:view|assessment|forecast|prediction|estimate|projection|conclusion|verdict|expectation|outlook|call)\s+(?:of|from)\s+([^,;.]+?)(?:,|[.!]?["”’]?$)/iu;

// "So says Acme Intelligence in a note out today …", "Or so believes the agency.": the writer's
// claim, owned by the inverted credit that opens the next sentence.
const SO_SAYS =
  /^(?:and\s+|or\s+)?so\s+(?:says|said|say|believes|believe|thinks|think|reckons|reckon|argues|argue|writes|wrote|predicts|predict|forecasts|warns|warned)\s+([^,;.]+?)(?:,|\s+(?:in|on|at|who|which)\s|[.!]?["”’]?$)/iu;

/**
 * The speaker a sentence names for the claim before it, or null: in the passive ("This assessment
 * was given by …"), or by "according to" in a sentence that points back to it ("That rise would be
 * temporary, according to a report by the agency.").
 */
export function passiveAttribution(options: { sentence: string; previous: Speaker | null; known?: ReadonlyMap<string, Speaker> }): Speaker | null {
  const sentence = options.sentence.trim();
  const view = VIEW_OF.exec(sentence) ?? SO_SAYS.exec(sentence);
  if (view) return speakerFromSubject(view[1], options.previous, options.known) ?? ownerName(view[1]);
  const m = PASSIVE.exec(sentence);
  if (!m) {
    const source = /^(?:this|that|these|those|such)\b/i.test(sentence) ? accordingTo(sentence) : null;
    if (!source) return null;
    const run = lastNameRunAt(source)?.run;
    return speakerFromSubject(source, options.previous, options.known) ?? (run ? { name: run.join(" "), kind: "ORGANISATION" } : null);
  }
  // "the analyst Jane Roe": the name after the role is the speaker.
  return speakerFromSubject(m[1], options.previous, options.known);
}

/** "analyst firm Acme Insight": a run of capitalised words is the owner's name. */
function ownerName(phrase: string): Speaker | null {
  const run = lastNameRunAt(phrase)?.run;
  return run ? { name: run.join(" "), kind: "ORGANISATION" } : null;
}
