// What an import holds once read, whichever format it came in (the export's JSON or a CSV of
// forecasts): records keyed by their natural keys (ADR 0011), and every problem found reading
// them, by row. Pure types and key functions.
import { formatIsoDate } from "../dates";

export type OutcomeRecord = {
  value: "YES" | "NO" | "ANNULLED";
  resolvedAt: Date;
  evidenceUrl: string | null;
  note: string | null;
  /** Emails; an unknown or missing one becomes the importer. */
  setBy: string | null;
  setAt: Date | null;
  replacedAt: Date | null;
  replacedBy: string | null;
  replaceReason: string | null;
};

export type QuestionRecord = {
  key: string;
  title: string;
  criteria: string;
  deadline: Date;
  tags: string[];
  outcomes: OutcomeRecord[];
  row: number | null;
  /** Archived (JSON only): a new question is stored archived; an existing one is left as it is. */
  archivedAt: Date | null;
  archivedBy: string | null;
};
/**
 * `key` links a bundle's forecasts to it: the slug in a JSON export, the name (any case) in a
 * CSV, whose slug is derived from the name and so may be shared by different names
 * ("Анна" and "Иван" both slugify to the fallback).
 */
export type ForecasterRecord = {
  key: string;
  slugFromName: boolean;
  slug: string;
  name: string;
  kind: "PERSON" | "ORGANISATION" | "UNNAMED_GROUP";
  affiliation: string | null;
  description: string | null;
  /** Forecasters merged into this one (JSON only): their old slugs and names. */
  aliases: Array<{ slug: string; name: string }>;
};
export type SourceRecord = {
  key: string;
  url: string | null;
  outlet: string;
  title: string;
  publishedAt: Date;
  byline: string | null;
  text: string | null;
  note: string | null;
  /** Ids of sources merged into this one (JSON only), which lead to it. */
  redirects: string[];
};
export type ForecastRecord = {
  /** Data row from 1 (CSV: the header excluded; JSON: the place in `forecasts`). */
  row: number;
  questionKey: string;
  forecasterKey: string;
  sourceKey: string;
  madeAt: Date | null;
  quote: string;
  phrase: string | null;
  phraseRefersTo: "YES" | "NO";
  probability: number | undefined;
  probabilitySource: "SCALE" | "STATED" | "JUDGEMENT" | undefined;
  note: string | null;
  loggedBy: string | null;
  loggedAt: Date | null;
};

export type ImportProblem = { row: number | null; field: string; message: string };

export type ImportBundle = {
  questions: Map<string, QuestionRecord>;
  forecasters: Map<string, ForecasterRecord>;
  sources: Map<string, SourceRecord>;
  forecasts: ForecastRecord[];
  problems: ImportProblem[];
};

export function emptyBundle(): ImportBundle {
  return { questions: new Map(), forecasters: new Map(), sources: new Map(), forecasts: [], problems: [] };
}

/** A question is known by its title and deadline. */
export function questionKey(title: string, deadline: Date): string {
  return `${title}\u0000${formatIsoDate(deadline)}`;
}

/** A source is known by its URL, else by outlet, title (any case) and date, as the database's unique indexes. */
export function sourceKey(s: { url: string | null; outlet: string; title: string; publishedAt: Date }): string {
  return s.url ? `url\u0000${s.url}` : `ot\u0000${s.outlet.toLowerCase()}\u0000${s.title.toLowerCase()}\u0000${formatIsoDate(s.publishedAt)}`;
}

/** Problems past this many are not listed one by one (the file is clearly not the right one). */
export const MAX_LISTED_PROBLEMS = 1000;
