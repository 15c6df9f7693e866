// The export's JSON document (lib/export/export-contract.ts, version 1 or 2) into an import
// bundle: ids inside the document only link its parts; what is stored is matched by natural
// keys (ADR 0011). Pure. A document read whole goes through `bundleFromExport`; one streamed
// (lib/import/read-export-json.ts) gives its questions, forecasters and sources to
// `entitiesFromExport` and then each forecast to `addExportedForecast`.
import { parseIsoDate } from "../dates";
import { type ExportedOutcome, exportContract, type HindsightExport } from "../export/export-contract";
import { createQuestionInput } from "../questions/question-input";
import { emptyBundle, type ImportBundle, type ImportProblem, MAX_LISTED_PROBLEMS, type OutcomeRecord, questionKey, sourceKey } from "./import-bundle";

export type ExportedForecast = HindsightExport["forecasts"][number];
/** What a forecast in the document names, by the document's ids: the natural keys they stand for. */
export type ExportRefs = { questions: Map<string, string>; forecasters: Map<string, string>; sources: Map<string, string> };

function rowOf(path: PropertyKey[]): number | null {
  return path[0] === "forecasts" && typeof path[1] === "number" ? path[1] + 1 : null;
}

/** A problem kept while fewer than MAX_LISTED_PROBLEMS are (past that the file is refused on what was found). */
function addProblems(bundle: ImportBundle, problems: ImportProblem[]): void {
  bundle.problems.push(...problems.slice(0, Math.max(0, MAX_LISTED_PROBLEMS - bundle.problems.length)));
}

/** The document's issues with the export contract, by row and field. */
export function addContractIssues(bundle: ImportBundle, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): void {
  addProblems(
    bundle,
    issues.slice(0, MAX_LISTED_PROBLEMS).map((i) => ({ row: rowOf(i.path), field: i.path.map(String).join("."), message: i.message })),
  );
}

function outcomeRecord(o: ExportedOutcome): OutcomeRecord {
  return {
    value: o.value,
    resolvedAt: parseIsoDate(o.resolvedAt)!,
    evidenceUrl: o.evidenceUrl,
    note: o.note,
    setBy: o.setBy ?? null,
    setAt: o.setAt ? new Date(o.setAt) : null,
    replacedAt: o.replacedAt ? new Date(o.replacedAt) : null,
    replacedBy: o.replacedBy ?? null,
    replaceReason: o.replaceReason ?? null,
  };
}

export function bundleFromExport(document: unknown): ImportBundle {
  const parsed = exportContract.safeParse(document);
  if (!parsed.success) {
    const bundle = emptyBundle();
    addContractIssues(bundle, parsed.error.issues);
    return bundle;
  }
  const { bundle, refs } = entitiesFromExport(parsed.data);
  parsed.data.forecasts.forEach((f, i) => {
    addExportedForecast(bundle, refs, f, i + 1);
  });
  return bundle;
}

/** The document's questions, forecasters and sources (checked against the export contract already). */
export function entitiesFromExport(data: Omit<HindsightExport, "forecasts">): { bundle: ImportBundle; refs: ExportRefs } {
  const bundle = emptyBundle();
  const questionKeys = new Map<string, string>();
  data.questions.forEach((q, i) => {
    const checked = createQuestionInput.safeParse({ title: q.title, criteria: q.criteria, deadline: q.deadline, tags: q.tags });
    if (!checked.success) {
      for (const issue of checked.error.issues) bundle.problems.push({ row: null, field: `questions.${i}.${issue.path.join(".")}`, message: issue.message });
      return;
    }
    const deadline = parseIsoDate(q.deadline)!;
    const key = questionKey(q.title, deadline);
    questionKeys.set(q.id, key);
    // Version 1 carried only the current outcome; version 2 the whole history.
    const outcomes = q.outcomeHistory?.map(outcomeRecord) ?? (q.outcome ? [outcomeRecord(q.outcome)] : []);
    bundle.questions.set(key, {
      key,
      title: q.title,
      criteria: q.criteria,
      deadline,
      tags: q.tags,
      outcomes,
      row: null,
      archivedAt: q.archivedAt ? new Date(q.archivedAt) : null,
      archivedBy: q.archivedBy ?? null,
    });
  });
  const slugs = new Map(data.forecasters.map((f) => [f.id, f.slug]));
  for (const f of data.forecasters) {
    bundle.forecasters.set(f.slug, {
      key: f.slug,
      slugFromName: false,
      slug: f.slug,
      name: f.name,
      kind: f.kind,
      affiliation: f.affiliation,
      description: f.description ?? null,
      aliases: f.aliases ?? [],
    });
  }
  const sourceKeys = new Map<string, string>();
  for (const s of data.sources) {
    const record = {
      url: s.url,
      outlet: s.outlet,
      title: s.title,
      publishedAt: parseIsoDate(s.publishedAt)!,
      byline: s.byline,
      text: s.text ?? null,
      note: s.note ?? null,
      redirects: s.redirects ?? [],
    };
    const key = sourceKey(record);
    sourceKeys.set(s.id, key);
    bundle.sources.set(key, { key, ...record });
  }
  return { bundle, refs: { questions: questionKeys, forecasters: slugs, sources: sourceKeys } };
}

/** One of the document's forecasts (checked against the export contract already), or the problems with what it names. */
export function addExportedForecast(bundle: ImportBundle, refs: ExportRefs, f: ExportedForecast, row: number): void {
  const keys = { questionId: refs.questions.get(f.questionId), forecasterId: refs.forecasters.get(f.forecasterId), sourceId: refs.sources.get(f.sourceId) };
  const missing: ImportProblem[] = Object.entries(keys)
    .filter(([, key]) => key === undefined)
    .map(([field]) => ({ row, field, message: "names nothing in this document" }));
  if (missing.length > 0) {
    addProblems(bundle, missing);
    return;
  }
  // A number read from the phrase is read again on import (the same scale gives the same band).
  const scale = f.probabilitySource === "SCALE";
  bundle.forecasts.push({
    row,
    questionKey: keys.questionId!,
    forecasterKey: keys.forecasterId!,
    sourceKey: keys.sourceId!,
    madeAt: parseIsoDate(f.madeAt),
    quote: f.quote,
    phrase: f.phrase,
    phraseRefersTo: f.phraseRefersTo,
    probability: scale ? undefined : f.probability,
    probabilitySource: f.probabilitySource,
    note: f.note ?? null,
    loggedBy: f.loggedBy ?? null,
    loggedAt: new Date(f.loggedAt),
  });
}
