// The speaker a subject phrase names: a person (titles dropped), a body, an unnamed group, or a
// pronoun, role or surname pointing back to someone named before. Pure.
import { lastNameRunAt } from "./name-run";
import { organisationKey } from "./organisation-key";
import { LAST_MODEL, LAST_ORGANISATION, LAST_PERSON, MAIN_ORGANISATION, OPENING_PRONOUN, type Speaker } from "./speaker";
import { isAcronym } from "./acronym";
import {
  COUNT_SUBJECT,
  CONNECTORS,
  DOCUMENT_SUBJECT,
  FORECASTER,
  FORECASTERS,
  LEADING_CLAUSE,
  LEADING_FILLER,
  LEADING_TIME,
  OFFICER,
  ORGANISATION_WORDS,
  ROLE,
  TITLE_WORDS,
} from "./speaker-words";
import { unnamedGroup } from "./unnamed-group";
import { personByRole, roleKey } from "./person-roles";

function isOrganisation(run: string[]): boolean {
  return (
    ORGANISATION_WORDS.test(run.join(" ")) || run.some((t, i) => i > 0 && CONNECTORS.has(t.toLowerCase())) || (run.length === 1 && BRAND_CASE.test(run[0]))
  );
}
// "iSuppli", "eBay", "BlackRock", "JPMorgan", "YouGov": one word with a capital inside it is a
// brand's or a body's way of writing its name; a surname's is a prefix ("McDonald", "DeSantis", "LeBron").
const BRAND_CASE = /^(?:\p{Ll}+\p{Lu}|\p{Lu}{2,}\p{Ll}|(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}\p{Ll}+\p{Lu})\p{L}*$/u;

/** A person's name out of a run of capitalised words: drop titles and nationalities in front. */
function personName(run: string[], afterPreposition = false): string | null {
  let tokens = [...run];
  const isTitle = (t: string) => TITLE_WORDS.has(t.toLowerCase().replace(/[.]$/, ""));
  // "ambassador to Russia Wi Sung-lac": the place after the preposition is no part of the name.
  if (afterPreposition && tokens.length >= 3) tokens = tokens.slice(1);
  while (tokens.length > 0 && isTitle(tokens[0])) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  // At most three words of the name, not counting particles ("Ursula von der Leyen").
  const capitals = tokens.flatMap((t, i) => (/^\p{Lu}/u.test(t) ? [i] : []));
  if (capitals.length > 3) tokens = tokens.slice(capitals.at(-3));
  // "German Chancellor Olaf Scholz" cut to three words: titles left at the front go too.
  while (tokens.length > 2 && (isTitle(tokens[0]) || isTitle(tokens[1]))) tokens = tokens.slice(1);
  return tokens.join(" ");
}

/**
 * The speaker named by a subject phrase. Appositives are looked through: in "John Everard,
 * the former British ambassador to North Korea remarked", the description is skipped for the name.
 */
export function speakerFromSubject(subject: string, previous: Speaker | null, known?: ReadonlyMap<string, Speaker>): Speaker | null {
  // "Forecasts from the Monetary Fund suggest …", "the latest projections by Acme show …": the
  // makers of the numbers speak.
  // "The Dallas, Texas-based company": where it is based is no part of who.
  subject = subject.replace(PLACE_BASED, "$1");
  // "Tropical Storm Risk (TSR)": the name, not its acronym as a fourth word of it. A name with an
  // acronym or a ticker in brackets ("Credit Suisse (CS)") is a body's, however like a person's it reads.
  const bracketed = BRACKETED_ACRONYM.test(subject);
  subject = subject.replace(BRACKETED_ACRONYM, "");
  const makers = DOCUMENT_OF.exec(subject.trim());
  const maker = MAKERS_DOCUMENT.exec(subject.trim())?.[1];
  // "The new GDP figures", "the latest CPI data": an indicator, not a maker.
  const made = maker && !INDICATOR.test(maker) ? (speakerOf(maker, previous, known) ?? acronym(maker)) : null;
  if (made && made.kind !== "UNNAMED_GROUP") return known?.get(organisationKey(made.name)) ?? made;
  const speaker = (makers && speakerOf(makers[1], previous, known)) || speakerOf(subject, previous, known);
  // "… ,” Acme Insight observed": two capitalised words read as a person's name are the body of
  // that name when one was heard before.
  if (speaker?.kind !== "PERSON") return speaker;
  return known?.get(organisationKey(speaker.name)) ?? (bracketed ? { name: speaker.name, kind: "ORGANISATION" } : speaker);
}
const TRAILING_ADVERB =
  /(?<=\S)\s+(?:currently|recently|now|also|still|already|again|previously|initially|reportedly|notably|similarly|separately|likewise|too|meanwhile|nonetheless|however)$/i;
