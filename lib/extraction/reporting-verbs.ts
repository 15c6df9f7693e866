// Verbs of saying, thinking and forecasting, as a class: the stems a reporter uses to attribute
// a claim, with every inflection made by English morphology ("warn" → warns, warned, warning;
// "reckon" → reckons, reckoned; "say" → says, said). A new stem brings all its forms at once,
// so attribution does not hang on a short list of the forms one set of articles used.

// Stems whose forms follow the regular rules (-s/-es, -ed/-d, -ing, a final e dropped).
const REGULAR = [
  "acknowledge",
  "add",
  "admit",
  "affirm",
  "allege",
  "announce",
  "anticipate",
  "argue",
  "assert",
  "assess",
  "assume",
  "calculate",
  "caution",
  "claim",
  "comment",
  "concede",
  "conclude",
  "confirm",
  "contend",
  "continue",
  "declare",
  "echo",
  "emphasise",
  "emphasize",
  "envisage",
  "envision",
  "estimate",
  "explain",
  "expect",
  "fear",
  "figure",
  "forecast",
  "guess",
  "hint",
  "hope",
  "indicate",
  "insist",
  "judge",
  "maintain",
  "mention",
  "note",
  "observe",
  "opine",
  "point",
  "posit",
  "predict",
  "project",
  "reason",
  "recall",
  "reckon",
  "remark",
  "reiterate",
  "repeat",
  "reply",
  "report",
  "respond",
  "reveal",
  "signal",
  "speculate",
  "state",
  "stress",
  "suggest",
  "surmise",
  "suspect",
  "testify",
  "underline",
  "urge",
  "warn",
  "wonder",
  "believe",
  "doubt",
  "tell",
  // "Analysts tip it as the likeliest partner".
  "tip",
  "write",
  "think",
  // "Some analysts feel it could take weeks".
  "feel",
  "say",
  "see",
  "foresee",
  "bet",
  "wager",
  "agree",
  // What a poll or a model does with its result: "a Reuters poll showed", "the survey found".
  "show",
  "find",
  // "Sky News understands that …": an outlet's word for what its sources told it.
  "understand",
];
// Past forms that the rules would get wrong.
const IRREGULAR: Record<string, string[]> = {
  say: ["said"],
  tell: ["told"],
  tip: ["tipped", "tipping"],
  write: ["wrote", "written"],
  think: ["thought"],
  feel: ["felt"],
  see: [],
  foresee: ["foresaw", "foreseen"],
  bet: ["bet", "betting"],
  forecast: ["forecast", "forecasted"],
  echo: ["echoes", "echoed", "echoing"],
  reply: ["replied", "replies"],
  testify: ["testified", "testifies"],
  signal: ["signalled", "signalling", "signaled", "signaling"],
  admit: ["admitted", "admitting"],
  underline: [],
  show: ["showed", "shown"],
  find: ["found"],
  understand: ["understood"],
};
// Forms as common in another sense (a noun, sight): "the state", "hopes of a deal", "saw".
const NOT_REPORTING = new Set([
  "saw",
  "seen",
  "seeing",
  "point",
  "points",
  "pointed",
  "pointing",
  "figure",
  "figures",
  "state",
  "project",
  "report",
  "reports",
  "fear",
  "fears",
  "hope",
  "hopes",
  "doubt",
  "doubts",
  "guess",
  "judge",
  "reason",
  "reasons",
  "signal",
  "signals",
  "note",
  "comment",
  "bet",
  "bets",
  "wonder",
  "add",
  "agree",
  "continue",
  "repeat",
  "stress",
  "stresses",
  "estimate",
  "feeling",
]);

function regularForms(stem: string): string[] {
  const third = /(s|sh|ch|x|z)$/.test(stem) ? `${stem}es` : /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ies` : `${stem}s`;
  const base = stem.endsWith("e") && !stem.endsWith("ee") ? stem.slice(0, -1) : stem;
  const past = stem.endsWith("e") ? `${stem}d` : /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : `${stem}ed`;
  return [stem, third, past, `${base}ing`];
}

function forms(stem: string): string[] {
  const regular = regularForms(stem);
  return stem in IRREGULAR ? [stem, regular[1], regular[3], ...IRREGULAR[stem]] : regular;
}

/** Every form of every reporting verb, longest first (so that "warned" is tried before "warn"). */
export const REPORTING_VERB_FORMS: readonly string[] = [
  ...new Set([
    ...REGULAR.flatMap(forms),
    ...["went on", "point out", "points out", "pointed out", "pointing out", "points to", "pointed to", "point to"],
    // "Analysts project that …": the bare stem is a noun too often ("the project"), but not before "that".
    "project that",
    // "The outlook calls for 15 named storms", "It's now calling for …": a forecaster's "call for" is
    // its forecast. Not the past ("Opposition leaders called for an inquiry" is a demand, and the
    // verb would reach a forecast in the clause after it).
    ...["calls for", "calling for"],
  ]),
]
  .filter((form) => !NOT_REPORTING.has(form))
  .sort((a, b) => b.length - a.length);
