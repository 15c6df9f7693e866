// How the API writes records: calendar dates as YYYY-MM-DD, moments as ISO timestamps. Each
// serialiser's output is the type of its published schema (lib/api/response-schemas.ts).
import type { z } from "zod";
import { formatIsoDate } from "../dates";
import type { forecasterResponse, forecastResponse, outcomeResponse, questionResponse } from "./response-schemas";

type OutcomeRow = {
  value: "YES" | "NO" | "ANNULLED";
  resolvedAt: Date;
  evidenceUrl: string | null;
  note: string | null;
  setAt: Date;
  replacedAt: Date | null;
  replaceReason: string | null;
};

export function outcomeJson(o: OutcomeRow): z.output<typeof outcomeResponse> {
  return {
    value: o.value,
    resolvedAt: formatIsoDate(o.resolvedAt),
    evidenceUrl: o.evidenceUrl,
    note: o.note,
    setAt: o.setAt.toISOString(),
    replacedAt: o.replacedAt?.toISOString() ?? null,
    replaceReason: o.replaceReason,
  };
}

export function questionJson(q: {
  id: string;
  title: string;
  criteria: string;
  deadline: Date;
  tags: string[];
  status: "OPEN" | "RESOLVED" | "ANNULLED";
  version: number;
  forecastCount: number;
  createdAt: Date;
  archivedAt: Date | null;
}): z.output<typeof questionResponse> {
  return {
    id: q.id,
    title: q.title,
    criteria: q.criteria,
    deadline: formatIsoDate(q.deadline),
    tags: q.tags,
    status: q.status,
    version: q.version,
    forecastCount: q.forecastCount,
    createdAt: q.createdAt.toISOString(),
    archivedAt: q.archivedAt?.toISOString() ?? null,
  };
}

export function forecasterJson(f: {
  id: string;
  slug: string;
  name: string;
  kind: "PERSON" | "ORGANISATION" | "UNNAMED_GROUP";
  affiliation: string | null;
  description: string | null;
}): z.output<typeof forecasterResponse> {
  return { id: f.id, slug: f.slug, name: f.name, kind: f.kind, affiliation: f.affiliation, description: f.description };
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
  phraseRefersTo: "YES" | "NO";
  probability: number;
  probabilitySource: "SCALE" | "STATED" | "JUDGEMENT";
  scale: string | null;
  low: number | null;
  high: number | null;
  note: string | null;
}): z.output<typeof forecastResponse> {
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
