// How the API writes records: calendar dates as YYYY-MM-DD, moments as ISO timestamps.
import { formatIsoDate } from "../dates";

type OutcomeRow = {
  value: string;
  resolvedAt: Date;
  evidenceUrl: string | null;
  note: string | null;
  setAt?: Date;
  replacedAt?: Date | null;
  replaceReason?: string | null;
};

export function outcomeJson(o: OutcomeRow) {
  return {
    value: o.value,
    resolvedAt: formatIsoDate(o.resolvedAt),
    evidenceUrl: o.evidenceUrl,
    note: o.note,
    ...(o.setAt ? { setAt: o.setAt.toISOString() } : {}),
    ...(o.replacedAt !== undefined ? { replacedAt: o.replacedAt?.toISOString() ?? null, replaceReason: o.replaceReason ?? null } : {}),
  };
}

export function questionJson(q: {
  id: string;
  title: string;
  criteria?: string;
  deadline: Date;
  tags: string[];
  status: string;
  version?: number;
  forecastCount?: number;
  createdAt?: Date;
  archivedAt?: Date | null;
}) {
  return {
    id: q.id,
    title: q.title,
    ...(q.criteria !== undefined ? { criteria: q.criteria } : {}),
    deadline: formatIsoDate(q.deadline),
    tags: q.tags,
    status: q.status,
    ...(q.version !== undefined ? { version: q.version } : {}),
    ...(q.forecastCount !== undefined ? { forecastCount: q.forecastCount } : {}),
    ...(q.createdAt ? { createdAt: q.createdAt.toISOString() } : {}),
    ...(q.archivedAt !== undefined ? { archivedAt: q.archivedAt?.toISOString() ?? null } : {}),
  };
}

export function forecastJson(f: {
  id: string;
  questionId: string;
  forecasterId: string;
  sourceId: string;
  madeAt: Date;
  loggedAt: Date;
  quote: string;
  phrase: string | null;
  phraseRefersTo: string;
  probability: number;
  probabilitySource: string;
  scale: string | null;
  low: number | null;
  high: number | null;
  note: string | null;
}) {
  return {
    id: f.id,
    questionId: f.questionId,
    forecasterId: f.forecasterId,
    sourceId: f.sourceId,
    madeAt: formatIsoDate(f.madeAt),
    loggedAt: f.loggedAt.toISOString(),
    quote: f.quote,
    phrase: f.phrase,
    phraseRefersTo: f.phraseRefersTo,
    probability: f.probability,
    probabilitySource: f.probabilitySource,
    scale: f.scale,
    low: f.low,
    high: f.high,
    note: f.note,
  };
}