// Degrees, honours and suffixes written after a name: "MD", "Ph.D.", "MPH", "OBE", "Jr.".
const POST_NOMINAL = /^(?:M\.?D|Ph\.?\s?D|D\.?Phil|MPH|DrPH|M\.?B\.?A|MSc|BSc|R\.?N|D\.?O|J\.?D|CFA|CPA|FRCP|FRS|OBE|MBE|CBE|KC|QC|Esq|Jr|Sr|II|III|IV)\.?$/;
// Built from the same lists as a body's forecasters and officers, with the titles of other trades.
const TITLE_AFTER_NAME = new RegExp(
  `^(?:(?:senior|deputy|vice|executive|assistant|associate|chief|managing|global|lead|principal|former|co-)[\\s-]*)*(?:ceo|cfo|coo|cto|cio|co-?founder|chairperson|${OFFICER}|${FORECASTER}|professor|partner|fellow|manager|editor|minister|secretary|officer|executive|dean|commissioner|adviser|advisor|lecturer)\\b`,
  "i",
);
// A role introduced by an article or by its body's possessive ("the chief executive of Acme",
// "Acme's CEO"): the same titles, after those words.
const ROLE_AFTER_NAME = new RegExp(
  `^(?:(?:the|a|an|its|their)\\s+|(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,3}\\p{Lu}[\\p{L}&.-]*[’']s\\s+)(?:[\\p{L}-]+\\s+){0,2}?${TITLE_AFTER_NAME.source.slice(1)}`,
  "iu",
);
// Two to four capitalised words: how a person's name reads before a title ("Jo Hale", "Ana de la Cruz").
const PERSON_LIKE = /^(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|da|van|von|der|la|le|di|du|bin|al)?\s*\p{Lu}[\p{L}'’.-]*){1,3}$/u;

// "(CS)", and a ticker with its exchange: "(ASX: WBC)", "(NYSE: IBM)".
const BRACKETED_ACRONYM = /(?<=\p{L})\s*\((?:\p{Lu}{2,6}:\s*)?\p{Lu}[\p{Lu}\p{N}.&]{1,7}\)(?=\s|$)/u;

/**
 * "the bank", "the pollster": a body known by a name with that word ("the Bank" after the Bank of
 * England: the one that spoke last, else the one named last, else the first named); else the body
 * that spoke last when the body named last does not have the word in its name ("Survation said …
 * The pollster also predicted", with the SNP named between); else the body named last.
 */
function bodyOfTrade(trade: string, previous: Speaker | null, known?: ReadonlyMap<string, Speaker>, owned = false): Speaker | null {
  const word = new RegExp(`\\b${trade.replace(/[^\p{L}]/gu, "")}\\b`, "iu");
  const last = known?.get(LAST_ORGANISATION) ?? null;
  const named = [...(known?.values() ?? [])].filter((s) => s.kind === "ORGANISATION" && word.test(s.name));
  const has = (s: Speaker | null) => !!s && named.some((n) => n.name === s.name);
  if (named.length > 0) return has(previous) ? previous : has(last) ? last : named[0];
  if (previous?.kind === "ORGANISATION" && last) return previous;
  // "Goldman Sachs has forecast a rise. … the US investment bank expects": with no body named yet,
  // the "person" just heard, named with no role, was the body all along (a firm named after people).
  // Not "the research firm's chief economist": that is someone else, an officer of the body.
  if (!last && !owned) return unroledFirm(previous, known);
  return last;
}

/** The person just heard, as a body, when no role was given them (a firm named like a person); else null. */
function unroledFirm(previous: Speaker | null, known?: ReadonlyMap<string, Speaker>): Speaker | null {
  return previous?.kind === "PERSON" && !hasRole(previous, known) ? { name: previous.name, kind: "ORGANISATION" } : null;
}

const hasRole = (person: Speaker, known?: ReadonlyMap<string, Speaker>) =>
  !!known && (known.has(roleKey("office", person)) || known.has(roleKey("expert", person)));

/** The group or body heard last, for a count of its members or a document of its making. */
export function lastBody(previous: Speaker | null, known?: ReadonlyMap<string, Speaker>): Speaker | null {
  if (previous && previous.kind !== "PERSON" && previous.kind !== "OUTLET") return previous;
  return known?.get(LAST_ORGANISATION) ?? null;
}

// "the director of polling firm Datafolk", "the head of research at Vale Bank": an officer of the body named after.
const ROLE_OF_BODY = new RegExp(
  `^(?:[Tt]he\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${OFFICER}\\s+(?:of|at)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?(\\p{Lu}[\\p{L}&.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&.-]*){0,4})$`,
  "u",
);
// "a Met Office spokeswoman", "the IMF chief", "a Nomura economist": one of a named body's people.
const SPOKESPERSON_OF = new RegExp(`^(?:[Aa]n?|[Tt]he)\\s+(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})\\s+(?:${OFFICER}|${FORECASTER})$`, "u");
// Not a nationality before "model" ("the Brazilian model said": a person).
const NAMED_MODEL =
  /^(?:[Tt]he\s+)?(?!\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|can|ern|ic|i)\s+models?$)(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s+(models?|simulations?|tracker|supercomputer|tool|nowcast|gauge)$/u;
// The last word of a body's trade ("research firm", "equipment maker", "utility company").
const BODY_TRADE_NOUN =
  /(?:firm|company|pollster|agency|bank|group|outlet|broadcaster|consultancy|insurer|lender|institute|organi[sz]ation|network|newspaper|website|platform|service|bookmaker|exchange|maker|manufacturer|producer|developer|supplier|provider|retailer|operator|carrier|airline|miner|giant|utility|startup|publisher|broker|brokerage|distributor|fund)$/;
// The trade as a whole word ("the lawmaker Jo Hale" is a person; "maker" ends the word only).
const BODY_TRADE_WORD = new RegExp(`^${BODY_TRADE_NOUN.source}`);
// "the US investment bank", "the Swiss lender": a country or its adjective before a trade in small
// letters (not "the Reserve Bank", a name) says where the body is, not which.
// Not a firm's own short name ("the UBS bank", "the Bosch group"): country initials and adjectives of
// nations only.
const NATION_BEFORE_TRADE =
  /^([Tt]he\s+)(?:US|U\.S\.|UK|EU|UAE|\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish)|German|Swiss|Dutch|French|Greek|Thai|Israeli|Saudi|Iraqi|Pakistani|Qatari|Kuwaiti|Emirati|Welsh|Scottish|Irish)\s+(?=(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+$)/u;
const BODY_BY_TRADE =
  /^[Tt]he\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+-\p{Ll}[\p{Ll}-]*)\s+){0,2}(?:[Bb]ank|[Ff]irm|[Cc]ompany|[Aa]gency|[Pp]ollster|[Gg]roup|[Ii]nstitute|[Oo]rgani[sz]ation|[Ff]und|[Cc]onsultancy|[Ll]ender|[Ii]nsurer|[Bb]roker|[Bb]rokerage|[Tt]hink[\s-]?[Tt]ank|[Tt]ank|[Bb]ureau|[Rr]egulator|[Ww]atchdog|[Mm]inistry|[Cc]lub|[Cc]armaker|[Aa]utomaker|[Dd]rugmaker|[Cc]hipmaker|[Rr]etailer|[Mm]anufacturer|[Pp]roducer|[Mm]iner|[Aa]irline|[Oo]perator|[Gg]iant|[Uu]tility|[Uu]nion|[Bb]roadcaster|[Pp]ublisher|[Ss]tartup)$/u;
