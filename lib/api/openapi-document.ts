// The OpenAPI 3.1 description of every /api/v1 route, generated (zod-openapi, on zod 4's JSON
// Schema output) from the very zod schemas the routes validate requests with, and the exact
// answer schemas they build their answers to (lib/api/response-schemas.ts): no hand-kept copy.
// lib/api/openapi-document.test.ts fails when a route file exists that this lacks, and
// lib/api/responses.db.test.ts when a real answer strays from its schema here.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponseObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { AppErrorCode } from "../errors/app-error";
import { exportContract } from "../export/export-contract";
import { exportCsvQuery } from "../export/export-csv-query";
import { exportQuery } from "../export/export-query";
import { extractBody } from "../extraction/extract-body";
import { leaderboardQuery } from "../forecasters/leaderboard-query";
import { mergeInput } from "../forecasters/merge-forecasters.server";
import { updateForecasterInput } from "../forecasters/update-forecaster.server";
import { createForecastInput, updateForecastInput } from "../forecasts/forecast-input";
import { searchQuery } from "../http/search-query";
import { CSV_COLUMNS } from "../import/csv-columns";
import { importQuery, importResult } from "../import/import-contract";
import { setOutcomeInput, undoOutcomeInput } from "../outcomes/outcome-input";
import { browseQuery } from "../questions/browse-query";
import { createQuestionInput, updateQuestionInput } from "../questions/question-input";
import { searchEverythingQuery, searchEverythingResult } from "../search/search-everything-query";
import { updateSourceInput } from "../sources/update-source.server";
import {
  deletedForecastResponse,
  deletedQuestionResponse,
  extractResponse,
  forecasterDetailResponse,
  forecasterSearchResponse,
  leaderboardResponse,
  mergeForecastersResponse,
  mergeSourcesResponse,
  oneForecasterResponse,
  oneForecastResponse,
  oneQuestionResponse,
  oneSourceResponse,
  openApiResponse,
  questionDetailResponse,
  questionListResponse,
  setOutcomeResponse,
  sourceSearchResponse,
  undoOutcomeResponse,
} from "./response-schemas";

const errorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.values(AppErrorCode) as [string, ...string[]]),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).meta({ description: "One message per invalid field; for an import, `problems: [{ row, field, message }]`." }),
    }),
  })
  .meta({ id: "Error" });

const ERRORS: Record<number, string> = {
  400: "Malformed request: bad query parameter, not JSON, not CSV.",
  401: "Not signed in (send Authorization: Bearer <token>).",
  403: "Role too low, or a cookie write from another site.",
  404: "No such record.",
  409: "Someone changed it first, or the natural key is taken (details name it).",
  413: "Body over the route's limit.",
  422: "Invalid values; details name each field (an import lists every problem by row).",
  429: "Too many requests or too many writes to the same records: try again.",
  503: "The database cannot be reached just now; Retry-After says when to try again.",
};

function op(options: {
  summary: string;
  who: "anyone" | "analyst+" | "editor+";
  query?: z.ZodType;
  path?: z.ZodObject;
  body?: z.ZodType;
  ok: { status: number; schema: z.ZodType; type?: string; description?: string };
  /** Errors beyond those that follow from what the route reads (409, a 404 of a query's id). */
  errors?: number[];
}): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {
    [String(options.ok.status)]: {
      description: options.ok.description ?? "OK",
      content: { [options.ok.type ?? "application/json"]: { schema: options.ok.schema } },
    },
  };
  // What a route reads settles most of its errors: a query can be malformed, a path's record
  // gone, a body malformed, too large or invalid; a signed-in route can refuse who asks.
  const errors = new Set([
    ...(options.errors ?? []),
    503,
    ...(options.query ? [400] : []),
    ...(options.path ? [404] : []),
    ...(options.body ? [400, 413, 422] : []),
    ...(options.who === "anyone" ? [] : [401, 403]),
  ]);
  for (const status of [...errors].sort()) responses[String(status)] = { description: ERRORS[status]!, content: { "application/json": { schema: errorBody } } };
  return {
    summary: options.summary,
    description: `Who: ${options.who}.`,
    ...(options.query || options.path
      ? { requestParams: { ...(options.query ? { query: options.query as z.ZodObject } : {}), ...(options.path ? { path: options.path } : {}) } }
      : {}),
    ...(options.body ? { requestBody: { content: { "application/json": { schema: options.body } } } } : {}),
    responses: responses as ZodOpenApiOperationObject["responses"],
  };
}

