// Who says a sentence: the speaker of the quotation it stands in, the subject of a reporting
// verb before it ("X predicted that…", "according to X"), a pronoun or title pointing back
// to the last speaker, or else the outlet itself. Pure; English news style.
import { DASH_ASIDE } from "../dash-aside";
import { FORECASTING_VERB_FORMS } from "../is-forecasting-verb";
import { LEADING_DOCUMENT } from "../leading-document";
import { REPORTING_VERB_FORMS } from "../reporting-verbs";
import { accordingTo } from "./according-to";
import { isAcronym } from "./acronym";
import { lastNameRunAt } from "./name-run";
import { quotationIndex } from "./quotation-index";
import { type Quotation, quotations } from "./quotations";
import { quotedSpeaker } from "./quoted-speaker";
import { type AttributionContext, LAST_ORGANISATION, LAST_PERSON, type Speaker } from "./speaker";
import { lastBody, speakerFromSubject } from "./speaker-from-subject";
import { COUNT_SUBJECT, DATE_NAMES, DOCUMENT_SUBJECT, FORECAST_DOCUMENT, FORECASTERS, LEADING_FILLER, LEADING_TIME } from "./speaker-words";
import { subjectBeforeVerb } from "./subject-before-verb";
import { subjectOfAdjacentVerb } from "./subject-of-adjacent-verb";
import { unnamedGroup } from "./unnamed-group";