// "the council", "the committee": the body named last, only when its own name says what it is
// ("The authority said …" after "Ryanair cut its fares" is not Ryanair).
const INSTITUTION = /^[Tt]he\s+(council|committee|commission|cent(?:re|er)|authority|observatory|association|federation)$/u;
const POLLED = /^(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+s)\s+(?:polled|surveyed|questioned|interviewed|asked)\s+by\s+(?:the\s+)?\p{Lu}/u;
const INSTRUMENT =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,3})[’']s\s+((?:[\p{L}-]+\s+){0,2}(?:models?|modell?ing|supercomputer|tracker|tool|index|simulations?|algorithm|gauge|nowcast|barometer))$/u;
const LONE_NOT_NAME = /^(?:some|many|others|another|most|few|all|both|several|this|that|these|those|however|meanwhile|still|yet|now|then|today|here|there)$/i;
const INDICATOR = /^(?:GDP|GNP|CPI|PPI|PCE|PMI|HICP|RPI|ISM|NFP|EPS|ROI)$/;
// A document of numbers, "the latest" or not, its maker named before it ("The latest WHO
// projections suggested …") or after "from" or "by" ("Forecasts from the Monetary Fund …").
const DOCUMENT_LEAD = "(?:[Tt]he\\s+)?(?:(?:[Ll]atest|[Nn]ew|[Rr]ecent|[Oo]fficial)\\s+)?";
const DOCUMENT_NOUN = "(?:[Ff]orecasts?|[Pp]rojections?|[Oo]utlook|[Ee]stimates?|[Mm]odels?|[Ff]igures|[Dd]ata|[Cc]alculations?)";
// A body's people or documents by its possessive: "the IMF's chief economist", "the bank's
// analysts", "the bank's models" (not its officers: "the central bank's governor" is a person who
// may have been named).
const OWNED = new RegExp(
  `^(.+?)[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${FORECASTER}|spokes(?:man|woman|person)|staff|team|officials?|${DOCUMENT_NOUN}|analysis)$`,
  "u",
);
const MAKERS_DOCUMENT = new RegExp(`^${DOCUMENT_LEAD}(\\p{Lu}[\\p{L}&.’'-]*(?:\\s+\\p{Lu}[\\p{L}&.’'-]*){0,3})(?:[’']s)?\\s+${DOCUMENT_NOUN}$`, "u");
const DOCUMENT_OF = new RegExp(`^${DOCUMENT_LEAD}${DOCUMENT_NOUN}\\s+(?:from|by)\\s+((?:the\\s+)?\\p{Lu}.{1,60})$`, "u");

// After a leading clause too: "In its updated forecast, the London-based group".
const PLACE_BASED = /((?:^|,)\s*[Tt]he\s+)(?:\p{Lu}[\p{L}.’']*,?\s+){0,3}\p{Lu}[\p{L}.’']*-based\s+(?=\p{Ll})/u;
// A named body's people: "Researchers at UBS", "economists from the Acme Institute" (the body
// after them), "The CSU team", "Goldman Sachs economists" (the body before them).
const STAFF = `(?:${FORECASTERS}|[Ss]taff|[Tt]eam)`;
const STAFF_AT_BODY = new RegExp(`^(?:[Tt]he\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${STAFF}\\s+(?:at|from|with)\\s+(?:the\\s+)?(\\p{Lu}[^,;]{1,60})$`, "u");
const BODY_STAFF = new RegExp(`^(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}&.’'-]*(?:\\s+\\p{Lu}[\\p{L}&.’'-]*){0,4})\\s+(?:team|${FORECASTERS})$`, "u");

/**
 * The body whose people a subject names. A name before them that is one capitalised word may only
 * open the sentence ("Energy analysts"): it counts as an acronym or a name heard before. A name
 * that reads as a person's ("Goldman Sachs", "S&P Global Mobility") is the body's all the same.
 */
function employerOf(segment: string, previous: Speaker | null, known?: ReadonlyMap<string, Speaker>): Speaker | null {
  const after = STAFF_AT_BODY.exec(segment)?.[1]?.trim();
  const before = after ? null : BODY_STAFF.exec(segment)?.[1];
  if (before && !/\s/.test(before) && !acronym(before) && !known?.has(organisationKey(before)) && !known?.has(before.toLowerCase())) return null;
  const name = after ?? before;
  if (!name) return null;
  // "Analysts at Jefferies": one capitalised word after "at" is the body they work for.
  const lone = after && /^\p{Lu}[\p{L}&.’'-]+$/u.test(name) ? ({ name, kind: "ORGANISATION" } as const) : null;
  const body = speakerOf(name, previous, known) ?? acronym(name) ?? lone;
  if (body?.kind === "ORGANISATION") return body;
  return body?.kind === "PERSON" ? (known?.get(organisationKey(name)) ?? { name, kind: "ORGANISATION" }) : null;
}

/** "NOAA", "UBS": an acronym alone names a body. */
const acronym = (text: string): Speaker | null => (isAcronym(text.trim()) ? { name: text.trim(), kind: "ORGANISATION" } : null);

function speakerOf(subject: string, previous: Speaker | null, known?: ReadonlyMap<string, Speaker>): Speaker | null {
  let segments = subject
    // An interview's "Q:" or "A:" is no part of who.
    .replace(/^\s*[QA]\s*:\s+/, "")
    // A wire dateline before the subject: "(REUTERS) - ", "WASHINGTON – ", "LONDON (AP) — ".
    .replace(/^\s*(?:\(?\p{Lu}[\p{Lu}\s.,'-]{1,40}\)?)(?:\s*\([\p{L}\s]{1,20}\))?\s*[-–—:]\s+/u, "")
    // "(Reuters) -Texas Instruments": the wire's credit, its dash pasted against the next word.
    .replace(/^\s*\(\p{Lu}[\p{L}\s]{1,20}\)\s*[-–—]\s*/u, "")
    // "A weather forecaster on Thursday (Dec 14)": the time is no part of who.
    .replace(/\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b(?:\s*\([^()]{1,20}\))?\s*$/i, "")
    .split(/,(?!\d)/)
    .map((s) => s.trim().replace(LEADING_FILLER, "").replace(LEADING_TIME, "").trim())
    // "Jo Hale, MD, MPH, professor of …": letters after a name are no part of who.
    .filter((s) => s && !POST_NOMINAL.test(s));
  // "At a briefing on Tuesday, a ministry official said": the leading clause is not the subject.
  while (segments.length > 1 && LEADING_CLAUSE.test(segments[0])) segments = segments.slice(1);
  // "The poll of 1,000 voters, conducted by Ipsos": the poll, with its maker from the description.
  if (
    segments.length > 1 &&
    /\b(?:polls?|survey)\b/i.test(segments[0]) &&
    /^(?:conducted|carried out|commissioned|released|published|run)\b/i.test(segments[1])
  )
    return unnamedGroup(segments.slice(0, 2).join(", "));
  // "Holt, who runs the rates desk at Acme, expects …": a lone capitalised word before a relative
  // clause or a description set off by commas is a name (a surname met before is that person).
  // The description must close with its own comma before the verb ("Nationally, an exit poll
  // forecasts …" is an adverb, then the subject).
  if (
    segments.length > 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(segments[0]) &&
    (/^(?:who|whose)\s/i.test(segments[1]) || (/^(?:a|an|the)\s/i.test(segments[1]) && /,\s*$/.test(subject))) &&
    !/ly$/.test(segments[0]) &&
    !LONE_NOT_NAME.test(segments[0])
  )
    return known?.get(segments[0].toLowerCase()) ?? { name: segments[0], kind: "PERSON" };
  for (let i = segments.length - 1; i >= 0; i--) {
    let segment = segments[i];
    // "Jo Hale, CEO of Acme", "Jo Hale, Professor of Law at Vale University": a title after a
    // person's name describes that person, however it is capitalised; so does "Jo Hale, Acme's
    // CEO" or "Jo Hale, the chief executive of Acme".
    if (i > 0 && PERSON_LIKE.test(segments[i - 1]) && (TITLE_AFTER_NAME.test(segment) || ROLE_AFTER_NAME.test(segment))) continue;
    // "the FedWatch tracker currently estimates": an adverb after the subject is no part of it.
    segment = segment.replace(TRAILING_ADVERB, "");
    // "Jo Hale (Acme Bank)", "Sen. Jo Hale (D-Ohio)": where a person works, in brackets, is no part of the name.
    segment = segment.replace(/(?<=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s*\((?!\p{Lu}[\p{Lu}\p{N}.&]{1,7}\))[^()]{2,40}\)$/u, "");
    // "Acme Bank analysts led by Jo Hale": the team speaks; who leads it is no part of who.
    segment = segment.replace(/\s+led\s+by\s+.+$/u, "");
    // "…, which it expects will …": the relative clause's own subject, a pronoun.
    segment = segment.replace(/^(?:which|whom)\s+(?=(?:it|they|he|she)$)/i, "");
    // "The minister, speaking in Paris, said …", "Jo Hale, in a note, said …": an aside of
    // occasion after the subject is no part of who.
    // "…, for his part, …", "…, in turn, …", "…, however, …": a linking aside, too.
    if (
      i > 0 &&
      /^(?:speaking|writing|talking|commenting|responding|addressing|in\s+(?:a|an|her|his|their|its)|at\s+(?:a|an|the)|for\s+(?:his|her|its|their|our)\s+part|in\s+turn|however|meanwhile|though|too|also|still|now)\b/i.test(
        segment,
      )
    )
      continue;
    // "Priya Nair of the Institute for Fiscal Studies": the person, not where they work.
    const affiliation = /^(.*?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}/u.exec(segment);
    if (affiliation && !ORGANISATION_WORDS.test(affiliation[1])) segment = affiliation[1];
    // "Researchers at UBS", "The CSU team says …": the body's own people speak for it.
    const employer = employerOf(segment, previous, known);
    if (employer) return employer;
    // "Economists polled by Acme last week": the group the poll asked, not its maker.
    const polled = POLLED.exec(segment);
    if (polled) return unnamedGroup(polled[1]);
    // "Opta's supercomputer", "the Weather Office's model": the maker's instrument speaks.
    const instrument = INSTRUMENT.exec(segment);
    if (instrument) return { name: `${instrument[1]} ${instrument[2]}`, kind: "ORGANISATION" };
    // "Of the remaining respondents, 12": a count speaks for the group named before it.
    if (
      i > 0 &&
      /^(?:(?:only|just)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+(?:teen|ty)|most|many|some|half|several|a few|the rest)(?:\s+(?:of|out\s+of)\s+\d+|\s+in\s+(?:total|all))?$/iu.test(
        segment,
      )
    )
      continue;
    // "Seventeen predicted …", "Some 23% said …": a count of respondents speaks for the group or
    // poll heard last; "Forecasts suggest …": a document with no maker named, for the body heard last.
    // "The new model also predicts …": the model heard last, when one was.
    if (DOCUMENT_SUBJECT.test(segment) && /\bmodels?$/i.test(segment) && known?.get(LAST_MODEL)) return known.get(LAST_MODEL)!;
    if (COUNT_SUBJECT.test(segment) || DOCUMENT_SUBJECT.test(segment)) return lastBody(previous, known);
    // "In a speech on Tuesday he argued": a leading phrase with no comma before the pronoun.
    if (LEADING_CLAUSE.test(segment)) segment = segment.replace(/^.*\s(he|she|they|it)$/i, "$1");
    // "Jo Hale analysed the data. The team projected …": the team of the person heard last.
    if (/^(?:the|her|his)\s+(?:research\s+)?team$/i.test(segment) && previous?.kind === "PERSON") return previous;
    // "she said" points to a person: the last speaker when one, else the person last named.
    // A sentence that opens with the pronoun continues the one before: its subject, when a person.
    if (/^(he|she)$/i.test(segment)) return known?.get(OPENING_PRONOUN) ?? (previous?.kind === "PERSON" ? previous : (known?.get(LAST_PERSON) ?? previous));
    if (/^they$/i.test(segment)) return previous;
    // "with many now believing …": a bare quantifier speaks for the group last named.
    if (/^(?:with\s+)?(?:many|most|several|half|a\s+majority|the\s+majority)(?:\s+(?:now|still|also))?$/i.test(segment) && previous?.kind === "UNNAMED_GROUP")
      return previous;
    // "India Today's exit poll", "a Reuters poll of economists": the poll, named by its maker.
    if (/\b(?:polls?|survey|study)\b/i.test(segment)) return unnamedGroup(segment);
    // "the Ledger model", "the Vale supercomputer": a named body's forecasting model speaks as a poll does.
    const model = NAMED_MODEL.exec(segment);
    if (model) return { name: `${model[1]} ${model[2].toLowerCase()}`, kind: "UNNAMED_GROUP" };
    // "the IMF's chief economist", "Vale Bank's strategists": a body's unnamed people speak for it.
    const owner = OWNED.exec(segment)?.[1];
    const namedOwner =
      segments.length === 1 && owner ? /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.-]*){0,3})$/u.exec(owner)?.[1] : undefined;
    // "a Met Office spokeswoman", "an Intel spokesperson": the body speaks through them; so does
    // "the director of polling firm Datafolk" when no name goes with the role.
    const spokesBody = namedOwner ?? SPOKESPERSON_OF.exec(segment)?.[1] ?? (segments.length === 1 ? ROLE_OF_BODY.exec(segment)?.[1] : undefined);
    if (spokesBody) return known?.get(organisationKey(spokesBody)) ?? { name: spokesBody, kind: "ORGANISATION" };
    // "it added": a body or group named before speaks on.
    // "Acme cut its outlook. It expects …": else the body named last.
    if (/^it$/i.test(segment)) return previous && previous.kind !== "PERSON" ? previous : (known?.get(LAST_ORGANISATION) ?? null);
    // "the bank", "the firm", "the market research firm": the body last named, when there is one
    // (lowercase words only before the trade: "the International Energy Agency" is a name); and
    // "the bank's analysts", "the firm's economists", "the bank's models": the body's own people
    // and documents speak for it.
    const byTrade = (owner ?? segment).replace(NATION_BEFORE_TRADE, "$1");
    const institution = INSTITUTION.exec(byTrade)?.[1];
    const lastBodyNamed = institution ? known?.get(LAST_ORGANISATION) : undefined;
    if (lastBodyNamed && new RegExp(`\\b${institution}\\b`, "i").test(lastBodyNamed.name)) return lastBodyNamed;
    if (BODY_BY_TRADE.test(byTrade)) {
      // "the company" is the body the article is about; "the bank", "the research firm" the one named last.
      const main = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}company$/iu.test(byTrade) ? known?.get(MAIN_ORGANISATION) : undefined;
      const body = main ?? bodyOfTrade(byTrade.split(/\s+/).at(-1)!, previous, known, !!owner);
      if (body) return body;
    }
    // "the expert", "the former minister": the last speaker when a person, else the person last
    // named ("Jo Hale, a hydrologist, has mapped the basin. The expert said …").
    const role = ROLE.test(segment.replace(/^The\b/, "the"));
    const head = segment.split(/\s+/).at(-1)!.toLowerCase();
    if (role && previous?.kind === "PERSON") {
      const byRole = personByRole({ head, candidate: previous, known });
      if (byRole) return byRole;
    }
    // "A government official said … The official added": the unnamed speaker described by that role.
    if (role && previous?.kind === "UNNAMED_GROUP" && previous.name.toLowerCase().includes(head)) return previous;
    const lastNamed = role && previous?.kind !== "PERSON" ? personByRole({ head, candidate: known?.get(LAST_PERSON), known }) : null;
    if (lastNamed) return lastNamed;
    // "the central bank governor said", no one named before: the role itself, unnamed (a role of
    // government or a trade keeps its group's name: "the minister" is a government official).
    if (role && i === segments.length - 1 && !unnamedGroup(segment)) {
      const title = segment.replace(/^the\s+/i, "");
      return { name: `${title.charAt(0).toUpperCase()}${title.slice(1)} (unnamed)`, kind: "UNNAMED_GROUP" };
    }
    if (/^(i|we)$/i.test(segment)) return null; // the author: the outlet speaks
    // "Fund managers", "Energy analysts": a first word capitalised only because it opens the
    // sentence, before a trade in lowercase, is that trade's group, not a body's name.
    if (/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(segment)) {
      const group = unnamedGroup(segment);
      if (group) return group;
    }
    // "Most Fed policymakers", "Some EU diplomats": a group of a trade after a name that qualifies
    // it (a body's own staff were read above); the capitalised words before it are no person.
    const trade = /\s\p{Ll}+s$/u.test(segment) && !/^(?:which|who|whose|that)\b/i.test(segment) ? unnamedGroup(segment) : null;
    if (trade) return trade;
    const at = lastNameRunAt(segment);
    const found = at?.run ?? null;
    const run = found && found[0].toLowerCase() === "the" ? found.slice(1) : found;
    // "Jo Hale, the Weather Office’s head of forecasts": a body's possessive before a role describes
    // the person named before the comma; it is not the speaker.
    const describes = i > 0 && /^(?:the\s+)?(?:\p{Lu}\S*\s+)*\p{Lu}\S*[’']s\s+\p{Ll}[^A-Z]*$/u.test(segment);
    // "the New York Times", "the Institute for National Security Strategy": a named body.
    if (run && run.length > 0 && !describes && isOrganisation(run) && segment.replace(/^the\s+/i, "").startsWith(run[0])) {
      const name = run.join(" ");
      return { name: /^the\b/i.test(segment) ? `The ${name}` : name, kind: "ORGANISATION" };
    }
    // "the Harbour Gazette": capitalised words right after "the" name a body, not a person.
    if (run && run.length > 1 && /^the\s+(?:\p{Lu}\S*\s*)+$/u.test(segment) && !role) return { name: `The ${run.join(" ")}`, kind: "ORGANISATION" };
    // "the Hankyoreh", "the Kremlin": a capitalised name after "the" names a body, not a person.
    if (run && /^the\s+\S+$/i.test(segment) && run.length === 1 && !role) return { name: `The ${run[0]}`, kind: "ORGANISATION" };
    // After a name and a comma, a description describes that name ("Jeh Sung-hoon, a professor of
    // …"): look through it. At the head of the subject it may end in the name ("former
    // ambassador to Russia Wi Sung-lac") or be all the speaker there is ("a government official").
    // A lowercase description after the name ("Jo Hale, chief economist at Acme") is looked through too.
    if (
      /^(a|an|the|its|his|her|their|our|who|which|whose|former|currently|now|then|(?:for|of|with|to|by|from|in)\s+(?:whom|which))\b/i.test(segment) ||
      (i > 0 && /^\p{Ll}/u.test(segment) && /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(segments[i - 1]))
    ) {
      if (i > 0) continue;
      // "the UN agency", "the EU's office": a body described by whose it is.
      const body =
        /^[Tt]he\s+((?:\p{Lu}[\p{L}.&-]*(?:[’']s)?\s+)+(?:agency|bank|firm|company|institute|office|body|regulator|watchdog|agency|authority|ministry|commission|group|service|council))$/u.exec(
          segment,
        );
      if (body) return { name: body[1], kind: "ORGANISATION" };
      // "The consultancy Capital Economics", "the research firm Gartner": a body's trade, then its name.
      const trade = run && run.length > 0 ? /(\p{Ll}+)\s+$/u.exec(segment.slice(0, segment.lastIndexOf(run[0])))?.[1] : undefined;
      if (trade && BODY_TRADE_WORD.test(trade) && segment.trimEnd().endsWith(run![run!.length - 1])) return { name: run!.join(" "), kind: "ORGANISATION" };
      const name = run && run.length > 0 && !isOrganisation(run) ? personName(run, at!.afterPreposition) : null;
      if (name && name.split(" ").length >= 2 && segment.trimEnd().endsWith(run![run!.length - 1])) return { name, kind: "PERSON" };
      return unnamedGroup(segment);
    }
    if (run && run.length > 0) {
      // "research firm Quorant Data", "investment bank Dunmore Sachs": a body's trade before the name.
      const tradeBefore = segment.slice(0, segment.lastIndexOf(run[0])).trim().split(/\s+/).pop() ?? "";
      if (isOrganisation(run) || (run.length > 1 && BODY_TRADE_NOUN.test(tradeBefore))) return { name: run.join(" "), kind: "ORGANISATION" };
      const name = personName(run, at!.afterPreposition);
      if (name && name.split(" ").length >= 2) return { name, kind: "PERSON" };
      // A surname alone ("Cho went on") is the person last named in full, or one named earlier;
      // a body's one-word name ("Gartner's view") the body heard earlier.
      if (name && previous?.name.split(" ").includes(name)) return previous;
      const earlier = name ? (known?.get(name.toLowerCase()) ?? known?.get(organisationKey(name))) : undefined;
      if (earlier) return earlier;
      // A single name counts when a title stood before it ("President Putin"); a capitalised word
      // alone is as often "Some" or "Another" as a name.
      if (name && run.length > 1) return { name, kind: "PERSON" };
      // … or a lowercase noun of trade: "pollster Acmepoll", "research firm Gartner", "analyst Hale".
      const described = name && new RegExp(`\\b(\\p{Ll}{3,})\\s+${run[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u").exec(segment);
      if (name && described && !/^(?:the|and|but|for|with|from|said|says|while|that|than|when|after)$/.test(described[1])) {
        const body = BODY_TRADE_NOUN.test(described[1]) || isAcronym(name); // "equipment maker ASML": a body's trade, or a name in capitals
        return { name, kind: body ? "ORGANISATION" : "PERSON" };
      }
    }
    return unnamedGroup(segment);
  }
  return null;
}
