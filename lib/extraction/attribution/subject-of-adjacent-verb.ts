// The subject of a verb of forecasting or of giving odds that ends a text, where the forecast
// follows at once: "Analysts expect| prices to rise", "The agency puts the| odds at 70 percent",
// "Two economists estimate the| probability of …". Pure.
import { REVISED_FORECAST_AT_END, REVISING_VERBS } from "../revised-forecast";
import { contrastStart, withoutOpeningConjunction } from "./contrast";

const VERB =
  /\b(?:puts?|putting|gives?|giving|places?|placing|pegs?|pegged|assigns?|assigned|sees?|saw|estimat(?:es?|ed|ing)|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:s|ed)?|tip(?:s|ped)|fear(?:s|ed)?|worr(?:y|ies)|anticipat(?:es?|ed)|reckons?|reckoned|doubts?|doubted|foresees?|believes?|believed|think|thinks|thought|indicat(?:es?|ed)|favou?rs?|produc(?:es|ed)|issu(?:es|ed)|publish(?:es|ed)|(?:(?:did|does|do|will|would|could|can)\s+not|didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t|couldn[’']t|can[’']t|cannot|refused\s+to|declined\s+to)\s+rule\s+out|(?:has|have|had)\s+not\s+ruled\s+out|(?:hasn[’']t|haven[’']t)\s+ruled\s+out|(?:(?:are|is|was|were)\s+)?not\s+ruling\s+out|warn(?:s|ed)?\s+of|(?:are|is|were|was)\s+among|points?\s+to|pointed\s+to|guid(?:es|ed|ing))(?:\s+(?:only\s+|just\s+)?(?:that|the|an?|its|their|his|her|our))?\s*$/i;
// "put the chances of a no-deal exit at about| 50-50": the verb stands before the noun of
// chance and its event, the number after "at".
const ODDS_VERB =
  /\b(?:puts?|putting|places?|placing|pegs?|pegged|sets?|setting)\s+(?:the|its|their|his|her|our)\s+(?:odds|chances?|probability|likelihood|risk)\b[^.;:]{0,100}?\s+at\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|some\s+)?$/i;
// "Economists roundly rejected the possibility| the bank will …": a chance dismissed.
const DISMISS_VERB =
  /\b(?:rejected|rejects|reject|dismissed|dismisses|dismiss|ruled\s+out|rules\s+out|rule\s+out|downplayed|downplays|played\s+down|plays\s+down)\s+(?:the\s+)?(?:possibility|likelihood|prospect|chances?|idea|odds)\s*$/i;
// "Analysts give the merger a| 60 percent chance", "Markets give Mendes| even odds", "Markets are pricing in a| 30% chance",
// "Bookmakers make the challenger a| 6-1 outsider": a verb that hands a chance to the event named
// between them.
const GIVE_VERB =
  /\b(?:(?:gives?|giving|gave|assigns?|assigning|assigned|attach(?:es|ing|ed)?|makes?|making|made|rates?|rating|rated)\s+(?:[\p{L}\p{N}’'-]+\s+){0,6}?(?:a|an)|(?:gives?|giving|gave|assigns?|assigning|assigned)\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}?|(?:pric(?:e|es|ed|ing)\s+in|(?:are|is|were|was)\s+(?:now\s+|still\s+)?pricing)(?:\s+(?:a|an))?(?:\s+(?:roughly|about|around|nearly|almost|only|just|some))?)\s*$/iu;
// "The bookmakers make Arsenal| 6/4 favourites", "make Norris the clear favourite at| 7/4": a price
// handed to the name after the verb (case matters: "the decisions made at the summit| may …" is no
// price).
const MAKE_VERB =
  /\b(?:[Mm]akes?|[Mm]aking|[Mm]ade)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:favou?rite|outsider|underdog)s?\s+(?:at\s+)?)?$/u;
// "The agency estimates there is a| 66% chance": a verb of judging, then an existential "there is".
const THERE_IS =
  /\b(?:estimat(?:es?|ed|ing)|sees?|saw|thinks?|thought|believes?|believed|reckons?|reckoned|says?|said|warns?|warned|puts?|calculates?|calculated)\s+(?:that\s+)?there(?:[’']s|\s+is|\s+was|\s+will\s+be)\s+(?:now\s+|still\s+)?(?:only\s+|just\s+)?(?:a|an)?\s*$/i;
// "JPMorgan raised its recession| probability to 40%", "The bank cut its| odds of a cut to 30%":
// who revises their own chance or forecast.
const REVISE_VERB = new RegExp(`\\b(?:${REVISING_VERBS})\\s+(?:its|their|his|her|our)\\s+(?:[\\p{L}-]+\\s+){0,2}$`, "iu");
// "Acme raised its copper price forecast for|": REVISED_FORECAST_AT_END, with the forecast's noun.
// "BNP Paribas for instance doubled …": an aside between subject and verb is no part of who.
// "JPMorgan, for instance, recently placed …": the aside may stand between commas.
const AUXILIARIES =
  /(?:,?\s+(?:is|are|was|were|has|have|had|been|will|would|also|now|still|already|currently|do|does|did|not|widely|generally|broadly|for\s+(?:instance|example|its\s+part|their\s+part)|in\s+turn|too|\p{Ll}+ly))+,?$/iu;

// "Investors bet that| the bank will …", "Punters bet heavily that|": "bet" as a verb in the simple
// present or past, as "are betting" is in the progressive; "a bet that", "their bets that" are nouns.
const BET_VERB =
  /(?<!\b(?:a|an|the|its|their|his|her|our|one|this|that|these|those|big|safe|side|each|every)\s+)\bbets?\s+(?:\p{Ll}+ly\s+|heavily\s+|big\s+)?that\s*$/iu;

// "Capital Economics rates the| chance of …", "Smith assesses the| risks of …": whatever the verb,
// a subject that acts on the chance of the event right after it is the one who gives that chance.
// A verb in -s or -ed (not "was", "has", "this", or a plural noun such as "weeks", whose subject
// the caller still has to find a speaker in).
// The chance, its event and "at" its size within one clause: "rates the chance of an early
// election at one in three", not "ignored the risk of a downgrade, which Moody's puts at 25%".
// "has increased the| likelihood of a recession to 45 per cent": a chance moved to a percentage.
const CHANCE_NEXT =
  /^(?:odds|chances?|probabilit(?:y|ies)|likelihood|risks?|possibilit(?:y|ies)|prospects?)\b[^.;:,]{0,100}?\s(?:at\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|some\s+|close\s+to\s+|nearly\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|evens\b|even\b|fifty)|to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent|percent)(?!\s+of\b))/i;
const ANY_VERB_ON_CHANCE =
  /(?<=\p{L}\s+)\b(?!(?:was|has|does|this|thus|plus|less|unless|across|perhaps|always|sometimes|news|series|towards|besides)\b)\p{Ll}{2,}(?:s|ed)\s+(?:the|its|their|his|her|our)\s*$/u;

// "Futures imply about a| 60% likelihood of a pause", "Polls show a| 40% chance": what prices,
// polls or models show, with the stated chance right after (its subject is who reads it so).
const EVIDENCE_VERB =
  /\b(?:impl(?:y|ies|ied)|indicat(?:e|es|ed)|signal(?:s|led|ed)?|show(?:s|ed)?|suggest(?:s|ed)?|reflect(?:s|ed)?|points?\s+to)\s+(?:(?:about|around|roughly|nearly|almost|only|just)\s+)?(?:(?:a|an)\s+)?$/i;
const STATED_CHANCE_NEXT =
  /^(?:(?:about|around|roughly|nearly|almost|only|just)\s+)?(?:(?:a|an)\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent)\s+(?:chance|probability|likelihood|risk|odds)\b/i;
// "Jens Voigt is backing Costa to win": the tip and its event end the head (the cue is all of it).
const BACKING = /\b(?:is|are|was|were)\s+backing\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}to\s+\p{Ll}+\s*$/u;