const CONCESSION = /^\s*(?:while|whilst|whereas|although|though|even\s+though|even\s+if)\s[^,;:“”"]{3,160}?,\s+(?=\S)/i;

function quotationAt(quotes: readonly Quotation[], at: number): Quotation | undefined {
  const q = quotes[quotationIndex(quotes, at)];
  return q && at <= q.close ? q : undefined;
}

/** Who speaks at offset `at` of the paragraph. */
export function attributeSpeaker(context: AttributionContext): Speaker {
  const { paragraph, at, previous, outlet } = context;
  const quotes = context.quotes ?? quotations(paragraph);
  const quote = quotationAt(quotes, at);
  if (quote) return namedWithinQuote(paragraph, quote, context) ?? quotedSpeaker({ ...context, quotes }, quote) ?? colonSpeaker(context) ?? previous ?? outlet;
  // Outside quotations: "according to X", or the subject of a reporting verb earlier in the sentence.
  const sentenceStart = context.sentenceStart ?? Math.max(paragraph.lastIndexOf(". ", at) + 1, 0);
  const sentence = paragraph.slice(sentenceStart, context.sentenceEnd ?? paragraph.length);
  // "Whereas analysts expect a cut, the bank may hold": a leading concession's subject does not
  // speak for the main clause after it.
  const whole = paragraph.slice(sentenceStart, at);
  const concession = CONCESSION.exec(whole);
  const head = concession ? whole.slice(concession[0].length) : whole;
  // At the sentence's end: "…, the Kremlin has said." / "…, said Mara Quint, a pollster." It names
  // the speaker of the clause the forecast stands in, even after another reporting verb.
  const tail = sentence.slice(Math.max(0, at - sentenceStart));
  const final = FINAL_SUBJECT_VERB.exec(tail) ?? appositiveFinal(tail, context) ?? FINAL_VERB_SUBJECT.exec(tail) ?? bareFinal(tail) ?? FINAL_FEAR.exec(tail);
  const finalSpeaker = final ? (speakerFromSubject(final[1], previous, context.known) ?? soleName(final[1])) : null;
  // A named person who says it at the end speaks for the group before ("Economists at the bank
  // put …, said Ines Alvarado, its chief economist"); an outlet that reports it does not.
  if (finalSpeaker?.kind === "PERSON") return finalSpeaker;
  // "Board members agreed cuts were likely, AAP reported.": the outlet that reports it at the end
  // gives way to whoever the clause says agreed, expected or said it.
  const reporter = final && /\sreport(?:ed|s)\b/i.test(final[0]) ? reportedSpeaker(head, context) : null;
  if (reporter) return reporter;
  return (
    priceOwner(sentence) ??
    platformSpeaker(sentence) ??
    chanceOwner(paragraph.slice(sentenceStart, at + 40)) ??
    agentSpeaker(sentence, context) ??
    consensusSpeaker(sentence, context) ??
    claimSpeaker(head, context) ??
    holderSpeaker(sentence) ??
    parentheticalSpeaker(head, context) ??
    relativeSpeaker(head, context) ??
    adjacentSpeaker(head, context) ??
    documentOwner(head, context) ??
    subjectOverReporter(head, sentence, context) ??
    accordingSpeaker(sentence, context) ??
    bornOutSpeaker(sentence, context) ??
    withSpeaker(sentence, whole.length, context) ??
    insertedSpeaker(sentence, context) ??
    finalSpeaker ??
    reportedSpeaker(head, context) ??
    fearSpeaker(sentence, context) ??
    colonSpeaker(context) ??
    answerSpeaker(context) ??
    introducedSpeaker(context) ??
    concessionSpeaker(sentence, context.at - sentenceStart, context) ??
    outlet
  );
}

/**
 * "While 2026 will be a hard year for tablets, Canalys is forecasting a recovery": a leading
 * concession that names no speaker of its own is the view of the main clause's subject, when that
 * subject forecasts (expects, predicts, sees …).
 */
function concessionSpeaker(sentence: string, offset: number, context: AttributionContext): Speaker | null {
  const concession = CONCESSION.exec(sentence);
  if (!concession || offset >= concession[0].length) return null;
  const rest = sentence.slice(concession[0].length);
  const main = subjectBeforeVerb(rest, 0, true);
  // "While prices will rise, critics say the plan is flawed": a claim of another kind is not it.
  if (!main || main.verbAt > 80 || !MAIN_FORECASTS.test(rest.slice(main.verbAt))) return null;
  return speakerFromSubject(main.subject, context.previous, context.known) ?? loneName(main.subject);
}
// The main clause's verb, read where the subject ends: a verb of forecasting ("Canalys is forecasting").
const MAIN_FORECASTS = new RegExp(`^(?:${FORECASTING_VERB_FORMS}|project|calls\\s+for|calling\\s+for)\\b`, "i");

/**
 * "A: I think the bank will cut twice.": in an interview's answer the interviewee speaks, the
 * person the article named last (the questions are the outlet's).
 */
function answerSpeaker(context: AttributionContext): Speaker | null {
  return /^\s*A\s*:\s/.test(context.paragraph) ? (context.known?.get(LAST_PERSON) ?? null) : null;
}

/**
 * "… Evans explained last week:" ending the line before: the paragraph is the quotation it
 * introduces (a block quotation whose quotation marks the page dropped), the speaker's words.
 */
function introducedSpeaker(context: AttributionContext): Speaker | null {
  const m = INTRODUCED.exec(context.lineBefore ?? "");
  return m ? speakerFromSubject(m[1], context.previous, context.known) : null;
}
const INTRODUCED =
  /(?:^|[.!?]["”’]?\s+)([^.!?:“”"]{1,120}?)\s+(?:said|says|explained|explains|added|adds|wrote|writes|noted|notes|argued|argues|warned|warns|commented|comments|told\s+[^.!?:]{1,40}?)(?:\s+(?:last|this|on|in|earlier|recently)\b[^.!?:]{0,30})?:\s*$/u;

/**
 * "Raj Patel (Acme): “…”", "- Jo Hale: “…”", "- Jo Hale (Acme): a cut is likely": a name and a
 * colon open the line, as lists and transcripts write it. A bare "New Delhi: …" is a dateline: the
 * colon counts only before a quotation, after a bullet or with a body in brackets.
 */
function colonSpeaker(context: AttributionContext): Speaker | null {
  const colon = COLON_SPEAKER.exec(context.paragraph);
  if (!colon || colon[0].length > context.at || !(colon[2] || colon[3] || /^\s*[-•*–]/.test(colon[0]))) return null;
  const named = speakerFromSubject(colon[1], context.previous, context.known);
  return named && named.kind !== "UNNAMED_GROUP" ? named : null;
}
// Two or three capitalised words (a person's name), or any name with its body in brackets, then a
// colon; not a one-word label ("Update:", "Q:", "Note:").
const COLON_SPEAKER = /^\s*(?:[-•*–]\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){1,2}\p{Lu}[\p{L}.’'-]*|\p{Lu}[\p{L}.’'-]*(?=\s*\())(\s*\([^()]{1,40}\))?\s*:\s+([“"])?/u;

/**
 * "“… and the chief economist Jo Hale suggesting he may back a rise.”": a person named in full as
 * the subject of a reporting verb inside the quotation owns the claim the quoted speaker relays.
 */
function namedWithinQuote(paragraph: string, quote: Quotation, context: AttributionContext): Speaker | null {
  const from = Math.max(quote.open + 1, context.sentenceStart ?? 0);
  const reported = reportedSpeaker(paragraph.slice(from, context.at), context);
  // Not a pronoun pointing back ("he said" inside the quotation is the quoted speaker, or the last one).
  return reported?.kind === "PERSON" && reported.name.includes(" ") && reported !== context.previous ? reported : null;
}

/**
 * "Officials in Brussels fear the talks could collapse": "fear" is too often a noun to be a
 * reporting verb of the class ("fears of a recession"), but right after a subject at the clause's
 * start, with a clause after it, it is a verb, and its subject forecasts; so is the subject of a
 * confidence ("Diplomats are not optimistic the truce will last", "Bettors are almost certain that …").
 */
function fearSpeaker(head: string, context: AttributionContext): Speaker | null {
  const m =
    /^(?:[\p{Lu}\p{Ll}][\p{L}’'-]*\s+){0,5}?[\p{L}’'-]+(?=\s+(?:now\s+|also\s+|still\s+)?(?:(?:fear|fears|feared)\s+(?:that\s+\S|(?:the|a|an|it|they|this|prices|rates|\p{Ll}+s)\b)|(?:are|is|were|was)\s+(?:not\s+)?(?:at\s+all\s+|very\s+|too\s+|almost\s+|nearly\s+|all\s+but\s+|fairly\s+|quite\s+|increasingly\s+)?(?:optimistic|confident|pessimistic|sure|convinced|doubtful|sceptical|skeptical|certain\s+(?:that|of)\b)\b))/u.exec(
      head.trim(),
    );
  return m ? speakerFromSubject(m[0], context.previous, context.known) : null;
}

/**
 * "Odds of a December cut stood at 97% on Polymarket", "…, according to odds on Kalshi", "… on
 * the betting platform Kalshi": the market that trades the chance.
 */
function platformSpeaker(sentence: string): Speaker | null {
  const m = PLATFORM.exec(sentence);
  // "… at 55% on Wednesday", "on Election Day": a time, not a market.
  return m && !DATE_NAMES.has(m[1].split(/\s/)[0].toLowerCase()) && !/\s(?:Day|Night|Eve)$/.test(m[1]) ? { name: m[1], kind: "ORGANISATION" } : null;
}
const PLATFORM =
  /\b(?:[Oo]dds|[Cc]hances?|[Pp]robability|[Ll]ikelihood)\b[^.;]{0,80}?\d\s?(?:%|percent\b|per\s?cent\b)[^.;]{0,30}?\bon\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}(?:platform|market|exchange|site)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=\s*[,.;!]|\s*$|\s+(?:prediction|betting|exchange|market))/u;

/**
 * "Williams is BetVictor's 13-8 favourite", "Paddy Power's 5/1 shot", "Ladbrokes have the Greens
 * at 5/2", "Coral make him a 9/4 shot": whose price it is.
 */
function priceOwner(sentence: string): Speaker | null {
  if (!/\d[-/]\d|evens|[+\-−]\d{3}/.test(sentence)) return null; // most sentences hold no price: skip the long patterns
  const priceWith = PRICE_WITH.exec(sentence);
  const m =
    PRICE_OWNER.exec(sentence) ??
    PRICE_SETTER.exec(sentence) ??
    (priceWith && !DOING.test(sentence.slice(priceWith.index + priceWith[0].length)) ? priceWith : null);
  // "Bookmakers make the veteran a 6-1 outsider": a group, which the subject rules name.
  if (!m || NOT_A_NAME.test(m[1]) || unnamedGroup(m[1])) return null;
  return { name: m[1], kind: "ORGANISATION" };
}
// The bookmaker as the subject of a verb that sets a price, the runner between: a name (not a
// pronoun or a determiner) at the clause's start. Not the runner that "has a 9/4 shot" or "has
// been cut to 12/1".
const PRICE_SETTER =
  /(?:^|[,;]\s+|\b(?:and|but)\s+)((?:\p{Lu}[\p{L}\p{N}&’'-]*\s+){0,2}\p{Lu}[\p{L}\p{N}&’'-]*)\s+(?:now\s+|also\s+|still\s+)?(?:have|has|had|make|makes|made|quote|quotes|quoted|offer|offers|offered|rate|rates|rated|list|lists|listed|price|prices|priced|put|puts)\s+(?!(?:(?:also|now|still|just)\s+)?(?:a|an|been|being)\s)(?:[\p{L}’'-]+\s+){1,4}?(?:at\s+|as\s+)?(?:a\s+|an\s+|the\s+)?(?:\d{1,3}[-–/]\d{1,3}|[+\-−]\d{3,5})\b/u;
// "Silver Arrow is the 9/2 favourite with bookmaker Lanford Bet", "Kovac is evens with Sterling
// Odds to win": the price and whose book it is in ("4/1 favourite with Ryan Moore riding" is a jockey).
const PRICE_WITH =
  /(?:\d{1,3}[-/]\d{1,3}|\bevens)\s+(?:(?:joint[-\s])?(?:favou?rites?|shot|chance|outsider)\s+)?with\s+(?:the\s+)?(?:bookmakers?\s+|bookies\s+)?((?:\p{Lu}[\p{L}\p{N}&’'-]*\s+(?:&\s+)?){0,2}\p{Lu}[\p{L}\p{N}&’'-]*)/u;
// "… with Ryan Moore riding": a name that does something is no bookmaker.
const DOING = /^(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:\p{Ll}+ing|in\s+the\s+saddle)\b/u;
const PRICE_OWNER =
  /\b(\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,2})[’']s\s+(?:\d{1,3}[-/]\d{1,3}|evens)\s+(?:joint[-\s])?(?:favou?rites?|outsiders?|shots?|chances?|second\s+favou?rites?)\b/u;

/**
 * "…, said Goldman Sachs, which puts the likelihood of no Brexit at 40 per cent", "JPMorgan, which
 * raised its odds to 25 per cent": the body a relative clause that states a chance describes.
 */
function chanceOwner(head: string): Speaker | null {
  const m = CHANCE_OWNER.exec(head);
  return m ? { name: m[1], kind: "ORGANISATION" } : null;
}
const CHANCE_OWNER =
  /(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3}),?\s+(?:which|who)\s+(?:now\s+|also\s+)?(?:puts?|sees?|gives?|places?|estimates?|rates?|assigns?|raised|lifted|cut|lowered|trimmed|doubled|halved)\s+(?:the|its|their|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:odds|chances?|likelihood|probability|risk)\b[^,;]*$/u; // the text runs a few words past the chance read

/**
 * "Growth is considered likely by the budget office", "A recession was forecast by the IMF in its
 * outlook": the agent of a passive of judging or forecasting at the forecast is who judges.
 */
function agentSpeaker(sentence: string, context: AttributionContext): Speaker | null {
  const agent = PASSIVE_AGENT.exec(sentence)?.[1];
  // "expected to ease by Sunday", "by March": a time, not an agent.
  const first = agent
    ?.replace(/^the\s+/i, "")
    .split(/\s/)[0]
    .toLowerCase();
  if (!agent || DATE_NAMES.has(first!)) return null;
  return speakerFromSubject(agent, context.previous, context.known) ?? soleName(agent);
}
const PASSIVE_AGENT =
  /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:considered|seen|regarded|viewed|judged|deemed|thought|forecast|predicted|projected|expected|estimated|tipped|rated|put|given)\b[^,;]{0,40}?\sby\s+((?:the\s+)?(?:most\s+|many\s+|some\s+)?(?:\p{Lu}[^,;]{1,59}?|(?:[\p{Ll}-]+\s+)?\p{Ll}+(?:ists|ers|ors|ants|ents|ians|markets)))(?=\s+(?:in|on|at|after|before|since|last|this|earlier|who|which|as|because|amid)\b|\s*[,;.!]|\s*$)/iu;

/** "The consensus among economists is that …", "the expectation among traders is that …": those whose view it is. */
function consensusSpeaker(head: string, context: AttributionContext): Speaker | null {
  const m =
    /\b(?:the\s+)?(?:consensus|majority\s+view|prevailing\s+view|expectation|assumption)\s+(?:among|of)\s+([^,;]{3,60}?)\s+(?:is|was|seems\s+to\s+be|remains)\s+that\b/i.exec(
      head,
    );
  return m ? speakerFromSubject(m[1], context.previous, context.known) : null;
}

/**
 * "A rise in December is all but a certainty for some analysts", "a cut is the base case for most
 * economists": the group for whom the outcome is that certain holds the forecast.
 */
function holderSpeaker(sentence: string): Speaker | null {
  const group = HOLDER.exec(sentence)?.[1];
  return group ? unnamedGroup(group) : null;
}
const HOLDER = new RegExp(
  `\\b(?:certainty|certain|done\\s+deal|foregone\\s+conclusion|given|base\\s+case|likely|unlikely|inevitable)\\s+for\\s+((?:some|many|most|several|a\\s+few|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${FORECASTERS}|traders|investors|observers))\\b(?!\\s+to\\b)`,
  "u",
);

/**
 * "Outlets repeated the claim from Acme Weather that snow was likely", "a warning by the IMF that
 * growth will slow": whose claim, forecast or warning the that-clause holds.
 */
function claimSpeaker(head: string, context: AttributionContext): Speaker | null {
  // The claim stands within a few hundred characters of the forecast: a bounded look-back keeps
  // the pattern's scan to the end of the text linear.
  const owner = CLAIM_OF.exec(head.slice(-300))?.[1];
  if (!owner) return null;
  const run = lastNameRunAt(owner)?.run;
  return speakerFromSubject(owner, context.previous, context.known) ?? soleName(owner) ?? (run ? { name: run.join(" "), kind: "ORGANISATION" } : null);
}
const CLAIM_OF =
  /\b(?:claims?|forecasts?|predictions?|warnings?|projections?|estimates?|assessments?|expectations?)\s+(?:from|by)\s+((?:the\s+)?[^,;“”"]{2,50}?)\s+that\s[^,;“”"]*$/u;

/**
 * "El Niño, which they say is likely to push up prices": a reporting verb inside the relative
 * clause, right before the hedge (the head runs to the hedge's end), names who says it; a pronoun
 * there points back to the speaker last heard.
 */
function parentheticalSpeaker(head: string, context: AttributionContext): Speaker | null {
  const m = PARENTHETICAL.exec(head);
  return m ? speakerFromSubject(m[1], context.previous, context.known) : null;
}
const PARENTHETICAL = new RegExp(
  `\\b(?:which|that|who)\\s+((?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+)\\s+(?:${["say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects", "expected", "fear", "fears", "feared", "reckon", "reckons", "estimate", "estimates"].join("|")})\\s+(?:is|are|was|were|will|would|could|may|might)?(?:\\s*[\\p{L}-]+){0,2}$`,
  "iu",
);

// "… than investors, who are betting that …": the relative clause's antecedent forecasts.
const RELATIVE =
  /(?:^|\s)((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+),\s+who\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:now\s+|still\s+|also\s+)?(?:betting|bet|expect|expects|expected|expecting|predict|predicts|predicted|predicting|forecast|forecasts|forecasting|see|sees|estimate|estimates|reckon|reckons|think|thinks|believe|believes)\b[^,;“”"]*$/u;
function relativeSpeaker(head: string, context: AttributionContext): Speaker | null {
  const m = RELATIVE.exec(head);
  if (!m) return null;
  const phrase = m[1].split(/\b(?:than|and|but|as|by|of|to|for|with|like)\s+/i).pop() ?? m[1];
  return speakerFromSubject(phrase, context.previous, context.known);
}

/**
 * "The agency's projections show …", "Its latest forecasts point to …": the forecast's subject is
 * a forecasting document, and whose document it is speaks ("its" is the body heard last).
 */
function documentOwner(head: string, context: AttributionContext): Speaker | null {
  // The head runs to the cue's start or end: the document may open the cue ("projections show").
  const m = DOCUMENT_OWNER.exec(head + context.paragraph.slice(context.at, context.at + 60));
  if (!m) return leadingDocumentOwner(head + context.paragraph.slice(context.at, context.at + 40), context);
  // "The company's forecast comes as demand improves, indicating that …": a forecast in a later
  // clause is not the document's; "Acme's view is that …" is.
  const rest = head.slice(m[0].length).replace(/^\s+(?:is|was|remains)\s+that\b/, "");
  if (/[,;:]|\b(?:that|which|when|while|because|as|after|before)\b/.test(rest)) return null;
  if (!m[1]) return lastBody(context.previous, context.known);
  return speakerFromSubject(m[1], context.previous, context.known);
}
/**
 * "Under its base-case scenario, if tariffs persist, copper prices are expected to …": a leading
 * phrase names the document by "its" or "their", and the main clause, a passive, credits no one
 * else: the body heard last made it.
 */
function leadingDocumentOwner(text: string, context: AttributionContext): Speaker | null {
  const lead = OWNED_LEADING.exec(text);
  if (!lead || !PASSIVE_FORECAST.test(text.slice(lead[0].length))) return null;
  // "…, Harbour Intelligence said.", "according to X": a credit of the sentence's own comes first.
  const sentence = context.paragraph.slice(context.sentenceStart ?? 0, context.sentenceEnd ?? context.paragraph.length);
  if (FINAL_SUBJECT_VERB.test(sentence) || FINAL_VERB_SUBJECT.test(sentence) || accordingTo(sentence)) return null;
  return lastBody(context.previous, context.known);
}
const OWNED_LEADING = new RegExp(String.raw`^\s*(?=(?:[Ii]n|[Uu]nder)\s+(?:its|their)\s)${LEADING_DOCUMENT}`, "u");
const PASSIVE_FORECAST = /^[^;:“”"]*?\b(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?(?:expected|forecast|projected|predicted|seen|likely|unlikely|set|poised)\b/u;

// The owner with a possessive, or "its"/"their", at most two describing words ("latest"), then
// the document or the view ("Acme's initial thinking is that …"), at the head of the sentence.
const OWNED_VIEW = "(?:view|thinking|expectations?|assessment|assumption|estimates?|predictions?|belief|judge?ment|base\\s+case)";
const DOCUMENT_OWNER = new RegExp(
  `^\\s*(?:((?:[Tt]he\\s+)?(?:[\\p{L}&.-]+\\s+){0,3}?[\\p{L}&.-]+)[’']s|[Ii]ts|[Tt]heir)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${FORECAST_DOCUMENT}|${OWNED_VIEW})\\b`,
  "u",
);

/** "Analysts expect …", "The agency puts the odds at …": the subject of the verb the forecast hangs on. */
function adjacentSpeaker(head: string, context: AttributionContext): Speaker | null {
  const adjacent = subjectOfAdjacentVerb(head, context.paragraph.slice(context.at, context.at + 160));
  // "Here are things I truly believe …": a pronoun that ends the subject phrase is its head.
  // "…, which it expects will …": "it" alone is the body heard before, when there is one.
  if (adjacent && /^it$/i.test(adjacent)) return speakerFromSubject(adjacent, context.previous, context.known);
  if (!adjacent || /(?:^|\s)(?:it|they|we|i)$/i.test(adjacent)) return null;
  // "She put the probability at 30%": the person the pronoun points to, as for "she said".
  if (/^(?:he|she)$/i.test(adjacent)) return speakerFromSubject(adjacent, context.previous, context.known);
  // "At the time, Apple projected …": the lone name after a leading clause.
  // "With the smaller crop, USDA forecast …", "Amid the drought, …": so too after a clause of circumstance.
  const last = /^(?:at|in|on|by|for|since|after|before|until|last|this|back|with|amid|despite|given)\b[^,]*,\s*([^,]+)$/i.exec(adjacent)?.[1];
  return speakerFromSubject(adjacent, context.previous, context.known) ?? soleName(adjacent) ?? (last ? soleName(last) : null);
}

/**
 * "He expects Apple will report solid results, according to Forbes.": a person or body that is the
 * subject of the clause's own verb of saying or forecasting speaks ("The company expects revenue
 * of $3.8 billion, according to LSEG data"); the source after "according to" only reports them or
 * gives the figures they are compared with.
 */
function subjectOverReporter(head: string, sentence: string, context: AttributionContext): Speaker | null {
  if (!/,\s+according\s+to\s+[^,;]+[.!]?["”’]?$/i.test(sentence)) return null;
  const reported = reportedSpeaker(head, context);
  return reported?.kind === "PERSON" || reported?.kind === "ORGANISATION" ? reported : null;
}

function accordingSpeaker(sentence: string, context: AttributionContext): Speaker | null {
  // "according to their models", "according to her estimate": whose they are, the speaker last
  // heard when the pronoun fits them (a person is "his" or "her", a body or group "its" or "their").
  // "In her view, …", "in their estimation": the same owner, by a noun of judgement.
  const owner = (/\baccording\s+to\s+(their|its|his|her)\s/i.exec(sentence) ??
    /\bin\s+(their|its|his|her)\s+(?:own\s+)?(?:view|opinion|estimation|estimate|assessment|judge?ment|reckoning)\b/i.exec(sentence))?.[1].toLowerCase();
  if (owner) {
    const { previous, known } = context;
    const person = owner === "his" || owner === "her";
    if (previous && (previous.kind === "PERSON") === person) return previous;
    const last = known?.get(person ? LAST_PERSON : LAST_ORGANISATION);
    if (last) return last;
  }
  // "According to the report, …", "According to the data, …": the document or the figures, named by
  // "the" alone, that the body heard last put out.
  if (
    /\baccording\s+to\s+the\s+(?:latest\s+|new\s+)?(?:report|note|research\s+note|study|analysis|outlook|review|data|figures|findings|projections|simulations|forecasts?)\s*[,;]/i.test(
      sentence,
    )
  ) {
    const body = lastBody(context.previous, context.known);
    if (body) return body;
  }
  // "…, in the view of Acme's economists": the source after "in the view of".
  const view = /\bin\s+the\s+(?:view|opinion|estimation|assessment|judge?ment)\s+of\s+([^,;]{2,80}?)\s*(?:[,;]|[.!]?$)/i.exec(sentence);
  const viewer = view ? speakerFromSubject(view[1], context.previous, context.known) : null;
  if (viewer) return viewer;
  const according = accordingTo(sentence);
  if (!according) return null;
  // "according to money market pricing": the market's prices are the markets' forecast.
  if (/^(?:(?:money|futures|interest[\s-]rate|options|swaps?|derivatives?)\s+)?(?:market\s+)?pricing$/i.test(according))
    return { name: "Markets (unnamed)", kind: "UNNAMED_GROUP" };
  // "according to Western intelligence assessments": a document named by its makers' description.
  if (/^(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:assessments|estimates|reports|projections|models|figures|data)$/u.test(according))
    return { name: `${according.charAt(0).toUpperCase()}${according.slice(1)} (unnamed)`, kind: "UNNAMED_GROUP" };
  // "according to a new model", "according to the model": the model itself, one name each time.
  const model = /^(?:(?:a|an|the|its|their)\s+)?((?:[\p{Ll}-]+\s+){0,2}?(?:model|modell?ing|simulation)s?)$/iu.exec(according)?.[1];
  if (model) return { name: `${model.charAt(0).toUpperCase()}${model.slice(1)} (unnamed)`, kind: "UNNAMED_GROUP" };
  const speaker = speakerFromSubject(according, context.previous, context.known);
  if (speaker) return speaker;
  // "according to Reuters": whoever is named there is the source, one word or not.
  const run = lastNameRunAt(according)?.run;
  return run ? { name: run.join(" "), kind: "ORGANISATION" } : null;
}

/**
 * "Labor will win a majority, if YouGov's final poll comes true": the forecast is the poll's, as
 * the condition says; its owner speaks.
 */
function bornOutSpeaker(sentence: string, context: AttributionContext): Speaker | null {
  const owner = BORN_OUT.exec(sentence)?.[1];
  return owner ? (speakerFromSubject(owner, context.previous, context.known) ?? { name: owner.replace(/^the\s+/i, ""), kind: "ORGANISATION" }) : null;
}
const BORN_OUT =
  /\b(?:if|should)\s+((?:the\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,3})[’']s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:polls?|polling|surveys?|forecasts?|models?|modell?ing|projections?|predictions?)\b[^,;]{0,40}?\s+(?:comes?\s+true|proves?\s+(?:right|correct|accurate)|(?:is|are)\s+(?:right|correct|accurate|borne\s+out)|holds?\s+(?:up|true)|pans?\s+out)\b/u;

/**
 * "…, with the agency estimating that …": the body in the "with" clause speaks for the sentence;
 * but one that predicts makes a forecast of its own (clause-cuts.ts cuts it off), and does not
 * speak for one before it ("the battle will likely escalate, with analysts predicting damage" is
 * the writer's, then the analysts'). `cueAt`: where the forecast's words stand in the sentence.
 */
function withSpeaker(sentence: string, cueAt: number, context: AttributionContext): Speaker | null {
  const m = WITH_SPEAKER.exec(sentence);
  if (!m || (m.index > cueAt && /\s(?:predicting|forecasting|projecting|expecting|warning)$/i.test(m[0]))) return null;
  return speakerFromSubject(m[1], context.previous, context.known) ?? soleName(m[1]);
}

/**
 * "Shares in the firm, the bank said, are likely to climb", "Acme will lead the market, said
 * Canalys, but will face rivals": an attribution set off by commas, in either order.
 */
function insertedSpeaker(sentence: string, context: AttributionContext): Speaker | null {
  const m = INSERTED.exec(sentence) ?? INSERTED_INVERTED.exec(sentence);
  return m ? (speakerFromSubject(m[1], context.previous, context.known) ?? soleName(m[1])) : null;
}

/** The subject of the last reporting verb before the forecast: "Analysts said the rally is unlikely …". */
function reportedSpeaker(head: string, context: AttributionContext): Speaker | null {
  let reported = subjectBeforeVerb(head);
  // "The minister called the plan a disaster and said it will …": the subject of the first verb.
  // A short quotation before the "and" cut the clause there: read from the sentence's start.
  const subject = reported && /^(?:and|but)$/i.test(reported.subject.trim()) ? head.slice(0, reported.verbAt).trim() : reported?.subject;
  const coordinated = subject ? COORDINATED.exec(subject) : null;
  if (reported && coordinated) reported = { ...reported, subject: coordinated[1] };
  // "…,” he added, explaining why he expects …": a participle after a comma has the subject of the
  // clause before it (after the quotation that clause credits).
  const participle =
    reported && /,$/.test(reported.subject.trim()) && /^\p{Ll}+ing\b/u.test(head.slice(reported.verbAt))
      ? subjectBeforeVerb(reported.subject.trim().slice(0, -1))
      : null;
  if (participle) reported = { ...participle, subject: participle.subject.replace(/^.*[”"]\s*/, "") };
  // "…, explaining why he expects …": a person's pronoun that opens the verb's own clause is its subject.
  const pronoun = reported ? /\b(?:why|how|that|because)\s+(he|she)$/i.exec(reported.subject.trim()) : null;
  if (reported && pronoun) reported = { ...reported, subject: pronoun[1] };
  // "TSMC said it expects …": the "it" of the inner verb is the subject of the outer one.
  if (reported && /^(?:it|they)$/i.test(reported.subject.trim())) reported = subjectBeforeVerb(head.slice(0, reported.verbAt)) ?? reported;
  // "X said in an interview about the summit, which is likely to…": a relative clause is the
  // writer's, not the content of what X said; one closed before the forecast ("X said Bolsonaro,
  // who is barred from running, would …") is an aside inside it, as is one between dashes
  // ("X said the season -- which began in May -- won't …").
  const said = reported ? head.slice(reported.verbAt).replace(DASH_ASIDE, " ") : "";
  if (reported && !/\b(which|who|whose)\b[^,]*$/i.test(said)) {
    // "Zhao said …": a lone capitalised word as the subject of a reporting verb is a name.
    // "Citing people close to the talks, Bloomberg reported that …": the lone name after a leading clause.
    return (
      speakerFromSubject(reported.subject, context.previous, context.known) ??
      // "But on Monday Fenwick said …": the lone name after a linking word and a time.
      loneName(reported.subject.replace(LEADING_FILLER, "").replace(LEADING_TIME, "")) ??
      (LEADING.test(reported.subject) ? loneName(reported.subject.split(",").at(-1) ?? "") : null) ??
      // "Last week they were put at 42 seats, now Marsh projects …": a new clause after a comma.
      loneName(NOW_CLAUSE.exec(reported.subject)?.[1] ?? "")
    );
  }
  return null;
}

// A clause of occasion or of source before the subject, set off by a comma.
const LEADING = /^(?:citing|quoting|in\s+a|in\s+an|in\s+its|in\s+their|at\s+a|speaking|writing)\b[^,]*,\s*[^,]+$/i;
const NOW_CLAUSE = /,\s*(?:(?:and|but)\s+)?(?:now|today|this\s+week|this\s+month)\s+([^,]+)$/i;
const COORDINATED =
  /^((?:[\p{L}\p{N}.’'&-]+\s+){0,6}?[\p{L}\p{N}.’'&-]+)\s+(?:\p{Ll}+ed|told|gave|took|made|met|spoke|went|came|wrote|left|sent|held|led|rejected|ruled)\b.*\s(?:and|but)$/u;

function loneName(subject: string): Speaker | null {
  // "Rinaldi, however, said …": the linking aside is no part of the name.
  // "Acme, in a research note, forecast …": an aside of occasion, too.
  const name = soleName(
    subject.replace(
      /,\s*(?:however|meanwhile|too|though|in\s+turn|for\s+(?:his|her|its|their|our)\s+part|(?:in|at|on)\s+(?:a|an|its|their|his|her|the)\s[^,]{1,40}|(?:speaking|writing)\s[^,]{1,40})\s*,?\s*$/i,
      "",
    ),
  );
  if (!name) return null;
  // "UBS says …", "NIESR warned …": an acronym is a body's name, not a person's.
  if (isAcronym(name.name)) return name;
  if (/^\p{Lu}+$/u.test(name.name)) return null; // "PM says …": a role, not a name
  // "Nomura said …", "Kpler expects …": a person is named in full before a surname alone, and a
  // surname met before is found before this step; an unknown lone name is a body's.
  return /^\p{Lu}\p{Ll}/u.test(name.name) ? { name: name.name, kind: "ORGANISATION" } : null;
}

// Capitalised words that open a sentence but name no one: determiners, pronouns, quantifiers and
// the adjectives of a document ("Median forecasts showed …"). Shared by soleName and priceOwner.
const NOT_A_NAME =
  /^(?:some|many|others|another|most|few|all|both|several|it|this|that|these|those|they|we|he|she|the|a|an|its|their|his|her|our|my|your|median|average|mean|consensus|latest|recent|official|new|current|revised|updated|early|initial|final|\p{L}+n[’']t)$/iu;

/**
 * "…, Bloomberg reported.": one capitalised word that names no one known is a source's name; not
 * a negated auxiliary ("Don’t expect a cut soon, …": the imperative has no subject).
 */
function soleName(subject: string): Speaker | null {
  const word = subject.trim();
  return /^\p{Lu}[\p{L}&’'-]+$/u.test(word) &&
    // "The forecast in recent weeks …": a determiner before a noun that reads as a verb is no name;
    // nor an adjective of a document ("Median forecasts showed …").
    !NOT_A_NAME.test(word) &&
    !COUNT_SUBJECT.test(word) &&
    !DOCUMENT_SUBJECT.test(word)
    ? { name: word, kind: "ORGANISATION" }
    : null;
}

// "…, TV exit polls said, suggesting it would …": a clause of comment after the attribution.
// "…, a survey said on Tuesday, due to …": a clause of cause after it, too; and of time or
// contrast ("…, Lagarde said on Thursday, as inflation eases", "…, the agency said, while …").
const PARTICIPLE =
  "(?:,\\s+(?:suggesting|adding|saying|noting|indicating|citing|according|due\\s+to|because|amid|as|while|whereas|but|though|although|after|before|when|even\\s+as|ahead\\s+of|in\\s+(?:a|an|the|its|his|her|their))\\b[^;]*?)?";
// "…, an agency expert said Tuesday.": a bare day or "yesterday" after the verb.
const WHEN =
  "(?:\\s+(?:on|in|at|last|this|late|later|earlier|recently)\\b[^,;]{0,40}|\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\\b)";
// "…, Kofi Mensah told reporters on Friday.": whom they told, up to four words ("the Reuters news agency").
const TOLD_WHOM = "(?:(?<=\\b(?:told|tells|telling))\\s+(?:[\\w’'.&-]+\\s+){0,3}?[\\w’'.&-]+)";
// ", with futures pricing a 90% chance", ", with markets implying …": what prices show, too.
const WITH_SPEAKER =
  /,\s+with\s+((?:the\s+)?[^,;]{1,60}?)\s+(?:estimating|predicting|forecasting|projecting|expecting|saying|warning|seeing|pricing(?:\s+in)?|implying|putting|giving)\b/i;
const INSERTED =
  /,\s+([^,;“”"]{2,60}?)\s+(?:said|says|say|argued|argues|noted|notes|reckons|reckon|believes|believe|warned|warns|wrote|added)\s*,\s+(?=\p{Ll})/u;
// Inverted, the speaker is a name or a described body, not a clause ("…, said there was a
// chance of rain, during …" is what was said); where they work may follow ("said Ruth Calloway
// of consultancy EnerQuest,").
const INSERTED_INVERTED =
  /,\s+(?:said|says|argued|argues|noted|notes|warned|warns|wrote|added)\s+((?:(?:the|a|an|its)\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,4}|(?:the|a|an|its)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:analyst|economist|firm|company|bank|agency|group|forecaster|researcher|official|spokes(?:man|woman|person))s?)(?:\s+(?:of|at|from)\s+[^,;“”"]{2,50})?\s*,\s+(?=\p{Ll})/u;
/**
 * "…, the chief financial officer, Kevan Parekh, said." / "…, Kevan Parekh, the finance chief,
 * said.": a name and its role set off by commas before the verb; the name is the speaker.
 */
function appositiveFinal(tail: string, context: AttributionContext): readonly [string, string] | null {
  const m = APPOSITIVE_FINAL.exec(tail);
  if (!m) return null;
  const name = [m[1], m[2]].find((part) => speakerFromSubject(part, context.previous, context.known)?.kind === "PERSON");
  return name ? [m[0], name] : null;
}

/**
 * "2030 will be the wettest year on record say forecasters at the Weather Bureau.": the inverted
 * attribution with no comma before it, as headlines and their openings write it. Only "say" and
 * "said" with a noun phrase that ends the sentence: a clause after them ("said prices would …")
 * is what was said, not who.
 */
function bareFinal(tail: string): RegExpExecArray | null {
  // "… when they say ice-free Arctic.": a subject before the verb makes it no inversion.
  const m = /(?<!\b(?:they|we|you|i|he|she|it|people|who|which|that|to))\s(?:say|says|said)\s+((?:the\s+)?[^,;“”"]{2,60}?)\s*[.!]?$/i.exec(tail);
  return m && !/\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|to|that|it|they|he|she|we|i)\b/i.test(m[1]) ? m : null;
}
const VERB_ALTERNATION = REPORTING_VERB_FORMS.map((v) => v.replace(" ", "\\s+")).join("|");
const FINAL_SUBJECT_VERB = new RegExp(
  `,\\s+([^,;“”"]{1,120}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${VERB_ALTERNATION})${TOLD_WHOM}?(?:${WHEN}){0,2}${PARTICIPLE}\\s*[.!]?["”’]?$`,
  "i",
);
const APPOSITIVE_FINAL = new RegExp(
  `,\\s+([^,;“”"]{2,60}?),\\s+([^,;“”"]{2,60}?),\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${VERB_ALTERNATION})${TOLD_WHOM}?(?:${WHEN}){0,2}${PARTICIPLE}\\s*[.!]?["”’]?$`,
  "i",
);
// "…, farmers fear.": "fear" is too often a noun for the class of reporting verbs, but after a
// comma, with the sentence's end after it, it is a verb and its subject forecasts.
const FINAL_FEAR = /,\s+([^,;“”"]{1,40}?)\s+(?:fear|fears|feared)[.!]?["”’]?$/i;
const FINAL_VERB_SUBJECT = new RegExp(`,\\s+(?:${VERB_ALTERNATION})\\s+([^;“”"]{1,120}?)\\s*[.!]?$`, "i");
