// Where a sentence may hold a second forecast or a second reported claim: the places to cut it
// into parts that each carry one (extract-candidates.ts reads each part). Pure; English news style.
// The patterns are many and module-level: they live apart from the candidate builder so that its
// mutation run tests the builder's logic, not every alternative of these lists (stryker.extraction.config.mjs).

// Where a sentence goes on to a second forecast of its own: one named shape each, with an example.
// A cut here counts only where the words before it forecast on their own (`second`).
// A part that looks back (a lookbehind) first looks ahead at the words that cut, so that the engine
// reads back only where those words stand, not at every character: the sentences are read once
// for each part, and a look back of 80 or 200 characters at every character was most of the time
// a 1 MB article took.
const SECOND_CLAUSE_PARTS = {
  // ", predicting that the bank …": a participle that forecasts.
  predictingParticiple: String.raw`,\s(?=(?:predicting|forecasting|expecting|projecting|estimating)\s(?:that\s)?(?:it|they|he|she|the|a|an)\b)`,
  // "…, adding chip earnings will grow further": a second claim of the same speaker.
  addingClaim: String.raw`,\s(?=adding\s(?:that\s)?(?:[\p{L}\p{N}’'-]+\s){1,6}?(?:will|would|could|may|might|(?:is|are)\s(?:likely|expected|set)\sto)\s)`,
  // "… and is close to 30%": the figure a second predicate gives.
  andNearFigure: String.raw`\s(?=and\s(?:is|are)\s(?:close\sto|near|nearly|about|around|roughly)\s\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent))`,
  // ", which is above the 25% it gave in May": a figure set against another.
  whichAboveFigure: String.raw`,\s(?=which\sis\s(?:above|below|ahead\sof|behind|higher\sthan|lower\sthan)\s[^,;]{1,40}?\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent))`,
  // ", Rovers 5/2", " and Vale at +250": the next name of a list of prices.
  nextPricedName: String.raw`(?:,\s|\s(?=and\s))(?=(?:and\s)?(?:\p{Lu}[\p{L}’'&-]*\s*){1,3},?\s(?:to\s|at\s)?(?:\d{1,4}\/\d{1,3}|[+\-−]\d{3,5})\b)`,
  // "…, but the rest are not.": a denial of the same forecast for others.
  denialAfter: String.raw`,\s(?=(?:but\s)?(?:[\p{L}\p{N}’'-]+\s){1,4}(?:is|are|was|were)\snot[.!,]?["”’]?$)`,
  // ", as does Germany's biggest bank": a second speaker of the same forecast.
  asDoes: String.raw`,\s(?=as\s(?:does|do|did)\s\S)`,
  // " and the Greens are priced at 5/2": the next price of a list.
  andPricedAt: String.raw`\s(?=and\s(?:[\p{L}’'-]+\s){1,4}?(?:is|are)\s(?:priced\s|available\s|quoted\s)?(?:at\s)?\d{1,3}\/\d{1,3}\b)`,
  // ", a 35 percent chance of …", " and only a 20 percent chance of …", "25 per cent chances of a flood": the next item of a list of stated chances.
  nextListedChance: String.raw`(?:,\s|(?<!,)\s(?=and\s))(?=(?:and\s)?(?:\p{Lu}[\p{L}’'-]*\s){0,3}(?:only\s|just\s)?(?:(?:a|an)\s)?(?:less\sthan\s|more\sthan\s|about\s|around\s|roughly\s|nearly\s|almost\s|over\s|under\s)?\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent)\s(?:chances?|probability|likelihood|possibility|risk)\b)`,
  // "…, and the probability that it is the warmest …", "… with the likelihood of a warm one at 40%": a second chance after a first.
  secondChanceNoun: String.raw`(?=,?\s(?:and|with)\s(?:the|a)\s(?:probability|likelihood|chances?|odds)\s(?:that|of)\s)(?<=\b(?:chances?|probability|likelihood|odds)\b[^;]{3,200}?)(?:,\s|\s(?=and\s|with\s))(?=(?:and\s|with\s)(?:the|a)\s(?:probability|likelihood|chances?|odds)\s(?:that|of)\s)`,
  // ", with a thaw most likely in spring", ", with analysts predicting …": a second forecast of its own.
  withForecast: String.raw`,\s(?=with\s(?:[\p{L}\p{N}’'-]+\s){1,8}?(?:most\slikely|likely|expected|forecast|predicted|projected|predicting|forecasting|projecting|expecting|warning|suggesting|indicating)\b)`,
  // ", and is close to 30%": as andNearFigure, after a comma.
  commaNearFigure: String.raw`,\s(?=(?:and\s)?(?:is|are)\s(?:close\sto|near|nearly|about|around|roughly)\s\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent))`,
  // " while the other side is …", " while the Weather Office (WO) has said": a clause of contrast with a subject and verb of its own.
  whileClause: String.raw`(?<=[\p{Ll}\d)])\s(?=(?:while|whilst)\s(?:(?:a|an|the|its|their|his|her|last|this|next)\s|\p{Lu})(?:[\p{L}’'()-]+\s){0,8}?(?:is|are|was|were|has|have)\s)`,
  // " but the champion is out at 6/1": a second price after "but".
  butPriced: String.raw`\s(?=but\s[^,;]{3,120}?\s(?:at\s|now\s|a\s|an\s)?\d{1,3}\/\d{1,3}\b)`,
  // ", who is 11-4 with the bookmakers": the price of the name before.
  whoIsPriced: String.raw`,\s(?=who\s(?:is|are)\s\d{1,3}[-–/]\d{1,3}\b)`,
  // ", Spurs (5/1)": the next name of a list, its price in brackets.
  bracketedPrice: String.raw`(?:,\s|\s(?=and\s))(?=(?:and\s)?(?:with\s)?(?:[\p{L}’'&-]+\s){0,4}\p{Lu}[\p{L}’'&-]*\s\(\d{1,4}\/\d{1,3}\))`,
  // "…, with the coast only having a 30pc chance": the next place's chance.
  withStatedChance: String.raw`,\s(?=with\s[^,;]{1,60}?\s(?:a|an)\s\d{1,3}(?:\.\d+)?\s?(?:%|pc|percent|per\s?cent)\s(?:chance|probability|likelihood|possibility|risk)\b)`,
  // "…, rising to 30 per cent in the west": the next place's figure.
  risingToFigure: String.raw`(?:,\s|\s(?=and\s))(?=(?:and\s)?(?:rising|falling|climbing|dropping|increasing|decreasing)\sto\s\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent))`,
  // "a 6 per cent probability for June, 30 per cent for July": the next item's chance, its noun elided.
  elidedChance: String.raw`(?=,\s)(?<=\b(?:chances?|probability|likelihood|odds)\b[^,;]{0,80}),\s(?=(?:about\s|around\s|roughly\s|nearly\s)?\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent)\s(?:for|in|by|on|at)\s)`,
  // "… in June (75%) and then July (55%)": the next item's chance in brackets.
  bracketedPercent: String.raw`(?=,\s|\sand\s)(?<=\(\d{1,3}(?:\.\d+)?\s?%\))(?:,\s|\s(?=and\s))(?=(?:and\s)?(?:then\s)?(?:[\p{L}\p{N}’'-]+\s){0,5}?\(\d{1,3}(?:\.\d+)?\s?%\))`,
  // "… the second most likely team at 9.7%, while the Cardinals (8.9%) and …": the next name of a
  // list of chances, its chance in brackets, after one stated.
  whileBracketedPercent: String.raw`(?=,\s(?:while|whilst|whereas)\s)(?<=\d\s?%),\s(?=(?:while|whilst|whereas)\s(?:[\p{L}’'-]+\s){0,5}?\(\d{1,3}(?:\.\d+)?\s?%\))`,
  // "…, while in the west the odds rise to 65pc": a second place's chance.
  whileOdds: String.raw`,\s(?=(?:while|whereas)\s[^,;]{0,60}?\b(?:odds|chances?|probability|likelihood)\b[^,;]{0,30}?\d{1,3}(?:\.\d+)?\s?(?:%|pc|percent|per\s?cent))`,
  // "Fighting will likely go on, because the allies are unlikely to press for a truce": a reason
  // that is a forecast with a hedge of its own.
  becauseHedge: String.raw`,\s(?=because\s(?:[\p{L}\p{N}’'.-]+\s){1,6}?(?:is|are)\s(?:\p{Ll}+ly\s)?(?:likely|unlikely|expected|set|poised|certain|bound)\sto\s)`,
  // "Seventy-three is a definite, 74 is also likely, 75 is possible": the next item of a list of
  // outcomes, each with its own verdict.
  nextVerdict: String.raw`,\s(?=(?:and\s)?(?:\d[\d.,-]*|\p{Lu}[\p{L}’'-]*)\s(?:is|are)\s(?:also\s|still\s|less\s|more\s|very\s|quite\s)?(?:possible|likely|unlikely|probable|improbable|certain|doubtful)\b)`,
  // ", with the Coalition out to $1.17": the next name's decimal price.
  withDollarPrice: String.raw`,\s(?=with\s[^,;]{1,60}?\s(?:at|to|into|from)\s\$\d{1,3}\.\d{2}\b)`,
  // "…, while Federer can be backed at 10s", "…, while bookmakers make Dele Amoako 9/4 to score": a second price.
  whilePrice: String.raw`,\s(?=(?:while|whilst|whereas)\s[^,;]{1,60}?\s(?:at|is|are|to|\p{Lu}[\p{L}’'-]*)\s(?:\d{1,3}[-–/]\d{1,3}|[1-9]\d{0,2}s|[+\-−]\d{3,5})\b)`,
  // "… with Ashby at 9/4 and the draw at 12/5", "… and last year's winner Dusty Miller out to
  // 12/1": the last name of a list of prices.
  andAtPrice: String.raw`\s(?=and\s(?:[\p{L}’'-]+\s){1,6}?(?:at|out\sto|into)\s\d{1,3}\/\d{1,3}\b)`,
  // "…, meaning there is a 10 percent chance it will not form": the chance of the other side.
  meaningOtherSide: String.raw`,\s(?=meaning\s(?:that\s)?there\s(?:is|was)\s(?:only\s|just\s|still\s)?(?:a|an)\s\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent)\s(?:chance|probability|likelihood|risk)\b)`,
  // "… a strike this year is just 5%; they think there's a 2% chance of a blockade; and …", "…
  // dropped from 64% to 60%, while her rival's chances slipped from 31% to 27%": each clause after
  // a semicolon (or "while", ", and") that states a chance of its own, after a clause that stated
  // one, is its own forecast.
  nextClauseChance: String.raw`(?=;\s|,?\s(?:while|whereas)\s|,\s(?:and|but)\s)(?<=\d\s?(?:%|per\s?cent|percent)[^;]{0,80})(?:;|,?\s(?:while|whereas)|,\s(?:and|but))\s(?=(?:and\s)?[^;]{0,120}?(?:\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)\s+(?:chances?|probability|likelihood|odds|risk)\b|\b(?:chances?|probability|likelihood|odds)\b[^;]{0,80}?\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)))`,
} as const;
const SECOND_CLAUSE = new RegExp(Object.values(SECOND_CLAUSE_PARTS).join("|"), "gu");
const REPORTED_CLAUSE =
  /,\s(?=(?:but|yet)\s(?:according\sto\b|(?:[\p{L}’'-]+\s){1,4}?(?:said|say|says|expect|expects|predict|predicts|warned|warn|warns)\b))|(?<!\d|\d%)\s(?=and\s(?:about\s|around\s|just\sunder\s|just\sover\s|nearly\s|close\sto\s)?\d{1,3}(?:\.\d+)?\s?(?:%|(?:percent|per\s?cent)\b))|,\s(?=(?:while|whereas)\s(?:[\p{L}’'-]+\s+){1,12}?(?:has|have|had|is|are|was|were|said|says|predicted|predicts|expects?|sees?|forecasts?|thinks?|believes?|raised|lifted|cut|lowered|trimmed|doubled|halved|puts?)\b)|,\s+(?=(?:[\p{L}’'-]+\s+){0,4}?(?:are\s+|is\s+|have\s+|has\s+)?(?:estimating|estimated|estimate|predicted|predict|predicts|say|says|said|believe|believes|assessed|expect|expects|warned|argued|adding|added|noted)\s+(?:that\b|it\b))/gu;

// "…, which analysts at Granite Hill estimate could shave $400m": a relative clause with its own
// speaker and hedge; "…, though forecasters saw only a small chance of that": a second judgement.
// "TSMC expects to catch up next month, and Cisco's chief, Lena Fisk, told the BBC …": a second
// speaker's claim joined by "and", cut off where the words before it forecast on their own.
// "… is likely to hit its margin, Jacob said, and may also lead to slower sales": a second verb
// phrase with a hedge of its own, cut off where the words before it forecast on their own.
// "… risks losing its majority but should be able to form a coalition": a second predicate after
// "but" with a modal of its own. "…, and it is still conceivable that …": a second judgement.
// "…, though some members may push for more", "…, but it does not think a recession will follow",
// "…, the Met Office said, and temperatures could fall", "…; its head of research predicts …".
// "… will raise rates by October and may hike faster", "Nine are expected to become hurricanes and
// four of those could grow", "…, but a cut is firmly expected by June", "… will not secure a
// majority as voters are set to return a hung assembly": a second clause with its own hedge.
// "Prices will not rise above $61 next year, but will edge up to $64 later": a denied future,
// then an affirmed one of the same subject. "… concluded that the war will most likely continue
// but that pressure, from the US above all, could lead to pauses": a second that-clause of the
// same verb with a hedge of its own. "Analysts expect stable prices but also can foresee a
// scenario in which …": a second possibility the same speakers see.
const SECOND_HEDGE =
  /,\s(?=and\s(?:also\s)?(?:may|might|could|would\slikely|will\slikely|will\sprobably|is\slikely\sto|are\slikely\sto|is\sunlikely\sto|are\sunlikely\sto)\s)|,\s(?=(?:and|but)\sit\s(?:is|was|’s|'s)\s(?:still\s|also\s|quite\s|entirely\s)?(?:conceivable|possible|likely|unlikely|probable|certain)\sthat\s)|\s(?=but\s(?:should|may|might|could)\s)|,\s(?=but\s(?:will|would)\s(?!not\b))(?<=\b(?:will|would)\s(?:not|never)\s[^,;]{3,80}?,\s)|,\s(?=(?:but|though|although)\s(?:[\p{L}\p{N}’'-]+\s){1,6}?(?:could|may|might)\s)|\s(?=but\sthat\s[^;]{3,120}?\b(?:could|may|might)\s)|\s(?=but\s(?:also\s)?(?:can|could)\s(?:also\s)?(?:foresee|see|envisage|envision|imagine)\s)|,\s(?=but\s(?:it|they|he|she|we|i)\s(?:does|do|did)\s?(?:not|n[’']t)\s(?:think|expect|believe|see|foresee)\b)|,(?<=\b(?:said|says|added|warned|noted)(?:\son\s\p{Lu}\p{Ll}+)?,)\s(?=and\s(?:[\p{L}\p{N}’'-]+\s){1,4}?(?:could|may|might|will|would)\s)|;\s(?=(?:[\p{L}\p{N}’'.,-]+\s){1,10}?(?:said|says|predicts|predicted|expects|expected|forecasts|thinks|believes|sees)\s)|\s(?=and\s(?:may|might|could)\s(?:well\s)?\p{Ll}+)(?<=\s(?:will|will\s(?:likely|probably)|is\s(?:likely|expected)\sto|are\s(?:likely|expected)\sto)\s[^,;]{3,80}?\s)|(?<!,)\s(?=and\s(?:[\p{L}\p{N}’'-]+\s){1,4}?(?:could|may|might)\s(?!be\sable\b)\p{Ll}+)|,\s(?=but\s(?:[\p{L}\p{N}’'-]+\s){1,6}?(?:is|are)\s(?:\p{Ll}+ly\s)?(?:expected|likely|unlikely|forecast|predicted|seen|set|poised|tipped)\b)|\s(?=as\s(?:[\p{L}’'-]+\s){1,4}?(?:is|are)\s(?:set|expected|likely|poised|tipped)\sto\b)/gu;
const SECOND_SPEAKER =
  /,\s(?=which\s(?:[\p{L}’'-]+\s){1,5}?(?:estimate|estimates|expect|expects|say|says|believe|believes|think|thinks|reckon|reckons|predict|predicts|fear|fears)\s(?:could|would|will|may|might)\b)|,\s(?=(?:though|although|but|while)\s(?:[\p{L}’'-]+\s){1,4}?(?:see|sees|saw|put|puts|gave|give|gives)\s(?:only\s)?(?:a|an|little|no|the)\b[^,;]{0,40}?\b(?:chance|odds|probability|likelihood|risk)\b)|,\s(?=and\s(?:\p{Lu}[\p{L}’'.-]*,?\s|\p{Ll}+\s){1,6}?(?:said|says|told|tells|warned|warns|predicted|predicts|expects|expected|believes|believed|thinks|thought)\s)/gu;

// "While the opposition might gain seats, Berg believes the government will survive", "Whereas …": a leading
// clause of concession is a part of its own, so that its hedge does not govern the main clause.
const CONCESSION = /^(?:while|whilst|whereas|although|though|even\s+though|even\s+if)\s[^,;:“”"]{3,160}?,(?=\s)/i;

// "It is hard to predict how long prices will stay high, but we do expect pressure on them": the
// speaker's own view after "but", in a quotation too, is a part of its own, whatever came before.
const OWN_VIEW_AFTER_BUT = /,\s(?=but\s(?:we|i)\s(?:(?:do|still|also|certainly|now)\s)*(?:expect|think|believe|see|anticipate|predict|forecast)\b)/giu;

// An aside between dashes that is a clause of its own, with its own subject and hedge, or that
// judges the chance of what came before ("… voice concern – an unlikely prospect in the near term – …").
const CLAUSE_ASIDE =
  /\s[—–]\s(?=(?:though|although|but|while|whereas|and)\s|an?\s(?:\p{Ll}+\s)?(?:prospect|possibility|outcome|scenario)\b)[^—–.;]{1,120}?\s[—–](?=\s)/giu;

/** A place to cut `text`: `second` when the words before it must forecast on their own for the cut to count. */
export type ClauseCut = { at: number; second: boolean };

/** The places to cut a part of a sentence, in order; inside a quotation (`quoted`) no reporting verb cuts. */
export function clauseCuts(options: { text: string; quoted: boolean }): ClauseCut[] {
  const { text, quoted } = options;
  const concession = CONCESSION.exec(text);
  return [
    ...(concession ? [{ at: concession[0].length - 1, second: false }] : []),
    // "… will win — though it may lose its majority — …": a clause between dashes, cut at both.
    ...[...text.matchAll(CLAUSE_ASIDE)].flatMap((m) => [
      { at: m.index!, second: false },
      { at: m.index! + m[0].length - 1, second: false },
    ]),
    ...(quoted ? [] : [...text.matchAll(REPORTED_CLAUSE)]).map((m) => ({ at: m.index!, second: false })),
    ...[...text.matchAll(OWN_VIEW_AFTER_BUT)].map((m) => ({ at: m.index!, second: false })),
    ...[...text.matchAll(SECOND_CLAUSE)].map((m) => ({ at: m.index!, second: true })),
    ...(quoted ? [] : [...text.matchAll(SECOND_SPEAKER)]).map((m) => ({ at: m.index!, second: true })),
    ...[...text.matchAll(SECOND_HEDGE)].map((m) => ({ at: m.index!, second: true })),
  ].sort((a, b) => a.at - b.at);
}
