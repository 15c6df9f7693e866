// The version of the extraction rules. Stored candidates made by another version are computed
// again on the next review: raise it whenever a change to lib/extraction (or the phrase lexicon)
// changes what the assistant proposes, i.e. whenever `npm run eval:extract` prints other figures.
export const EXTRACTOR_VERSION = 13;
