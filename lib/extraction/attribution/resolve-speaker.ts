// One order for who says a forecast, once the sentence's own reading is done (issue 9):
// 1. an attribution in the sentence itself, or in the sentence next to it (attributeSpeaker and
//    the poll and report rules before this step);
// 2. the body or group already heard in the same paragraph, whose reporting the sentence goes on
//    (not a person's claim, not a quotation's speaker, not a poll's answers in the active voice:
//    the seed, dev and edge tests read those as the writer's next words);
// 3. the outlet, for the writer's own voice: a sentence with no one heard in its paragraph, or one
//    that marks itself as the writer's comment (an unattributed passive, "This/That …", "As a
//    result", a concession, a hedge inside a relative clause that describes something).
// Pure; English news style.
import { READS_THE_FORECAST } from "./carry-source";
import type { Speaker } from "./speaker";

/** Who says `sentence`, given what attribution found and who was last heard in its paragraph. */
export function resolveSpeaker(options: {
  attributed: Speaker;
  paragraphSource: ParagraphSource | null;
  sentence: string;
  /** The speaker heard last anywhere in the article before this sentence. */
  lastSpeaker?: Speaker | null;
  /** The person whose speech, reported in the present ("Wisner says …"), the paragraph goes on with. */
  speechBefore?: Speaker | null;
}): Speaker {
  const { attributed, paragraphSource, sentence, lastSpeaker, speechBefore } = options;
  const writers = WRITERS_VOICE.some((mark) => mark.test(sentence.trim()));
  // "Zollner said the data gave the bank room. The central bank was likely to acknowledge it.":
  // a hedge put back into the past is reported speech, the last speaker's, across paragraphs too.
  // Not a hedge told of a time gone by ("Back in March the vote was certain to fail"), nor one the
  // sentence credits at its end to someone attribution could not name ("…, the whip admitted later").
  if (
    attributed.kind === "OUTLET" &&
    lastSpeaker &&
    lastSpeaker.kind !== "OUTLET" &&
    BACKSHIFTED.test(sentence) &&
    !TOLD_OF_THE_PAST.test(sentence) &&
    !CREDITED_AT_END.test(sentence) &&
    !writers
  )
    return lastSpeaker;
  // "Wisner says prices will be 20 percent higher. If there are storms, prices will be higher still.":
  // speech reported in the present goes on, unless the sentence marks itself as the writer's.
  if (attributed.kind === "OUTLET" && speechBefore && !writers) return speechBefore;
  if (attributed.kind !== "OUTLET" || !paragraphSource) return attributed;
  const { speaker, quoted } = paragraphSource;
  if (quoted || speaker.kind === "PERSON" || speaker.kind === "OUTLET" || /\b(?:polls?|survey)\b/i.test(speaker.name)) return attributed;
  return writers ? attributed : speaker;
}

const TOLD_OF_THE_PAST = /\b(?:back\s+in|last\s+(?:year|winter|summer|spring|autumn|month|week)|at\s+the\s+time|in\s+(?:19|20)\d\d|years?\s+ago|then)\b/i;
const CREDITED_AT_END = /,\s+[^,;]{2,60}\s+\p{Ll}+ed(?:\s+\p{Ll}+)?[.!]?["”’]?$/u;
const BACKSHIFTED = /^[^,;“”"]{0,80}?\b(?:was|were)\s+(?:(?:very|highly|most|more|less|not|also|still)\s+)?(?:likely|unlikely|certain|bound|poised)\s+to\b/i;

/** The last source heard in the paragraph, and whether it was heard as a quotation's speaker. */
export type ParagraphSource = { speaker: Speaker; quoted: boolean };

const WRITERS_VOICE = [
  // "It is expected that …", "is widely expected": a passive that credits no one.
  /\bit\s+is\s+(?:\w+ly\s+)?(?:expected|predicted|forecast|projected|believed|thought|feared|seen|likely|possible)\b/i,
  // A comment on what came before.
  /^(?:this|that|these|those|such|as\s+a\s+result|in\s+turn|still|yet|while|although|though|even\s+so)\b/i,
  // A hedge inside a relative clause: "a number that is likely to …", "…, which could …".
  /\b(?:that|which)\s+(?:is|are|was|were)?\s*(?:\w+ly\s+)?(?:likely|unlikely|expected|set|poised|bound)\b/i,
  /,\s+which\s+(?:could|may|might|would|will)\b/i,
  // A subject the writer describes in a relative clause: "Acme, which needs cash, is likely to …".
  /^[^,]{1,60},\s+(?:which|who)\s+[^,]+,/i,
  // The writer reasoning from a forecast: "If this new forecast is correct, …".
  READS_THE_FORECAST,
  // The writer's own judgement of a chance: "There is a high possibility of …".
  /(?:^|,\s+)there\s+is\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:possibility|chance|likelihood|risk|probability)\b/i,
];