const id = z.object({ id: z.string() });
const slug = z.object({ slug: z.string() });

const importOperation = op({
  summary: "Import the export's JSON or a CSV of forecasts (up to 64 MB), all or nothing (outcomes need editor+)",
  who: "analyst+",
  query: importQuery,
  ok: { status: 201, schema: importResult, description: "Imported" },
  errors: [409, 413, 422],
});

export const API_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/questions": {
    get: op({ summary: "Browse questions", who: "anyone", query: browseQuery, ok: { status: 200, schema: questionListResponse } }),
    post: op({
      summary: "Create a question",
      who: "analyst+",
      body: createQuestionInput,
      ok: { status: 201, schema: oneQuestionResponse },
      errors: [409],
    }),
  },
  "/api/v1/questions/{id}": {
    get: op({
      summary: "A question with its forecasts, scores and outcome history",
      who: "anyone",
      path: id,
      ok: { status: 200, schema: questionDetailResponse },
    }),
    patch: op({
      summary: "Edit a question",
      who: "analyst+",
      path: id,
      body: updateQuestionInput,
      ok: { status: 200, schema: oneQuestionResponse },
      errors: [409],
    }),
    delete: op({
      summary: "Delete a question that holds no forecasts (409 otherwise: archive it instead)",
      who: "editor+",
      path: id,
      ok: { status: 200, schema: deletedQuestionResponse },
      errors: [409],
    }),
  },
  "/api/v1/questions/{id}/archive": {
    post: op({
      summary: "Archive a question: out of lists, the home page and scoring; kept for the audit trail",
      who: "editor+",
      path: id,
      ok: { status: 200, schema: oneQuestionResponse, description: "Archived (archivedAt set)" },
    }),
    delete: op({
      summary: "Restore an archived question",
      who: "editor+",
      path: id,
      ok: { status: 200, schema: oneQuestionResponse, description: "Restored (archivedAt null)" },
    }),
  },
  "/api/v1/questions/{id}/outcome": {
    put: op({
      summary: "Set or change the outcome",
      who: "editor+",
      path: id,
      body: setOutcomeInput,
      ok: { status: 200, schema: setOutcomeResponse },
      errors: [409],
    }),
    delete: op({
      summary: "Undo the outcome",
      who: "editor+",
      path: id,
      body: undoOutcomeInput,
      ok: { status: 200, schema: undoOutcomeResponse },
      errors: [409],
    }),
  },
  "/api/v1/forecasts": {
    post: op({
      summary: "Log a forecast",
      who: "analyst+",
      body: createForecastInput,
      ok: { status: 201, schema: oneForecastResponse },
      errors: [409],
    }),
  },
  "/api/v1/forecasts/{id}": {
    patch: op({
      summary: "Edit a forecast",
      who: "analyst+",
      path: id,
      body: updateForecastInput,
      ok: { status: 200, schema: oneForecastResponse },
      errors: [409],
    }),
    delete: op({ summary: "Delete a forecast", who: "analyst+", path: id, ok: { status: 200, schema: deletedForecastResponse }, errors: [409] }),
  },
  "/api/v1/forecasters": {
    get: op({
      summary: "The leaderboard",
      who: "anyone",
      query: leaderboardQuery,
      ok: { status: 200, schema: leaderboardResponse },
    }),
  },
  "/api/v1/forecasters/{slug}": {
    get: op({
      summary: "A forecaster's scores, calibration and forecasts",
      who: "anyone",
      path: slug,
      ok: { status: 200, schema: forecasterDetailResponse },
    }),
    patch: op({
      summary: "Edit a forecaster",
      who: "analyst+",
      path: slug,
      body: updateForecasterInput,
      ok: { status: 200, schema: oneForecasterResponse },
      errors: [409],
    }),
  },
  "/api/v1/forecasters/merge": {
    post: op({
      summary: "Merge a forecaster into another: its forecasts move, its name becomes an alias, its slug leads to the kept one (final)",
      who: "editor+",
      body: mergeInput,
      ok: { status: 200, schema: mergeForecastersResponse },
      errors: [404],
    }),
  },
  "/api/v1/sources/merge": {
    post: op({
      summary:
        "Merge a source into another: its forecasts move (one duplicating a forecast of the kept source is removed), its id leads to the kept one (final)",
      who: "editor+",
      body: mergeInput,
      ok: { status: 200, schema: mergeSourcesResponse },
      errors: [404],
    }),
  },
  "/api/v1/sources/{id}": {
    patch: op({
      summary: "Edit a source's metadata",
      who: "analyst+",
      path: id,
      body: updateSourceInput,
      ok: { status: 200, schema: oneSourceResponse },
      errors: [409],
    }),
  },
  "/api/v1/search": {
    get: op({
      summary: "Search questions, forecasters, sources, outlets and quotes at once, tolerant of typos",
      who: "anyone",
      query: searchEverythingQuery,
      ok: { status: 200, schema: searchEverythingResult },
    }),
  },
  "/api/v1/search/forecasters": {
    get: op({
      summary: "Forecasters by name, as you type",
      who: "anyone",
      query: searchQuery,
      ok: { status: 200, schema: forecasterSearchResponse },
    }),
  },
  "/api/v1/search/sources": {
    get: op({
      summary: "Sources by title, outlet or URL, as you type",
      who: "anyone",
      query: searchQuery,
      ok: { status: 200, schema: sourceSearchResponse },
    }),
  },
  "/api/v1/extract": {
    post: op({
      summary: "Propose the forecasts an article holds (nothing stored)",
      who: "analyst+",
      body: extractBody,
      ok: { status: 200, schema: extractResponse },
    }),
  },
  "/api/v1/export": {
    get: op({
      summary: "The dataset as JSON (what an import reads back)",
      who: "anyone",
      query: exportQuery,
      ok: { status: 200, schema: exportContract },
      errors: [404],
    }),
  },
  "/api/v1/export.csv": {
    get: op({
      summary: "Forecasts as CSV: the import's columns plus brier; filtered like the question browser",
      who: "anyone",
      query: exportCsvQuery,
      ok: { status: 200, schema: z.string(), type: "text/csv" },
    }),
  },
  "/api/v1/import": {
    post: {
      ...importOperation,
      responses: {
        "200": { description: "A dry run (?dryRun=1): what the import would do; nothing written", content: { "application/json": { schema: importResult } } },
        ...importOperation.responses,
      } as ZodOpenApiOperationObject["responses"],
      requestBody: {
        content: {
          "application/json": { schema: exportContract },
          "text/csv": {
            schema: z.string().meta({ description: `Header: ${CSV_COLUMNS.join(", ")}` }),
          },
        },
      },
    },
  },
  "/api/v1/openapi.json": {
    get: op({ summary: "This document", who: "anyone", ok: { status: 200, schema: openApiResponse } }),
  },
};

export function openApiDocument() {
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Hindsight API",
        version: "1",
        description: "Forecasts from the news, their outcomes and scores. Errors: { error: { code, message, details } }.",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }, {}],
      paths: API_PATHS,
    } as Parameters<typeof createDocument>[0],
    { allowEmptySchema: { custom: true } },
  );
}
