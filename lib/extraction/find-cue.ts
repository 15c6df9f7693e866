// The estimative words of a piece of text that govern its event, if it forecasts at all: the
// earliest hedge of the clause, a verb of forecasting over a bare will, a forecasting frame; and
// not the words that ask, compare with the past, describe the present or state a schedule. Pure.
import { locatePhrase, type PhraseLocation } from "../probability/interpret-phrase";
import { type BandKey, findBand } from "../probability/scale";
import { FORECAST_DOCUMENT } from "./attribution/speaker-words";
import { deniedBelief } from "./denied-belief";
import { statesBaseRate } from "./base-rate";
import { governingVerb } from "./governing-verb";
import { LEADING_DOCUMENT as LEADING_DOCUMENT_PHRASE } from "./leading-document";
import { REVISED_FORECAST } from "./revised-forecast";

// Words that are estimative only with company: alone they are mostly past narrative
// ("he said it would…"), ability ("can") or advice ("should").
const WEAK = new Set(["would", "can", "should", "low", "doubt", "doubts", "believe", "predict", "predicted", "certain", "certainly", "possibility"]);
const DATE_WORDS = new Set([
  // "a May cut", "the May meeting": no modal follows an article.
  "a",
  "the",
  "in",
  "on",
  "since",
  "until",
  "by",
  "from",
  "of",
  "for",
  "through",
  "before",
  "after",
  "during",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
]);

// What follows "May" the person ("May had a slim majority", "Theresa May, who …", "May's
// government", "figures for May will"): the modal is followed by a verb's base form, never by these.
const AFTER_NAME = /^(?:had|has|was|is|said|says|told|added|and|or|but|who|whose|s|'s|’s|will|would|could|should|can|might|must|shall)$|ed$/;

/** "May" the month, or "May" a person's name, is not "may" the hedge. */
function isMonth(list: Array<{ word: string; original: string }>, at: number): boolean {
  if (list[at].word !== "may" || list[at].original !== "May") return false;
  const before = list[at - 1];
  const after = list[at + 1]?.word ?? "";
  if ((before !== undefined && DATE_WORDS.has(before.word)) || /^\d/.test(after)) return true;
  // Capitalised after a capitalised word ("Theresa May") or followed by what no modal is.
  return (before !== undefined && /^\p{Lu}/u.test(before.original)) || AFTER_NAME.test(after) || after === "";
}

// Cues that say nothing of the future where they stand: "whether it will" asks, and "stickier
// than expected" compares with a past expectation.
// "they figured out how … the ice might change", "to predict when we might see": an indirect
// question after a verb of knowing or asking asks, it does not forecast.
// "unsure who will emerge", "not yet known which strains will", "no clear sign of when and if it
// will", "the question … is what will bring", "the extent to which X will", "spoke about the
// outbreak and what it will take": a question asked inside the sentence, not a forecast.
const INDIRECT_QUESTION =
  /\b(?:(?:out|know|knows|knew|known|predict|tell|ask|asked|asks|wonder|wondering|understand|determine|explain|decide|decided|decides|deciding|assess|sure|unsure|unclear|uncertain|about|models?|modell?ing|study|studies|studying|gauge|gauging|signs?\s+of)\s+(?:how|when|what|where|why|which|who)|(?:question|questions|unknown|mystery)\b[^.;]{0,60}?\bis\s+(?:how|when|what|where|why|which|who)|extent\s+to\s+which|ways?\s+in\s+which|about\b[^.;]{1,80}?\band\s+(?:how|when|what|where|why|which|who))\b[^.;]*$/i;
function asks(text: string, cue: PhraseLocation): boolean {
  if (/\bwhether\b[^.;]*$/i.test(text.slice(0, cue.start))) return true;
  if (INDIRECT_QUESTION.test(text.slice(0, cue.start))) return true;
  return /^(unclear|uncertain|questionable|doubtful)$/i.test(cue.matched) && /^\s*(whether|if|how|what|when|which|who|why)\b/i.test(text.slice(cue.end));
}

/**
 * "The outlook remains uncertain", "It's sobering but not surprising": a judgement of the present,
 * not of a clause to come ("it would not be surprising if …" is one).
 */
function judgesPresent(text: string, cue: PhraseLocation): boolean {
  const after = text.slice(cue.end);
  if (/^(?:unclear|uncertain)$/i.test(cue.matched)) return !/^\s*(?:that|for)\b/i.test(after);
  if (/^(?:not surprising|no surprise)$/i.test(cue.matched))
    return !/^\s*(?:if|that|when|should)\b/i.test(after) && !/\b(?:would|will)\s+(?:be\s+)?$/i.test(text.slice(0, cue.start));
  return false;
}

// The idioms of round nine that are as often told of the past or meant literally.
const IDIOM =
  /^(?:all but a certainty|a near certainty|near certainty|a certainty|(?:a )?foregone conclusion|(?:a )?done deal|(?:almost |all but )?inevitable|unavoidable|(?:only |just )?a matter of time|(?:almost |all but |virtually )?guaranteed|on the cards|in the offing|(?:little|no) choice but to|(?:a )?fair chance|(?:a )?safe bet|(?:all but|virtually) assured|out of the question)$/;
const IDIOM_PAST = /\b(?:was|were|had|had\s+been|'d|’d)\s+(?:\p{Ll}+\s+){0,2}$/iu;
const IDIOM_REPORTED =
  /\b(?:said|says|say|told\s+\S+|added|warned|thought|believed|argued)\s+(?:that\s+)?(?:it|this|that|\p{Lu}\p{L}*)\s+(?:was|were)\s+(?:now\s+|still\s+)?(?:\p{Ll}+\s+)?$/u;
// "guaranteed by the state", "by Acme": who guarantees; not "by Friday", "by the end of May".
const GUARANTOR =
  /^\s+by\s+(?!(?:the\s+)?(?:end|middle|start|close|time)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:the|a|an|its|their|\p{Lu})/u;
// "is guaranteed", "seems all but guaranteed", "are virtually guaranteed": a copula before it.
const GUARANTEED_AFTER = /\b(?:is|are|be|been|being|was|were|seems?|looks?|appears?|remains?|now)\s+(?:\p{Ll}+\s+)?$/u;
const FAR_FROM = /\bfar\s+from\s+(?:being\s+)?(?:a\s+|an\s+)?$/i;
function idiomLiteral(text: string, cue: PhraseLocation): boolean {
  const before = text.slice(0, cue.start);
  const after = text.slice(cue.end);
  if (/inevitable$/.test(cue.matched) && /\bthe\s+$/i.test(before)) return true;
  if (cue.matched === "a certainty" && /\b(?:with|of)\s+$/i.test(before)) return true;
  return /fair chance$/.test(cue.matched) && /^\s+to\s/i.test(after);
}

function comparesWithPast(text: string, cue: PhraseLocation): boolean {
  const before = text.slice(0, cue.start);
  // A comparison with what was expected: "than expected", "than many had predicted", "as anticipated".
  if (/^(expected|anticipated|predicted|projected|forecast|feared|hoped)$/.test(cue.matched) && /\b(?:than|as)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(before))
    return true;
  return false;
}

// Estimative words that describe rather than forecast: "the banks had expected" (a superseded
// expectation), "Labour's estimated 484 seats" (a participle used as an adjective), "it very likely
// continues to pursue" (a judgement of the present), "results are expected by noon" (a schedule).
const PRESENT_VERB =
  /^\s+(?:is|are|has|have|continues|continue|remains|remain|reflects|reflect|suggests|suggest|wants|want|knows|know|sees|believes|intends|intend|holds|hold|lies|lie|means|mean)\b/i;
// A time of day or a named day, not a deadline: "expected by noon", "expected on Thursday", but
// "expected before the end of the month" forecasts.
const SCHEDULE_TIME =
  /^\s+(?:(?:by|at|around|from|(?:shortly\s+)?(?:before|after))\s+(?:noon|midnight|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|GMT|ET|local))|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))\b/i;
const PRESENT_STATE =
  /^\s+(?:a|an|the|full|right|true|correct|wrong|already|still|part|one|responsible|behind|due\s+to|worth|more|less|much|among|why|what|because)\b/i;
