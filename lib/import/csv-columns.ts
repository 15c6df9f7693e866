// The columns of a forecasts CSV, in the order the export writes them and the template shows
// them. The import reads them by name; `outcome` to `evidence_note` may be left out.
export const CSV_COLUMNS = [
  "question",
  "criteria",
  "deadline",
  "tags",
  "forecaster",
  "forecaster_kind",
  "outlet",
  "title",
  "url",
  "published_at",
  "made_at",
  "quote",
  "phrase",
  "probability",
  "outcome",
  "known_on",
  "evidence_url",
  "evidence_note",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const OPTIONAL_CSV_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  "outcome",
  "known_on",
  "evidence_url",
  "evidence_note",
  "url",
  "made_at",
  "phrase",
  "probability",
  "tags",
  "forecaster_kind",
]);

/** Columns the export adds after the import's own (read-only figures, ignored by the import). */
export const CSV_EXPORT_EXTRA_COLUMNS = ["brier"] as const;

/** One example row for the template a user downloads from /import. */
export const CSV_TEMPLATE_ROW: Record<CsvColumn, string> = {
  question: "Will Kim Jong-un visit Russia before the end of 2023?",
  criteria: "YES if Kim Jong-un is reported in Russia by 31 December 2023.",
  deadline: "2023-12-31",
  tags: "north-korea;russia",
  forecaster: "Jane Analyst",
  forecaster_kind: "PERSON",
  outlet: "Example Times",
  title: "Kim may travel to Russia, officials say",
  url: "https://example.org/kim-russia",
  published_at: "2023-09-05",
  made_at: "2023-09-05",
  quote: "A visit is likely before winter.",
  phrase: "likely",
  probability: "",
  outcome: "YES",
  known_on: "2023-09-13",
  evidence_url: "https://example.org/kim-arrives",
  evidence_note: "Kim arrived at Vostochny on 13 September.",
};
