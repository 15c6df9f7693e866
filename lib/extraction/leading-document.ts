// "In its latest forecast for 2016-21, EIU said …", "Under the bank’s central projection, …", "In its most
// likely scenario, …": a
// forecasting document named in a leading phrase, up to the comma that closes it. One description
// for the cue reader (the phrase only says where the forecast was made; the clause after it
// carries the hedge) and for the document owners (the subject after it owns a forecast). Pure.

const DOCUMENT = String.raw`(?:[Ff]orecasts?|[Oo]utlook|[Pp]rojections?|[Rr]eport|[Ee]stimates?|[Aa]ssessment|[Pp]redictions?|[Ss]cenarios?)`;

/** The leading phrase, as a pattern source (flag "u"): "In its … forecast …, ". */
export const LEADING_DOCUMENT = String.raw`(?:[Ii]n|[Uu]nder)\s+(?:its|their|his|her|the|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?${DOCUMENT}\b[^,;.]{0,60},\s+`;