const FORECAST_SUBJECT = /\b(?:forecasts?|outlook|projections?|estimates?|predictions?|picture|numbers)\s+(?:\p{Ll}+\s+)?$/iu;
function saysNoForecast(text: string, cue: PhraseLocation): boolean {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  const after = text.slice(cue.end, cue.end + 60);
  if (statesBaseRate(text.slice(0, cue.start))) return true;
  // "The forecast could still change", "their forecasts may change": the forecast's own revision,
  // not a chance of the event.
  if (
    /^(?:could|may|might|can)$/.test(cue.matched) &&
    FORECAST_SUBJECT.test(before) &&
    /^\s+(?:still\s+|yet\s+|also\s+|well\s+)?(?:change|shift|evolve|be\s+revised)\b/i.test(after)
  )
    return true;
  // "many possible scenarios", "makes it possible for more people to …": "possible" that describes
  // a noun or an enabling, not a chance.
  if (
    cue.matched === "possible" &&
    (/^\s+(?:[\p{L}-]+\s+)?(?:scenarios|outcomes|options|ways|paths|routes|explanations|causes|reasons)\b/iu.test(after) ||
      /\bmak(?:e|es|ing)\s+it\s+$/i.test(before))
  )
    return true;
  // "It could have been so much worse", "prices may have peaked": a modal perfect judges the past.
  // "will have seen" is not one: the future perfect looks ahead ("by 2030 we will have seen …").
  if (/^(?:could|might|may|would|should)$/.test(cue.matched) && /^\s+(?:not\s+)?have\s+(?:been|\p{Ll}+(?:ed|en|wn|ne|ht|ck))\b/u.test(after)) return true;
  // "Governments may need to open their pocketbooks", "looser policy might also be needed": what a
  // case calls for, advice rather than an outcome (as "will need to" is, CONDITION_OF).
  // "Interest rates may need to rise" is forward guidance, a forecast: only an agent's action is advice.
  if (
    /^(?:could|might|may)$/.test(cue.matched) &&
    /^\s+(?:also\s+|still\s+|well\s+)?(?:need\s+to\s+(?:take|open|act|do|consider|step|intervene|spend|borrow|find|make|look|work|seek|adopt|use|put|introduce|provide|ease|loosen|tighten)\b|be\s+needed|be\s+required)\b/.test(
      after,
    )
  )
    return true;
  // "Oil prices had been expected to climb": an expectation superseded.
  if (/^(?:expected|predicted|forecast|anticipated|projected)(?:\s+to)?$/.test(cue.matched) && /\bhad\s+been\s+(?:\w+ly\s+)?$/i.test(before)) return true;
  if (/^(?:expected|expecting|predicted|forecast|anticipated|projected|estimated)$/.test(cue.matched)) {
    if (/\bhad\s+(?:\w+ly\s+)?$/i.test(before)) return true;
    // "Labour's estimated 484 seats" is a possessive; "it's expecting a surge" is "it is".
    // "a predicted increase of 20%", "an expected fall to 29 million tons": a change forecast with
    // its figure is a forecast, though the participle stands before its noun.
    if (
      /(?:(?<!\b(?:it|that|he|she|there|what|who))[’']s|\b(?:the|an?|its|their|his|her|our))\s+$/i.test(before) &&
      !/^\s+(?:to|that)\b/i.test(after) &&
      !FORECAST_CHANGE.test(after)
    )
      return true;
    if (cue.matched === "expected" && SCHEDULE_TIME.test(after)) return true;
  }
  // "Talks were set to start Thursday but failed to take place": a past plan or expectation the
  // same clause says came to nothing.
  if (
    /^(?:set to|expected to|expected|due to|poised to|scheduled to|forecast to|predicted to)$/.test(cue.matched) &&
    /\b(?:was|were)\s+(?:\w+ly\s+)?$/i.test(before) &&
    /^[^.;]{0,120}?\bbut\s+(?:\w+ly\s+)?(?:failed|did\s+not|didn[’']t|never|was|were|fell|collapsed|ended)\b/i.test(text.slice(cue.end))
  )
    return true;
  // "Sales likely benefited from the discount", "It probably had the effect of …": a hedge on a
  // verb in the past tense judges what happened, not what will. Not an estimate of a figure not
  // yet reported ("operating profit likely rose to 8.4 trillion won", an earnings preview's).
  if (
    /^(?:likely|probably|most likely|very likely|almost certainly)$/.test(cue.matched) &&
    !/\b(?:will|would|could|may|might|should|is|are|was|were|be|been|not)\s+$/i.test(before) &&
    // "Purchase decisions have likely been influenced": the perfect judges the past too.
    /^\s+(?:\p{Ll}+ed|had|did|was|were|been|took|made|saw|came|went|got|gave|felt|fell|rose|grew|won|lost|led|left|began|spent|paid|drove|kept)\b/u.test(
      after,
    ) &&
    !ESTIMATED_FIGURE.test(text.slice(cue.end, cue.end + 120))
  )
    return true;
  // "Cedatos expects to release a final survey this week": a plan of the speaker's own, not a forecast
  // ("expects to report a loss" forecasts the loss).
  if (
    /^expects?$|^expected$/.test(cue.matched) &&
    /^\s+to\s+(?:release|publish|issue|unveil|announce|launch|hold|open|start|begin)\s+(?:a|an|its|their|the)\b/i.test(after)
  )
    return true;
  // "Acme is set to report third-quarter earnings in early December": a timetable, not a forecast.
  if (cue.matched === "set to" && SCHEDULED.test(after)) return true;
  // "through 2017 and possibly beyond": a hedge on an afterthought, not on the event.
  if (/^(?:possibly|perhaps|maybe)$/.test(cue.matched) && /\b(?:and|or)\s+$/i.test(before) && /^\s+(?:beyond|longer|later|sooner|earlier|more)\b/i.test(after))
    return true;
  // "it is probably full of chips", "the leak is most likely a fault": a judgement of the present.
  if (
    /^(?:likely|probably|very likely|most likely|almost certainly|possibly|perhaps)$/.test(cue.matched) &&
    /\b(?:is|are|am)\s+(?:most\s+|very\s+)?$/i.test(before) &&
    PRESENT_STATE.test(after)
  )
    return true;
  return /^(?:likely|probably|very likely|highly likely|almost certainly|most likely|certainly)$/.test(cue.matched) && PRESENT_VERB.test(after);
}

// A change to a figure ("rose … to 8.4 trillion won", "surged to a record 4.5 trillion", "fell 3% to
// $2.1 billion"): the size of a result, estimated before it is reported.
const ESTIMATED_FIGURE =
  /^\s+(?:\p{Ll}+ed|rose|fell|grew)\b[^.;]{0,60}?\bto\s+(?:a\s+(?:record|new\s+high|new\s+low)\s+(?:of\s+)?)?[$€£₩¥]?\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s?cent\b|trillion\b|billion\b|million\b|bn\b|won\b|yen\b|yuan\b|euros?\b|dollars?\b|pounds?\b)/u;
// "No coalition will be possible without them": the adjective is what the will forecasts, not a
// hedge on it; the will governs.
function predicateOfWill(text: string, cue: PhraseLocation): boolean {
  // "He's going to the gym", "they are going to jail": going somewhere, not a future.
  if (/going to$/.test(cue.matched)) return GOING_SOMEWHERE.test(text.slice(cue.end));
  return /^(?:possible|impossible)$/.test(cue.matched) && /\b(?:will|would)\s+(?:not\s+)?be\s+$/i.test(text.slice(0, cue.start));
}
const GOING_SOMEWHERE = /^\s+(?:the|a|an|his|her|their|my|our|your|jail|prison|school|work|bed|church|hospital|court|college|university|town|market)\b/i;

// A flat "will" that states a schedule or a fact rather than a forecast: "It will be her second
// visit since …", "only then will it be clear whether …", "time will tell".
const ORDINAL =
  /^\s+be\s+(?:the|her|his|its|their|our|my|your|a|an)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest|final|next|\w+(?:ieth|th))\b/i;
// "Under the ceasefire agreement, Israel will withdraw …": what an agreement or a law provides,
// not a forecast that it will happen.
const TERMS =
  /^(?:under|by|in\s+line\s+with)\s+(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|deal|accord|plan|terms|ceasefire|truce|law|rules|proposal|scheme|treaty|contract|bill|arrangement)s?\b/iu;
const INVERTED = /\b(?:only|not)\s+(?:then|when|after|once|if|until|later|now)\b[^.;]*$/i;
// "Counting will begin early on Thursday", "the council will meet on Friday", "talks will resume in
// Geneva next week": a timetable, not a
// forecast (a decision taken at the meeting, "will hold rates on Thursday", still forecasts).
const SCHEDULED =
  /^\s+(?:begin|start|open|close|end|resume|convene|meet|gather|vote|sit|travel|fly|arrive|visit|speak|testify|debate|announce|publish|report|unveil|present|sign|release|issue|hold\s+(?:a|an|its|their)\s+(?:(?:next|first|annual|regular|scheduled|final|monthly|weekly)\s+)?(?:conference\s+call|call|press\s+conference|news\s+conference|briefing|meeting|vote|hearing|summit)|take\s+office|take\s+effect|come\s+into\s+(?:force|effect)|go\s+into\s+effect|enter\s+into\s+force|be\s+sworn\s+in|be\s+inaugurated|take\s+place|be\s+held|be\s+announced|be\s+published|be\s+released|be\s+discussed|be\s+debated|be\s+reviewed|be\s+negotiated|be\s+considered)\b(?=[^.;]{0,40}?\b(?:(?:on|at|by|from|in)\s+(?:(?:early|mid|late)[-\s])?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|the\s+(?:morning|afternoon|evening)|noon)|(?:after|before|following|during)\s+(?:the|a|an|its|their)\s|(?:next|this|later\s+this)\s+(?:week|weekend|month|year|morning|afternoon|evening)|tomorrow|tonight|today))/i;
// "India will face New Zealand in Manchester, Tuesday": a fixture, an opponent by name and a day
// ("the economy will face a recession next year" is no fixture).
const FIXTURE =
  /^\s+(?:face|play|host|meet|take\s+on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\b[^.;]{0,40}?(?:,\s+|\bon\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
const RESOLUTION = /^\s+(?:(?:it|we|they|you|one|anyone)\s+)?(?:(?:be|become)\s+(?:clear|known|apparent|evident|seen)|know|tell|show|reveal)\b/i;
// "Apple will need to impress", "future emissions will decide how often …", "growth will vary
// across markets": what something takes or turns on, not what will happen ("weapons will be key
// to the talks" is a forecast of what matters, and stays one).
const CONDITION_OF =
  /^\s+(?:(?:also|still|largely|ultimately|really)\s+)?(?:need\s+to|have\s+to|depend|hinge|rely|vary|differ|decide\s+(?:how|whether|what|which|who|when)|determine\s+(?:how|whether|what|which|who|when))/i;
// "Counting will be on May 16": the date of an event.
const ON_DATE =
  /^\s+be\s+on\s+(?:(?:early|mid|late)[-\s])?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)/i;
// "Reuters will repeat this survey each week", "the researchers will also continue to tweak their
// model": the speaker's own work going on, not an outcome.
const OWN_WORK = /^\s+(?:also\s+)?(?:continue\s+to\s+)?(?:repeat|track|tweak|monitor|update|refine)\s+(?:this|that|the|its|their|our|his|her)\b/i;
function statesFact(text: string, cue: PhraseLocation): boolean {
  if ((cue.matched !== "will" && !/'ll$/.test(cue.matched)) || cue.negated) return false;
  const after = text.slice(cue.end);
  return (
    ORDINAL.test(after) ||
    // "Rovers will be without their captain": team news; "the final will be shown live": listings.
    /^\s+be\s+(?:without|shown|broadcast|televised|streamed|aired)\b/i.test(after) ||
    // "Voters will go to the polls on Sunday": the election's date, not its outcome.
    /^\s+(?:go|head)\s+to\s+the\s+polls\b/i.test(after) ||
    // "How the agency deals with demand will be the key issue": what matters, not what happens.
    /^\s+be\s+(?:the\s+)?(?:key|main|real|big|biggest|crucial|critical|central|major)\s+(?:issue|question|test|factor|thing|story|focus|point)\b/i.test(
      after,
    ) ||
    // "The jobs report will be closely watched", "investors will be watching the Fed": attention, not an outcome.
    /^\s+be\s+(?:(?:very|closely|keenly|carefully)\s+)*(?:watched|watching|monitored|monitoring|scrutini[sz]ed|eyeing|eyed)\b/i.test(after) ||
    // "Experts will wait for signals from the bank", "traders will look for clues": attention too.
    /^\s+(?:(?:also|closely|carefully|now)\s+)?(?:wait|look|watch)\s+(?:for|to\s+see|closely)\b/i.test(after) ||
    // "Sales growth will be important for the brand": what matters, not what happens.
    /^\s+be\s+(?:(?:very|particularly|especially|equally|more|most|all\s+the\s+more)\s+)?(?:important|vital|essential|crucial|critical|key)\s+(?:for|to|in)\b/i.test(
      after,
    ) ||
    // "anyone still queueing will be able to vote": what is allowed, not what happens ("Acme will be
    // able to repay its debt" forecasts).
    /^\s+(?:still\s+)?be\s+(?:(?:allowed|permitted|eligible|free)\s+to|able\s+to\s+(?:vote|apply|access|use|claim|choose|join|enter|watch|register|book|attend))\b/i.test(
      after,
    ) ||
    RESOLUTION.test(after) ||
    SCHEDULED.test(after) ||
    FIXTURE.test(after) ||
    ON_DATE.test(after) ||
    CONDITION_OF.test(after) ||
    OWN_WORK.test(after) ||
    INVERTED.test(text.slice(0, cue.start)) ||
    TERMS.test(text)
  );
}

// A time to come ("in June", "next year", "by 2030", "by the end of the year", "this quarter") or
// a figure ("of 4.25 pct", "to 3%", "at $80") that makes a forecasting verb's object a forecast.
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
// A time to come only: next year, by 2027, by the end of the decade (no month, which is as often past).
const FUTURE_TIME =
  "(?:(?:by|until|before)\\s+20\\d\\d|(?:next|this|coming)\\s+(?:year|month|quarter|week|season|spring|summer|autumn|fall|winter|decade)|by\\s+(?:the\\s+)?(?:end|middle|start)\\s+of|in\\s+(?:the\\s+)?(?:coming|next)\\s+\\p{L}+)";
const FUTURE_OR_FIGURE = [
  "(?:",
  // A month, or a year after "by", "until" or "before" ("in 2016" is as often the past).
  `(?:in|by|from|for|until|before)\\s+(?:(?:early|mid|late)[-\\s])?(?:${MONTHS})`,
  "|(?:by|until|before)\\s+20\\d\\d",
  "|(?:next|this|coming)\\s+(?:year|month|quarter|week|season|spring|summer|autumn|fall|winter|decade)",
  "|by\\s+(?:the\\s+)?(?:end|middle|start)\\s+of",
  // "predicted no change in the fourth quarter": a part of the year, after a verb of forecasting.
  "|(?:in|for)\\s+the\\s+(?:first|second|third|fourth|final|last)\\s+(?:quarter|half)",
  "|(?:of|to|at|by|near|around|above|below)\\s+(?:about\\s+|around\\s+|roughly\\s+|just\\s+)?[-−+]?[$€£]?\\d(?:[\\d.,]*\\d)?\\s?(?:%|percent|per\\s?cent|pct|bps|basis\\s+points|billion|million|trillion|bn|m\\b)",
  // A price: "an average farm-gate price of $7.30 a bushel".
  "|(?:of|to|at|near|around|above|below)\\s+(?:about\\s+|around\\s+|roughly\\s+|just\\s+)?[$€£]\\d(?:[\\d.,]*\\d)?",

  // Guidance measured against the market's figure: "forecast quarterly revenue above estimates".
  "|(?:above|below|ahead\\s+of|short\\s+of|in\\s+line\\s+with)\\s+(?:(?:wall\\s+street|analysts['’]?|market|consensus|average)\\s+){0,2}(?:estimates|expectations|forecasts)\\b",
  ")",
].join("");

// "The striker is a long shot to be fit": an outsider, not "scored with a long shot from 30 yards".
const LONG_SHOT = /\b(?:is|are|was|remains?|looks?|seems?|as)\s+(?:still\s+)?(?:a\s+|an\s+)?(?:[\p{Ll}-]+\s+)?long[-\s]shots?\b/iu;
// What a course leads to: "on course for victory", "heading for a recession"; not a place
// ("fans heading for Wembley", "a plane headed for Chicago").
const OUTCOME =
  "(?:recession|defeat|victory|win|majority|record|slowdown|downturn|deficit|surplus|loss|losses|collapse|default|shutdown|landslide|crash|contraction|rebound|recovery|title|relegation|promotion|cut|hike|rise|fall|decline|stalemate|completion|approval|rejection|term|re-?election|runoff|run-off|showdown|clash|split|exit|draw|war|surge|spike|wave|peak|shortage|glut|gain|increase|drop|jump)";

// Forecasting frames that are not phrases of the lexicon: "economists see more cuts coming",
// "in our baseline scenario, inflation falls below 2%".
// A frame that opens with a lookbehind starts with a lookahead for its verb, so that the engine
// tries the lookbehind only where the verb stands, not at every character of the text.
const FRAMES: ReadonlyArray<RegExp> = [
  // "an exit poll forecasts the party to win", "analysts are forecasting another year of shortages".
  /(?<!\b(?:the|a|an|its|their|our|his|her|these|those|of|and|in|latest|new)\s)\b(?:forecasts|predicts|projects)\s+(?:[\p{L}\p{N}’'().,-]+\s+){1,10}?to\s+\p{Ll}+/iu,
  // "analysts predict the retailer to post revenue of …": the plural verb, its subject a group.
  /(?=forecast|predict|project)(?<=\b(?:analysts|economists|forecasters|experts|strategists|traders|investors|markets|polls|surveys|models)\s+(?:now\s+|also\s+|still\s+)?)(?:forecast|predict|project)\s+(?:[\p{L}\p{N}’'().,-]+\s+){1,10}?to\s+\p{Ll}+/iu,
  // "Mr Hale forecast cocoa grinding to rise 2%", "Vanta forecast the ruling group falling 30 seats
  // short": the past "forecast" after a capitalised word or a pronoun, its object next (not a
  // possessive's noun, "Hale's forecast", nor the noun a name qualifies, "the Fed forecast for growth").
  /(?=forecast\s)(?<=(?:\b(?!The\b|A\b|An\b|This\b|That\b|Its\b|Their\b)\p{Lu}[\p{L}-]*(?<![’']s)|\b(?:he|she|they|it|who|which))\s+(?:also\s+|now\s+|then\s+|had\s+)?)forecast\s+(?!(?:for|of|in|on|from|by|was|is|has|had|will|would|to|that|and|at)\b)(?:[\p{L}\p{N}’'().-]+\s+){1,8}?(?:to\s+(?!(?:a|an|the|its|their|his|her)\b)\p{Ll}+|\p{Ll}+ing\s+(?:by\s+|to\s+|about\s+|around\s+)?[-−+]?[$€£]?\d)/u,
  // "Acme raised its forecast, now seeing prices at $3,000 by December": a participle after a comma,
  // with a figure ("drivers started seeing prices above $4 last week" saw it).
  /(?=seeing\s)(?<=,\s+(?:(?:now|also|still)\s+)?)seeing\s+(?:[\p{L}\p{N}’'%-]+\s+){1,5}?(?:at|to|of|around|near|above|below)\s+(?:about\s+|around\s+)?[-−+]?[$€£]?\d/iu,
  // "Bills are estimated to fall 12% in July": an estimate of a change to come, with its time ("the
  // crowd is estimated to be 10,000", "the fire is estimated to reach 40,000 acres" are counts now).
  /\b(?:is|are)\s+estimated\s+to\s+(?:rise|fall|grow|increase|decline|drop|reach|hit|climb|shrink|jump|slow|top|exceed|double|halve)\b(?=[^.;]{0,60}?\b(?:next|by\s+(?:the\s+)?(?:end|20\d\d)|this\s+(?:year|month|quarter|winter|summer|spring|autumn)|(?:over|in)\s+the\s+(?:next|coming)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)))/iu,
  // "Crewe sees a Labour majority of 61 seats": a seen quantity with its figure.
  /\bsees?\s+(?:a|an)\s+(?:[\p{L}’'-]+\s+){1,3}?of\s+(?:about\s+|around\s+)?[-−+]?[$€£]?\d/iu,
  // "Davies sees an even larger deficit", "every other forecaster sees the cash rate being lower":
  // a change seen ahead, by its comparison.
  /(?<!\bto\s)\bsees?\s+(?:an?\s+)?(?:even\s+|much\s+|still\s+)?(?:larger|smaller|bigger|wider|narrower|deeper|higher|lower|greater|sharper|steeper|faster|slower|stronger|weaker)\s+\p{Ll}+/iu,
  /(?<!\bto\s)\bsees?\s+(?:[\p{L}’'-]+\s+){1,4}?being\s+(?:much\s+|even\s+|a\s+(?:little|bit)\s+)?(?:higher|lower|larger|smaller|bigger|stronger|weaker|cut|raised|lifted|trimmed)\b/iu,
  // "the averages point to Labour seizing 41.6 per cent": evidence pointing to an outcome.
  /\bpoints?\s+to\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}?\p{Ll}+ing\b/iu,
  // "The overall prediction for the Liberal Democrats is 16.6 per cent": a forecast noun and its figure.
  /\b(?:prediction|forecast|projection|estimate)\s+for\s+[^,;]{2,60}?\s+(?:is|was)\s+(?:about\s+|around\s+)?[-−+]?[$€£]?\d/iu,
  /\b(?:are|is|were|was)\s+(?:now\s+|still\s+)?(?:forecasting|predicting|projecting)\b/i,
  // "driven by a forecast fall in output to 29.5 million tons": a forecast change with its figure.
  /\b(?:a|an|the|its|their)\s+forecast\s+(?:[\p{L}-]+\s+){0,2}?(?:increase|rise|fall|drop|decline|gain|growth|deficit|surplus|loss|cut|hike|contraction|expansion)s?\s+(?:of|to|in|by)\s+[^.;]{0,50}?\d/iu,
  // "issued its outlook, with a forecast of above average rainfall".
  /\bwith\s+(?:a|its|their)\s+forecast\s+of\s+\p{L}/iu,
  // "Forecasters predict a hot summer", "predicts a bumper harvest": the object is a time to come.
  /(?<!\b(?:had|the|a|an|its|their|our|his|her|of|and)\s)\b(?:forecasts?|predicts?|projects?|anticipates?|foresees?)\s+(?:a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:summer|winter|spring|autumn|season|quarter|harvest|crop)\b/iu,
  // "The weather service's outlook calls for above-normal temperatures".
  // "The outlook from the Weather Office calls for …": its maker may stand between.
  /\b(?:outlook|forecast|projection|model|consensus|guidance|scenario)s?\s+(?:(?:from|by|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5})?(?:now\s+|still\s+|also\s+)?calls?\s+for\s+\S/iu,
  // "The winter outlook favors above-normal temperatures": the outlook's leaning, as forecasters
  // of the season write it ("is favored across the South" is read with "favoured to win" below).
  /\b(?:outlook|forecast|projection|model)s?\s+(?:now\s+|still\s+|also\s+)?favou?rs?\s+\S/iu,
  // "A warmer summer is in store": what is coming.
  /\b(?:is|are)\s+(?:likely\s+)?in\s+store\b/iu,
  // "The company guided for revenue of $5 billion": a company's guidance is its forecast.
  // (The cue starts after the verb, so that attribution reads the guiding company before it.)
  /(?=for|to)(?<=\bguid(?:es|ed|ing)\s+)(?:for|towards|to)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?(?:of\s+|at\s+|between\s+|around\s+)?[-−+]?[$€£]?\d/iu,
  // "The incumbent remains the slight favourite to win": a favourite with no price, now ("Spain
  // were favourites in 2010" tells of the past).
  /\b(?:is|are|remains?|looks?|seems?)\s+(?:still\s+|now\s+)?(?:the\s+)?(?:clear\s+|slight\s+|heavy\s+|strong\s+|firm\s+|narrow\s+|overwhelming\s+|big\s+|hot\s+)?favou?rites?\s+(?:to\s+\p{Ll}|for\s+(?:the\s+)?\p{L})/iu,
  // "The markets tab Norris as the clear favourite for the title", "bookmakers installed her as
  // favourite to win": a favourite named by those who rate the field; "they are favoured to win",
  // "La Niña is favored to develop", "above-normal rain is favored across the South".
  /\b(?:tabs?|tabbed|tips?|tipped|install(?:s|ed)?|names?|named|sees?|rates?|rated|touts?|touted|backs?|backed)\s+(?:him|her|them|it|(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3})\s*as\s+(?:the\s+)?(?:clear\s+|slight\s+|heavy\s+|strong\s+|firm\s+|early\s+|hot\s+|big\s+)?favou?rites?\s+(?:to\s+\p{Ll}|for\s+(?:the\s+)?\p{L})/u,
  /\b(?:is|are|remains?)\s+(?:now\s+|still\s+|\p{Ll}+ly\s+)?favou?red\s+(?:to\s+\p{Ll}|across\b|over\b|in\s+(?:the\s+)?\p{Lu}|for\b(?!\s+(?:its|his|her|their|our|being|having)\b))/u,
  // "Curbs should lead to higher prices", "that should see sales reach $221bn", "Rivera should win":
  // "should" of an outcome, not of advice (an outcome verb, not an act: "the bank should cut").
  // "Supplies should dip to the minimum", "this summer should continue the recent trend".
  /\bshould\s+(?:also\s+|still\s+|easily\s+|comfortably\s+|eventually\s+)?(?:lead\s+to|result\s+in|see|offer|rise|fall|increase|decrease|decline|drop|dip|slip|climb|grow|shrink|contract|expand|slow|reach|peak|ease|improve|recover|rebound|stabili[sz]e|moderate|soften|weaken|strengthen|bottom\s+out|level\s+off|pick\s+up|top|exceed|win|be\s+well|continue\s+(?:the|its|their)\s+(?:\p{Ll}+\s+)?trend|continue\s+to\s+(?:rise|fall|grow|decline|climb|increase|drop|ease|improve|slow|shrink))\b/iu,
  // "Acme is also poised for a strong year": set for an outcome named by its noun.
  /\b(?:is|are)\s+(?:also\s+|now\s+|still\s+)?poised\s+for\s+(?:a|an|another|further|more|its|their)\s+\p{L}/iu,
  // "Oil prices have further to fall": room left to move, said of what is to come.
  /\b(?:has|have)\s+(?:much\s+|a\s+lot\s+|some\s+|a\s+(?:bit|little|way)\s+)?(?:further|farther)\s+to\s+(?:fall|rise|run|go|climb|drop|decline|rally|slide)\b/iu,
  // "The outlook reflects our expectation of a weak El Niño": an expectation owned, not a past one.
  /\b(?:our|their|its|his|her)\s+(?:central\s+|base\s+|main\s+|current\s+)?expectations?\s+(?:of|that|for)\s+(?:a|an|the|\p{L}+)/iu,
  // "Three economists are pencilling in a 50 basis point cut": a cut written into a forecast.
  /\bpencil(?:l)?(?:ing|ed|s)?\s+in\s+(?:a|an|another|two|three|four|\d)/iu,
  // "We look for the memory business to post a big improvement": "look for … to" expects.
  /\b(?:we|they|analysts|economists|strategists|investors|traders)\s+(?:now\s+|still\s+|also\s+)?look\s+for\s+[^.;,]{1,60}?\s+to\s+\p{Ll}+/iu,
  // "Acme is among those forecasting a rise": one of a group that forecasts it.
  /\bthose\s+(?:forecasting|predicting|projecting|expecting|anticipating|tipping)\s+(?:that\s+)?[\p{L}\p{N}$€£]/iu,
  // "YouGov's modelling points to an 84-seat win", "the data point to a fall in output".
  /\bpoints?\s+to\s+(?:a|an)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,3}?(?:win|victory|defeat|majority|increase|rise|fall|drop|decline|cut|hike|recession|slowdown|surplus|deficit|loss|gain|contraction|rebound)\b/iu,
  // "the estimate is for a profit of 202 cents", "the consensus is for a cut of 25 basis points".
  // The cue starts at the verb: the noun before it is the subject whose owner speaks.
  /(?=is|was)(?<=\b(?:estimate|forecast|prediction|projection|consensus|expectation)\s+)(?:is|was)\s+for\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?[-−+]?[$€£]?\d/iu,
  // "…, with some analysts predicting a sharp response": a group's forecast in a "with" clause.
  /\bwith\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}?(?:predicting|forecasting|projecting|expecting|anticipating|indicating|seeing)\s+(?:that\s+)?[\p{L}\p{N}$€£]/iu,
  // "The Commission forecasts growth of 1.1% next year", "the bank projects a deficit of $40bn":
  // the verb, its noun and the figure.
  /(?<!\b(?:the|a|an|its|their|our|his|her|these|those|of|and|in|latest|new)\s)\b(?:forecasts|predicts|projects)\s+(?:[\p{L}’'-]+\s+){1,5}?(?:of|at|by)\s+[-−+]?[$€£]?\d(?:[\d.,]*\d)?(?:\s?(?:%|percent|per\s?cent))?/iu,
  /\b(?:see|sees|seeing)\s+(?:[\p{L}\p{N}’'%.-]+\s+){1,6}?(?:coming|ahead|happening|on the way|as (?:likely|probable|the most likely))\b/iu,
  // "Economists now see inflation peaking at 4.5% in March": the path, with its figure or its date
  // ("see growth picking up in 2026": a verb's particle between).
  /\b(?:see|sees)\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}?\p{Ll}+ing\s+(?:(?:up|down|out|off|back|on|again)\s+)?(?:(?:at|to|by|above|below|around|near)\s+[$€£]?\d|[$€£]\d|\d(?:[\d.,]*\d)?\s?(?:%|percent\b|per\s?cent\b)|(?:next|this)\s+(?:year|month|quarter|week)|in\s+\d{4}|by\s+\d{4})/iu,
  /\b(?:our|the|its|their|a|his|her)\s+(?:baseline|base|central|main|core)\s+(?:scenario|case|forecast|projection)\b/i,
  // "The bank is seen cutting rates twice next year": the wire's passive forecast ("was seen
  // leaving" is past narrative, so the present only).
  /\b(?:is|are)\s+(?:now\s+|widely\s+|still\s+|also\s+)?seen\s+(?:\p{Ll}+ing|to\s+\p{Ll}+)\b/iu,
  // "Prices were seen ending 2022 at $1.80 per lb": a poll's forecast reported in the past, with
  // its price or rate ("was seen leaving at 10" is narrative: no currency, no percentage).
  /\b(?:was|were)\s+(?:now\s+|widely\s+|also\s+)?seen\s+\p{Ll}+ing\s+(?:[\p{L}\p{N}/’'.-]+\s+){0,6}?(?:about\s+|around\s+)?(?:[$€£]\d|\d[\d.,]*(?:-|\s)?(?:%|percent\b|per\s?cent\b|pct\b|million\b|billion\b|trillion\b|tons\b|tonnes\b|barrels\b|bags\b|bushels\b))/iu,
  // "We think the group extends its cuts at the June meeting", "I don't think the pricing holds
  // into next year": a belief over a clause in the present with a time to come (the frame opens at
  // the clause, so that a denied belief before it reads as one).
  new RegExp(
    `(?=\\p{L})(?<=\\b(?:think|thinks|believe|believes|expect|expects|reckon|reckons|suspect|suspects|bet)\\s+(?:that\\s+)?)(?!(?:it|this|that|there|he|she|they|we|i|you)\\s+(?:is|are|was|were|has|have|had)\\b)(?:[\\p{L}\\p{N}’'-]+\\s+){1,6}?\\p{Ll}+s\\s+[^.;]{0,60}?(?:${FUTURE_TIME}|at\\s+(?:the|its|their)\\s+(?:next\\s+|\\p{Lu}\\p{Ll}+\\s+)meeting|into\\s+next\\s+year)`,
    "iu",
  ),
  // "The remaining three forecast a 25 basis point cut": a forecast move in basis points.
  /(?<!\b(?:the|a|an|its|their|his|her|our)\s)\b(?:forecasts?|predicts?|predicted|projects?|expects?|sees?|anticipates?|estimates?)\s+(?:a|an|another)\s+\d+(?:\.\d+)?[-\s]?(?:basis[-\s]points?|bps|percentage[-\s]points?)\s+(?:cut|hike|rise|increase|reduction|move)\b/iu,
  // "the odds now strongly favour a hold", "we are looking at a couple of years of shortages".
  /\b(?:odds|chances)\s+(?:[\p{Ll}]+\s+){0,3}?favou?rs?\b/iu,
  /\b(?:are|is|am|’re|'re)\s+looking\s+at\s+(?:a\s+)?(?:couple|few|several|another|at\s+least|\d+|two|three|four|five|many|more)\b/i,
  // "forecasters favour a weak winter", "models now favor a late onset".
  /(?=favou?r)(?<=\b(?:forecasters|models|analysts|economists|markets|traders|bookmakers)\s+(?:now\s+|still\s+)?)favou?r\b/i,
  // "produced a median forecast of $3,400 for 2025", "projections for 2026 jumped to $4,275": a
  // forecast noun with its figure.
  /\b(?:median|average|mean|consensus)\s+(?:forecast|projection|estimate)\s+(?:of|for|at)\s/i,
  /\b(?:projections|forecasts)\s+for\s+(?:\d{4}|next\s+year)\s+(?:[\p{Ll}]+\s+){0,3}?(?:to|at)\s+\$?\d/iu,
  // Round nine, general frames. "Analysts forecast a cut in June", "Fourteen predicted a rate of
  // 4.25 pct", "The IMF sees growth of 2 percent next year": a verb of forecasting in the active
  // voice, its object, then a time to come or a figure. Not a noun ("the forecast of …"), not a
  // passive, a past perfect ("had predicted a cut": a superseded forecast) or after a modal ("will
  // see their bills rise"); a subject before it ("Fears over … in March" is a noun); an object of
  // one word at least, so that the noun ("growth forecasts for this year") is no verb.
  new RegExp(
    `(?=forecast|predict|project|see|anticipat|foresaw|foresee|fear|warn|estimate)(?<=[\\p{L}\\p{N}’'.,)]\\s)(?<!\\b(?:the|a|an|its|their|our|his|her|these|those|of|and|in|latest|new|is|are|was|were|be|been|being|had|has|have|than|as|to|will|would|could|may|might|can|should|must|do|does|did|not|reported|reports)\\s)\\b(?:forecasts?|forecasting|predicts?|predicted|predicting|projects?|projected|projecting|sees?|anticipates?|anticipated|foresees?|foresaw|fears?|warns?\\s+of|estimates?(?!\\s+(?:show|shows|showed|suggest|suggests|put|puts|point|points|indicate|indicates|are|were|was|is|have|had|of|for)\\b))\\s+(?:(?:a|an|the|another|two|three|further|more|at\\s+least|its|their)\\s+)?(?!(?:for|of|in|to|at|by|from|on)\\b)(?:[\\p{L}\\p{N}’'%-]+(?:[.,]\\d+)*\\s+){1,5}?${FUTURE_OR_FIGURE}`,
    "iu",
  ),
  new RegExp(
    `\\b(?:heading|headed|on\\s+course|on\\s+track|on\\s+the\\s+way)\\s+(?:for|towards?)\\s+(?:a|an|the|another|its|their|his|her)?\\s*(?:[\\p{L}-]+\\s+){0,2}?${OUTCOME}s?\\b`,
    "iu",
  ),
  // "The agency's projections show demand rising by 2% next year": a forecast in the present that
  // shows a time to come ("showed", past, is as often a forecast since replaced). Only documents
  // that look ahead: estimates and models also count the past ("census estimates show the
  // population grew", "satellite models show the glacier retreated") and products have models.
  new RegExp(
    `\\b${FORECAST_DOCUMENT}\\s+(?:now\\s+|also\\s+|still\\s+)?(?:shows?|sees?|points?\\s+to|suggests?|indicates?|predicts?|expects?|projects?)\\s+(?:(?![\\p{L}’'-]+ed\\b|(?:grew|shrank|fell|rose|was|were|had|did)\\b)[\\p{L}\\p{N}’'%.,$€£-]+\\s+){0,8}?${FUTURE_TIME}`,
    "iu",
  ),
  REVISED_FORECAST,
  // "The team again calls for 18 named storms", "the forecast calls for 3 inches of rain": a
  // forecaster's count (not a demand: "the report calls for 10 new hospitals", "calls for calm").
  /(?=call)(?<=\b(?:forecasts?|outlooks?|team|model|models|forecasters|it|which)\s+(?:\p{Ll}+\s+)?)call(?:s|ed|ing)?\s+for\s+(?:about\s+|around\s+|roughly\s+|another\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)/iu,
  // "… makes him favourite to reach Paris".
  /\bmak(?:e|es|ing)\s+(?:him|her|them|it|\p{Lu}[\p{L}’'-]*)\s+(?:the\s+)?(?:clear\s+|firm\s+|strong\s+)?favou?rites?\s+(?:to|for)\s/u,
  // "Market analysts predict tighter supplies": a group's forecast of a change, with no figure.
  /(?=predict|forecast|project|foresee|anticipate)(?<=\b(?:analysts|economists|forecasters|experts|strategists|traders|investors|scientists|researchers|meteorologists)\s+(?:now\s+|also\s+|still\s+)?)(?:predict|forecast|project|foresee|anticipate)\s+(?:a\s+|an\s+|the\s+)?(?:more|further|higher|lower|tighter|looser|weaker|stronger|slower|faster|another|rising|falling|continued)\b/iu,
  // "Analysts tipped the bank to cut in June": a tip for what will happen (the passive "tipped to" is in the lexicon).
  // Only a tip to win, lead or become, not "tipped the ball over the bar to deny him".
  /(?<!\b(?:a|the|his|her|their|its|our|is|are|was|were|been)\s)\btip(?:s|ped)\s+(?!off\b)(?:[\p{L}\p{N}’'-]+\s+){1,4}?to\s+(?:win|lift|take|claim|become|be|finish|top|succeed|replace|lead|land|secure|cut|raise|hike|hold|reach|retain|clinch)\b/iu,
  // "Markets are pricing in a cut by June", "economists are pencilling in two hikes": what the
  // market or the forecasters already count on.
  // Only with the move or the chance counted on: "prices in 2023 rose", "priced in a range of" are not.
  /\b(?:pric(?:ing|ed)|pencil(?:l?(?:ed|ing))?|pencils)\s+in\s+(?:a|an|another|two|three|four|further|more|at\s+least|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:cuts?|hikes?|rises?|increases?|reductions?|moves?|easing|tightening|chance|likelihood|prospect|possibility|risk|probability|recession|default)\b/iu,
  // "Expectations are for a cut in June", "the consensus is for two hikes".
  /\b(?:expectations?|(?:the\s+)?consensus(?:\s+view)?|market\s+consensus)\s+(?:is|are)\s+(?:now\s+|still\s+)?for\s+(?:a|an|another|two|three|further|more|at\s+least|\d)/i,
  // "A recession next year was forecast by the IMF": the passive with its forecaster.
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?:forecast|predicted|projected)\s+by\s+(?:the\s+)?(?:\p{Lu}|most\b|many\b|some\b|\d+\s+of\b|\p{Ll}+s\b)/u,
  // "Growth is seen at 2 percent next year", "inflation is forecast at 3.1%": the wire's passive with its figure.
  /\b(?:is|are)\s+(?:now\s+|widely\s+|still\s+|also\s+)?(?:seen|forecast|projected|predicted|expected)\s+(?:at|around|near|between)\s+(?:about\s+|around\s+)?[-−+]?[$€£]?\d/iu,
  // Last: the more specific frames above read a figure with these words ("see prices falling 5%").
  // "Ecom saw production rising in Ghana", "we see rates falling": a course seen for what is to come.
  /\b(?:sees?|saw)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:rising|falling|growing|shrinking|increasing|decreasing|declining|climbing|dropping|easing|slowing|recovering|rebounding|peaking|edging\s+(?:up|down|higher|lower))\b/iu,
  // "now sees the economy expanding": in the present only ("saw its economy contracting" is news).
  /\bsees?\s+(?:[\p{L}’'-]+\s+){1,4}?(?:expanding|contracting|accelerating|weakening|strengthening|improving|deteriorating)\b/iu,
  // "Only one economist predicted an easing of policy", "it predicted a continuation of battles":
  // a forecast of a change or an outcome named by its noun (not one of a past year).
  new RegExp(
    String.raw`(?<!\b(?:had|the|a|an|its|their|our|his|her|of|and)\s)\b(?:predicts?|predicted|forecasts?|foresees?|foresaw|anticipates?|anticipated)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:continuation|escalation|easing|tightening|resumption|upturn|ceasefire|${OUTCOME})\b(?![^.;]{0,60}?\b(?:in|during)\s+(?:19|20)\d\d\b)`,
    "iu",
  ),
];

// Idioms of chance that carry their own band, beside the frames above (which read as likely):
// "are still going to see sales decline", "all have a shot at winning", "risks losing its
// majority", "should be able to form a coalition", "should easily hold the seat", "is backing
// Costa to win", "has no path to victory".
const BANDED_FRAMES: ReadonlyArray<[RegExp, BandKey]> = [
  // "A spike in cases indicates a challenging year ahead": a sign read for the time to come.
  [
    /\b(?:indicates?|indicated|signals?|signall?ed|suggests?|suggested|points?\s+to|pointed\s+to|heralds?|heralded|foreshadows?|portends?)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:year|season|winter|summer|spring|autumn|month|months|period|quarter|weeks|days|times?)\s+ahead\b/iu,
    "likely",
  ],
  [
    /\b(?:is|are|’re|'re|’s|'s)\s+(?:still|also|now|certainly|definitely|surely|really|just)\s+going\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|jail|prison|court|school|work|bed|church|hospital|war|town|hell)\b)\p{Ll}+/u,
    "very-likely",
  ],
  [
    /\b(?:has|have|had|stands?|stood|with)\s+(?:a|an)\s+(?:real\s+|decent\s+|fair\s+|fighting\s+)?shot\s+(?:at|of)\s+(?:\p{Ll}+ing|the|a|an)\b/u,
    "roughly-even",
  ],
  [/\b(?:has|have|had|stands?|stood|with)\s+(?:a|an)\s+(?:good|strong|great|excellent)\s+shot\s+(?:at|of)\s+(?:\p{Ll}+ing|the|a|an)\b/u, "likely"],
  [
    /\b(?:risks|risked|risking)\s+(?:losing|falling|missing|slipping|sliding|tipping|breaching|defaulting|failing|becoming|running\s+out|cutting|reducing|pushing|driving|triggering|derailing|delaying|hitting|damaging|undermining|wiping|halving)\b(?!\s+(?:\p{Ll}+\s+)?(?:temper|cool|patience|face|sight|touch|nerve|head|mind|way|balance|footing)\b)/u,
    "roughly-even",
  ],
  // Able to reach an outcome, not to explain or justify itself, nor a right or an option ("should
  // be able to vote", "should be able to access"): "should be able to" is also advice.
  [
    /\bshould\s+(?:still\s+|also\s+)?be\s+able\s+to\s+(?!(?:explain|justify|say|tell|see|understand|answer|show|prove|demonstrate|defend|account|choose|decide|vote|apply|access|use|get\s+help)\b)\p{Ll}+/u,
    "likely",
  ],
  [/\bshould\s+(?:fairly\s+|quite\s+|very\s+)?(?:easily|comfortably|handily)\s+\p{Ll}+/u, "likely"],
  // A pundit's tip, not a party's or a government's endorsement of its own candidate.
  [
    /(?<!\b(?:party|parties|government|union|unions|council|committee|club|board|members|voters|supporters|donors|leadership|campaign)\s+)\b(?:is|are|was|were)\s+backing\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}to\s+(?:win|lift|take|claim|finish|top|become|retain|reach)\b/u,
    "likely",
  ],
  [/\b(?:has|have|had)\s+(?:essentially\s+|virtually\s+|practically\s+)?no\s+(?:realistic\s+|viable\s+|plausible\s+)?path\s+to\b/u, "almost-no-chance"],
  // "Chances are the bill will pass", "odds are that he stays": the idiom of a likely outcome, a
  // clause after it ("the chances are slim" is an adjective's, read by the lexicon).
  [
    /\b(?:[Cc]hances|[Oo]dds)\s+are(?=\s+(?:that\s+)?(?:the|a|an|he|she|they|it|we|you|this|these|\p{Lu}[\p{L}’'-]*)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:will|would|won[’']t|could|may|might|is\s+going\s+to|are\s+going\s+to)\b)/u,
    "likely",
  ],
  // "The odds of a June cut are roughly even".
  [
    /\b(?:odds|chances)\s+(?:of\s+[^,.;]{1,60}?\s+)?(?:are|look|seem|stand|remain)\s+(?:roughly|about|more\s+or\s+less|broadly|pretty\s+much)\s+even\b/u,
    "roughly-even",
  ],
];

// "a poll of 40 economists showed the bank would hold rates": what a poll found its answers expect,
// a bare will or would under a verb of finding (very likely), or of reading evidence (likely, as
// rule 4 of the corpus labels reads "suggests … will"). The frame opens at the verb, so that
// attribution reads the poll before it as the subject.
const POLL_FOUND = (verbs: string) =>
  new RegExp(
    `(?=${verbs})(?<=\\b(?:polls?|survey)\\b[^.;:“”"]{0,60}?\\s)(?:${verbs})\\s+(?:that\\s+)?(?:[\\p{L}\\p{N}’'.-]+\\s+){1,6}?(?:would|will)\\s+\\p{Ll}+`,
    "iu",
  );
const POLL_FRAMES: ReadonlyArray<[RegExp, BandKey]> = [
  [POLL_FOUND("showed|found|shows|finds"), "very-likely"],
  [POLL_FOUND("suggested|indicated|suggests|indicates"), "likely"],
];

function frameCue(text: string): PhraseLocation | null {
  for (const [frame, key] of [...BANDED_FRAMES, ...POLL_FRAMES]) {
    const m = frame.exec(text);
    if (m) return { band: findBand(key), matched: m[0].toLowerCase(), negated: false, start: m.index, end: m.index + m[0].length };
  }
  const longShot = LONG_SHOT.exec(text);
  if (longShot)
    return {
      band: findBand("very-unlikely"),
      matched: longShot[0].toLowerCase(),
      negated: false,
      start: longShot.index,
      end: longShot.index + longShot[0].length,
    };
  for (const frame of FRAMES) {
    const m = frame.exec(text);
    if (!m) continue;
    // "I don't see that happening": the frame denied is unlikely.
    if (/(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index)))
      return { band: findBand("unlikely"), matched: m[0].toLowerCase(), negated: true, start: m.index, end: m.index + m[0].length };
    // "strongly favour": the frame's own intensifier raises it a band.
    const band = findBand(/\b(?:strongly|heavily|overwhelmingly)\b/i.test(m[0]) ? "very-likely" : "likely");
    return { band, matched: m[0].toLowerCase(), negated: false, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The probability words of a piece of text, if it forecasts. Words inside a "whether" clause
 * ask rather than forecast ("experts are divided on whether they will…"), and "unclear
 * whether" says nothing either way. The hedge governs the event: a bare "will" gives way to any
 * other estimative word in the same clause ("the agreements they will sign, which may include …"
 * is a hedged "may"), and a "will" that only states a schedule or a fact is no forecast.
 */
// "Economists rejected the possibility the Fed will …", "the agency downplayed the likelihood of
// a strong El Niño": a chance dismissed governs what follows it in its clause (unlikely).
const DISMISSED =
  /\b(?:rejected|rejects|reject|dismissed|dismisses|dismiss|ruled\s+out|rules\s+out|rule\s+out|downplayed|downplays|played\s+down|plays\s+down)\s+(?:the\s+)?(?:possibility|likelihood|prospect|chances?|idea|odds)\b/i;

// "The chances of a quiet season are 'close to zero'", "the probability of spread was 'moderate'",
// "the possibility exists, but it's very small":
// a chance given a level in words.
const CHANCE_LEVEL =
  /\b(?:chances?|odds|probability|likelihood|risk(?=\s+(?:of|that)\b)|possibility)\b(?:[^.;]|\.(?=\s*[\d\p{Ll}])){0,140}?(?:\b(?:is|are|was|were|be|remains?|stands?\s+at|as)|(?<=\b(?:it|that)[’']s))\s+[“"‘']?(?:(?:close\s+to|near|virtually|practically|effectively|essentially)\s+)?(zero|nil|moderate|medium|(?:(?:very|extremely|quite|fairly|pretty|relatively|rather|reasonably)\s+)?(?:small|slim|slight|low|tiny|remote|high|good|strong|big|great|decent))\b[”"’']?(?=\s*(?:[.,;:!?'"”’)]|$|(?:this|in|for|at|now|over|during|and|but|until|by|to)\b))/iu;
const CHANCE_NOUN = /\b(?:chance|odds|probabilit|likelihood|risk|possibilit)/i;
const LEVEL_BANDS: Record<string, BandKey> = { zero: "almost-no-chance", nil: "almost-no-chance", moderate: "roughly-even", medium: "roughly-even" };
// "The chances of a deal are very small", "the risk is high": a chance's size in words.
const SMALL = /\b(?:small|slim|slight|low|tiny|remote)$/;
const EXTREME = /^(?:very|extremely)\s|\b(?:tiny|remote)$/;
function levelBand(level: string): BandKey {
  const word = level.toLowerCase();
  if (LEVEL_BANDS[word]) return LEVEL_BANDS[word];
  if (/^(?:(?:fairly|reasonably|pretty)\s+good|decent)$/.test(word)) return "roughly-even";
  if (SMALL.test(word)) return EXTREME.test(word) ? "very-unlikely" : "unlikely";
  return EXTREME.test(word) ? "very-likely" : "likely";
}
// "City are overwhelming favourites to retain the title": the favourite of a contest to come.
const FAVOURITES =
  /\b(?:is|are|remains?|starts?|looks?|go(?:es)?\s+in\s+as)\s+(?:now\s+|still\s+|currently\s+)?(?:the\s+)?(?:(overwhelming|heavy|hot|strong|clear|firm|big|red-hot|odds-on|runaway)\s+)?favou?rites?\s+(?:to|for)\s/iu;

function levelCue(text: string): PhraseLocation | null {
  // Only a text with a noun of chance can state its level: skip the long pattern otherwise.
  const level = CHANCE_NOUN.test(text) ? CHANCE_LEVEL.exec(text) : null;
  if (level) {
    const band = findBand(levelBand(level[1]));
    return { band, matched: level[0].toLowerCase(), negated: false, start: level.index, end: level.index + level[0].length };
  }
  const favourite = FAVOURITES.exec(text);
  if (!favourite) return null;
  const band = findBand(favourite[1] ? "very-likely" : "likely");
  return { band, matched: favourite[0].trim().toLowerCase(), negated: false, start: favourite.index, end: favourite.index + favourite[0].trimEnd().length };
}

const REFUSAL_TO_SPEAK = /^(?:(?:will|would)\s+not|won[’']t|wouldn[’']t)$/i;
const REFUSED_SPEECH = /^\s+(?:say|comment|disclose|reveal|elaborate|specify|speculate)(?:\s+(?:whether|when|how|if|what|who|which|why|on)\b|\s*[,.;]|\s*$)/i;
const DESPITE_LEAD = /^\s*(?:despite|notwithstanding|in\s+spite\s+of)\s[^,;:“”"]{3,160}?,\s+(?=\S)/i;

export function findCue(text: string): PhraseLocation | null {
  const level = levelCue(text);
  if (level) return level;
  const dismissed = DISMISSED.exec(text);
  if (dismissed && !/\b(?:not|never|n[’']t)\s+(?:\w+\s+)?$/i.test(text.slice(0, dismissed.index)))
    return {
      band: findBand("unlikely"),
      matched: dismissed[0].toLowerCase(),
      negated: false,
      start: dismissed.index,
      end: dismissed.index + dismissed[0].length,
    };
  const exclude = new Set(WEAK);
  let bareWill: PhraseLocation | null = null;
  for (let tries = 0; tries < 4; tries++) {
    const cue = locatePhrase(text, { exclude, skipWord: isMonth, earliest: true });
    if (!cue) break;
    exclude.add(cue.matched);
    // The strongest words of the text asking a question: the text asks rather than forecasts.
    if (asks(text, cue)) return null;
    // "That does not mean prices will fall": a denied inference forecasts neither way.
    if (NOT_MEAN.test(text.slice(0, cue.start))) return null;
    // "Officials would not say whether …", "she won't comment.": a refusal to speak forecasts nothing
    // (and its bare "will" is no cue either).
    if (REFUSAL_TO_SPEAK.test(cue.matched) && REFUSED_SPEECH.test(text.slice(cue.end))) return null;
    if (comparesWithPast(text, cue) || saysNoForecast(text, cue) || predicateOfWill(text, cue) || judgesPresent(text, cue)) continue;
    // "The loans are guaranteed by the state": a guarantee given, not a certainty of outcome; nor
    // is the verb ("The treaty guaranteed every farmer an income"): only after a copula.
    if (/guaranteed$/.test(cue.matched) && (GUARANTOR.test(text.slice(cue.end)) || !GUARANTEED_AFTER.test(text.slice(0, cue.start)))) continue;
    // "The chances of a deal are high" gives a chance; "Rates are high", "the stakes are high" do not.
    if (cue.matched === "are high" && !CHANCE_NOUN.test(text.slice(Math.max(0, cue.start - 80), cue.start))) continue;
    // "In its latest forecast, Acme said prices would fall": the document named in a leading
    // phrase only says where the forecast was made; the clause after it carries the hedge.
    if (cue.end <= (LEADING_DOCUMENT.exec(text)?.[0].length ?? 0)) continue;
    // "Despite the real risk of clashes, analysts say war remains a distant prospect": a risk
    // conceded in a leading phrase is not the forecast the clause after it makes.
    if (cue.end <= (DESPITE_LEAD.exec(text)?.[0].length ?? 0)) continue;
    // "To get an answer, you could ask the bookmakers": the reader's options, not a forecast.
    if (/^(?:could|can|might|may)$/.test(cue.matched) && /\byou\s+$/i.test(text.slice(0, cue.start))) continue;
    // "based on expected warm sea temperatures", "the expected profit": "expected" as an adjective
    // before its noun describes, it does not forecast.
    if (
      /^(?:expected|projected|anticipated|predicted|guaranteed)$/.test(cue.matched) &&
      ATTRIBUTIVE_BEFORE.test(text.slice(0, cue.start)) &&
      !/^\s+(?:to|that|by|in|at|on|for)\b/i.test(text.slice(cue.end)) &&
      !FORECAST_CHANGE.test(text.slice(cue.end))
    )
      continue;
    // "was inevitable", "had been on the cards", "had no choice but to": the idiom told of the
    // past; "the inevitable", "with a certainty that", "a fair chance to speak": no chance at all.
    // "One said it was now almost inevitable Greece leaves": reported speech keeps its tense back.
    const before = text.slice(0, cue.start);
    if (IDIOM.test(cue.matched) && ((IDIOM_PAST.test(before) && !IDIOM_REPORTED.test(before)) || idiomLiteral(text, cue))) continue;
    // "far from a done deal", "far from assured": doubted, not denied outright.
    if (FAR_FROM.test(text.slice(0, cue.start))) return { ...cue, band: findBand("unlikely"), negated: true };
    // "we do not think the economy will shrink": the denied belief governs the negated will.
    if ((cue.matched === "will" || cue.matched === "would") && cue.negated) {
      const denied = governingVerb({ text, modalAt: cue.start });
      if (denied) return denied;
    }
    // "polls projected the party could win": the clause's own hedge wins over the verb that frames it.
    if (
      /^(?:expected|projected|predicted|anticipated|expects?|predicts?|forecasts?|projects?|anticipates?|forecast to|predicted to)$/.test(cue.matched) &&
      !cue.negated
    ) {
      const own = ownHedge(text, cue);
      if (own) return own;
    }
    // "The pandemic expected to return this fall may infect half the population": a participle
    // that describes the subject; the main clause's hedge governs.
    const main = REDUCED_RELATIVE.test(cue.matched) && !cue.negated ? mainClauseHedge(text, cue) : null;
    if (main) return main;
    // "The drought will persist, and it will not reach the north": a later negated will is a
    // clause of its own, not a hedge inside the first one's description.
    // ("Voters will go to the polls on Sunday, but the winner won't be known until a runoff": after a
    // will of schedule, the negated one is the sentence's forecast.)
    if (bareWill && /^(?:will not|won't|would not|wouldn't)$/.test(cue.matched) && !statesFact(text, bareWill)) continue;
    // "We will fight this decision", "I will not resign": the speaker's own intention or promise,
    // not a forecast ("we will see a recession" is one: what they will witness, not do).
    if (/^(?:will|will not|won't|would not|wouldn't)$|'ll$/.test(cue.matched) && firstPersonIntent(text, cue)) continue;
    if ((cue.matched === "will" || /'ll$/.test(cue.matched)) && !cue.negated) {
      bareWill = cue;
      continue; // a hedge elsewhere governs; else the will stands, unless it states a fact
    }
    // "I genuinely believe we are going to win": a belief governs "going to" as it does a bare will.
    const believed = /going to$/.test(cue.matched) && !cue.negated ? governingVerb({ text, modalAt: cue.start }) : null;
    return believed ?? deniedBelief({ text, cue }) ?? cue;
  }
  // "Analysts predict the bank will cut", "she thought prices would stabilise": the verb of
  // forecasting governs the modal of its object clause.
  // "The party is hoping that the vote will mark a turnaround", "they vowed the plant would
  // reopen": a hope or a promise is no forecast.
  if (bareWill && WISH.test(text.slice(Math.max(0, bareWill.start - 120), bareWill.start))) return null;
  const modal = bareWill ?? (/\bwould\b(?!\s+(?:have|be\s+(?:the|a|an)\b))/i.exec(text) ? locateWould(text) : null);
  // "Asked whether prices would fall, …": the would of a question asks, as the loop's cues do.
  if (modal && asks(text, modal)) return null;
  // "In its outlook, Acme said prices would fall": a would said in the forecast the sentence names
  // first is that forecast's, not the document's noun.
  if (!bareWill && modal && LEADING_DOCUMENT.test(text) && SAID_WOULD.test(text.slice(0, modal.start))) return modal;
  const governed = modal ? governingVerb({ text, modalAt: modal.start }) : null;
  if (governed) return governed;
  const frame = frameCue(text);
  // "Very few economists predict a recession": a frame's forecast that almost no one makes.
  if (frame) return deniedBelief({ text, cue: frame }) ?? frame;
  // "The alliance would secure 132 seats, said the poll": a would reported at the sentence's end
  // is the reported future, not a conditional.
  if (!bareWill && modal && REPORTED_AT_END.test(text)) return modal;
  // "X told the BBC the shortage would ease": telling someone what would happen reports a future
  // (not "said … would", which as often reports a plan or a condition).
  if (!bareWill && modal && TOLD_WOULD.test(text.slice(0, modal.start))) return modal;
  // "Six of 18 economists said the bank would hike": a poll's count of answers reports a forecast.
  if (!bareWill && modal && COUNT_SAID.test(text.slice(0, modal.start))) return modal;
  // "Goldman Sachs said oil prices would rise next year": said of something other than the speaker
  // itself (not "said it would build a plant", a plan), with a time to come or a figure.
  if (!bareWill && modal && SAID_WOULD.test(text.slice(0, modal.start)) && SAID_WOULD_WHEN.test(text.slice(modal.end, modal.end + 120))) return modal;
  if (!bareWill || statesFact(text, bareWill)) return null;
  // "The bank will hold rates, 25 of 26 analysts predicted in a poll": a verb of forecasting that
  // credits the sentence at its end (a clause of time or cause, or a participle's, may follow it:
  // "Sales will fall, Acme reckons, falling 3 per cent") governs its bare
  // will as one before it does (likely).
  // The cue stays at the will, so that attribution reads the credit after it.
  const credited = FORECAST_AT_END.exec(text.slice(bareWill.end));
  if (credited) return { ...bareWill, band: findBand("likely"), matched: credited[1].toLowerCase() };
  return bareWill;
}

const FORECAST_AT_END =
  /,\s+(?!(?:as|than|which|who|what|according|in|with|from|under|per)\b)(?:[^,;“”"]{1,60}?\s+)?(?<!\b(?:a|an|the|its|their|his|her|our|new|latest|own|recent)\s)(predicted|predicts|predict|forecast|forecasts|expect|expects|expected|estimated|estimates|projected|projects|believe|believes|reckon|reckons|think|thinks|suggest|suggests|suggested|fear|fears|feared)\b(?!\s+(?:to|that|by)\b)[^,;“”"]{0,60}(?:,\s+(?:after|as|amid|while|with|because|citing|following|ahead\s+of|despite|since|though|although|but|\p{Ll}{2,}ing)\b[^;“”"]*)?[.!]?["”’]?$/iu;

// After a forecasting participle used as an adjective: a change and its figure ("increase of 20%",
// "year-on-year rise of 3 percent", "fall in output to 29.5 million tons").
const FORECAST_CHANGE =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:increase|rise|fall|drop|decline|gain|growth|deficit|surplus|loss|profit|cut|hike|contraction|expansion)s?\s+(?:of|to|in|by)\s+[^.;]{0,50}?\d(?:[\d.,]*\d)?(?:-|\s)?(?:%|percent\b|per\s?cent\b|pct\b|million\b|billion\b|trillion\b|tons\b|tonnes\b|barrels\b|bps\b|basis\s+points\b)/iu;
function firstPersonIntent(text: string, cue: PhraseLocation): boolean {
  const speaker = /(?:^|[\s“"‘(])(?:i|we)\s+$/i.test(text.slice(0, cue.start)) || /^(?:i|we)['’]ll$/i.test(cue.matched);
  return speaker && OWN_ACT.test(text.slice(cue.end));
}
// What a speaker resolves to do or say, not what they will witness or go through ("we'll see a
// recession", "we'll turn a corner").
const OWN_ACT =
  /^\s*(?:(?:also|still|never|not|always|continue\s+to)\s+)?(?:fight|resign|quit|stay|stand|step\s+down|raise|cut|lower|hike|increase|reduce|change|appeal|challenge|veto|vote|oppose|support|back|defend|protect|ensure|introduce|launch|build|open|close|release|publish|announce|push|work|seek|pursue|pay|spend|invest|hire|sell|buy|sue|negotiate|respond|retaliate|act|do|make|keep|give|tolerate|accept|allow|let|stop|block|reject|approve|sign|join|leave|withdraw|return|rebuild|deliver|honou?r|abide|comply|cooperate|never\s+give|call|describe|characteri[sz]e|put\s+it)\b/iu;
const ATTRIBUTIVE_BEFORE = /\b(?:the|an?|on|of|with|its|their|his|her|our|from|and)\s+$/i;

// "told the BBC the shortage would ease": whom they told (up to three words), then the clause's
// subject. A pronoun subject ("told him she would stay", "told investors it would buy back
// shares") is the teller's own intention or promise, not a forecast.
const TOLD_WOULD =
  /\b(?:told|tells|telling|assured|warned)\s+(?:[\p{L}’'.-]+\s+){1,3}?(?:that\s+)?(?!(?:he|she|they|we|i|it|you)\s+$)(?:[\p{L}\p{N}’'.-]+\s+){1,6}$/iu;
const COUNT_SAID =
  /^(?:only\s+|just\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|many|several|half|a\s+majority)\s+(?:of\s+(?:the\s+)?(?:\d+\s+)?)?(?:economists|analysts|respondents|strategists|forecasters|traders|fund\s+managers|those\s+polled)\s+(?:said|say|says)\s+(?:that\s+)?(?!(?:they|we|i|he|she|you)\s)[^,;]{1,80}$/i;
const SAID_WOULD =
  /\b(?:said|says|say|wrote|writes|stated|states|argued|argues)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?!(?:he|she|they|we|i|it|you|its|their|his|her|our)\s)(?:[\p{L}\p{N}’'.-]+\s+){1,6}$/iu;
const LEADING_DOCUMENT = new RegExp(`^\\s*${LEADING_DOCUMENT_PHRASE}`, "u");
const SAID_WOULD_WHEN =
  /^[^.;]*?(?:\b(?:next|this|coming)\s+(?:year|month|quarter|week|season|decade)|\bby\s+(?:20\d\d|the\s+end|the\s+middle)|\bin\s+20\d\d|\d\s?(?:%|percent\b|per\s?cent\b)|\bto\s+[$€£]?\d)/iu;
// "That does not mean prices will fall", "I'm not saying it will get to orbit": a denied inference.
const NOT_MEAN = /(?:\bnot|n[’']t|\bnever)\s+(?:necessarily\s+)?(?:mean|saying)\s+(?:that\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,10}$/iu;
const WISH =
  /\b(?:hopes?|hoped|hoping|wish(?:es|ed|ing)?|wants?|wanted|wanting|promise[sd]?|promising|vow(?:s|ed|ing)?|pledge[sd]?|pledging)\s+(?:that\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,8}$/iu;
const REPORTED_AT_END =
  /,\s+(?:(?:said|says|showed|found|estimated|projected)\s+[^,;]{2,80}|[^,;“”"]{2,80}\s+(?:said|says|showed|shows|found|finds|estimated|projected))(?:\s+on\s+\p{Lu}\p{Ll}+)?[.!]?["”’]?$/iu;

/** A modal hedge in the object clause just after a forecasting verb ("projected the party could win"). */
function ownHedge(text: string, verb: PhraseLocation): PhraseLocation | null {
  const rest = text.slice(verb.end);
  // "projected that under all scenarios, the ice could …": a comma after a leading phrase of the
  // object clause, but not one before a new clause ("…, and", "…, but").
  const clause = /^(?:\s+(?!which\b|who\b|and\b|but\b)[\p{L}\p{N}’'().%$-]+,?){1,12}?\s+(?=(?:may|might|could|probably|possibly|perhaps)\b)/iu.exec(rest);
  // "expected by May": the month, not the hedge.
  if (!clause || rest.startsWith("May", clause[0].length)) return null;
  const hedge = locatePhrase(rest.slice(clause[0].length), { exclude: new Set(WEAK), earliest: true });
  if (!hedge || hedge.start !== 0) return null;
  const start = verb.end + clause[0].length;
  return { ...hedge, start, end: start + hedge.end };
}

const REDUCED_RELATIVE = /^(?:expected|predicted|forecast|projected) to$/;
/** The hedge of the main clause after a subject described by a participle ("The storm expected to hit Friday could …"). */
function mainClauseHedge(text: string, participle: PhraseLocation): PhraseLocation | null {
  // A participle after a verb ("is expected to", "seems expected to") is the clause's own.
  if (/\b(?:is|are|was|were|be|been|being|seems?|seemed|appears?|appeared|remains?|not)\s+(?:\w+ly\s+)?$/i.test(text.slice(0, participle.start))) return null;
  const rest = text.slice(participle.end);
  const clause = /^[^,;:“”"]{1,80}?\s(?=(?:may|might|could)\s)/i.exec(rest);
  if (!clause) return null;
  const hedge = locatePhrase(rest.slice(clause[0].length), { exclude: new Set(WEAK), earliest: true });
  if (!hedge || hedge.start !== 0) return null;
  const start = participle.end + clause[0].length;
  return { ...hedge, start, end: start + hedge.end };
}

function locateWould(text: string): PhraseLocation | null {
  const m = /\bwould\b/i.exec(text);
  return m ? { band: findBand("very-likely"), matched: "would", negated: false, start: m.index, end: m.index + 5 } : null;
}
