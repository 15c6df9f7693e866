// An aside between dashes ("— now around 0.1% —", "-- which began in May --"): its words describe
// and neither hedge nor report the sentence around it. Used by the reading of the hedge
// (extract-candidates.ts) and of the speaker (attribute-speaker.ts). A decimal point is no full stop.
export const DASH_ASIDE = /\s(?:[—–]|--)\s(?:[^—–.;]|\.(?=\d)){1,120}?\s(?:[—–]|--)(?=\s)/g;