/**
 * The subject phrase before the verb that ends `head`, from the clause's start; null when no such
 * verb ends it. `after`: the text that follows `head` (where it names a chance, any verb serves).
 */
export function subjectOfAdjacentVerb(head: string, after = ""): string | null {
  const m =
    VERB.exec(head) ??
    (CHANCE_NEXT.test(after) ? ANY_VERB_ON_CHANCE.exec(head) : null) ??
    ODDS_VERB.exec(head) ??
    DISMISS_VERB.exec(head) ??
    GIVE_VERB.exec(head) ??
    MAKE_VERB.exec(head) ??
    THERE_IS.exec(head) ??
    REVISE_VERB.exec(head) ??
    REVISED_FORECAST_AT_END.exec(head) ??
    BET_VERB.exec(head) ??
    BACKING.exec(head) ??
    (STATED_CHANCE_NEXT.test(after) ? EVIDENCE_VERB.exec(head) : null);
  if (!m) return null;
  const before = head.slice(0, m.index);
  // "it is expected that", "prices are forecast to": a passive names no one before its verb.
  // "Markets are pricing in": a progressive is active.
  if (!/^\w+ing\b/i.test(m[0]) && /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i.test(before)) return null;
  // The clause starts after the last full stop, semicolon, colon, dash, quotation mark or ", but" before the verb.
  // A clause of contrast has a subject of its own ("Polls are tight, but the model predicts").
  const contrast = contrastStart(before);
  // "Westpac Banking Corp (ASX: WBC) is …": a break inside brackets ends no clause.
  const unbracketed = before.replace(/\([^()]{1,40}\)/g, (bracket) => "x".repeat(bracket.length));
  const start = Math.max(contrast, ...[". ", "; ", ": ", "— ", "“", "” "].map((b) => (unbracketed.includes(b) ? unbracketed.lastIndexOf(b) + b.length : 0)));
  // "the market is expecting", "JPMorgan now sees": an auxiliary or an adverb is no part of the subject.
  const clause = before.slice(start).trimEnd();
  // "Acme said its data indicated …": the one who said it.
  const subject = clause
    .replace(/\s+(?:said|says|told|added|reported|wrote)\b.*$/i, "")
    // "While the field is young, Acme believes …": a leading concession is no part of the subject.
    .replace(/^(?:while|whilst|whereas|although|though|even\s+though|even\s+if)\s[^,;]*,\s+(?=\S)/i, "")
    // "Prices show that the market estimates …", "… on July 3, when analysts expect …": the
    // subject of the inner clause.
    .replace(/^.*\b(?:that|because|since|while|whereas|when|where|once)\s+(?=\S)/i, "")
    // "…, which it expects will lead to …": the relative clause's own subject.
    .replace(/^.*\b(?:which|whom)\s+(?=(?:it|they|he|she|we)\b)/i, "")
    .replace(AUXILIARIES, "")
    .trim();
  // "…, while Goldman now expects": the conjunction that opens the clause is no part of who.
  return withoutOpeningConjunction(subject) || null;
}
