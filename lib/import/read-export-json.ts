// The export's JSON document (lib/export/export-contract.ts), read as it streams (stream-json's
// tokenizer) instead of parsed whole, so that a large document's forecasts are never all in
// memory (ADR 0011). Its questions, forecasters and sources (few) are assembled and checked
// against the export contract together; each forecast is checked on its own as it is read and
// set aside in a file of JSON lines (`dir`), since the parts it names may come after it in the
// document; once the document is read, the forecasts are read back and handed to `onBatch` a
// batch at a time. Errors and problems are the ones a document parsed whole gets.
import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { getManyValues, isMany, none } from "stream-chain/core";
import Assembler from "stream-json/assembler.js";
import { jsonParser } from "stream-json/core/parser.js";
import { AppError, AppErrorCode } from "../errors/app-error";
import { exportContract } from "../export/export-contract";
import { findUnreadableText, MAX_JSON_DEPTH } from "../text/control-characters";
import { addContractIssues, addExportedForecast, entitiesFromExport, type ExportedForecast } from "./bundle-from-export";
import { emptyBundle, type ForecastRecord, type ImportBundle, MAX_LISTED_PROBLEMS } from "./import-bundle";

/** Forecasts handed on at a time. */
const BATCH = 5000;
/** As many unreadable texts as a document parsed whole lists. */
const MAX_UNREADABLE = 20;
const forecastContract = exportContract.shape.forecasts.element;

type Token = { name: string; value?: unknown };
type Handlers = { part(key: string, value: unknown): Promise<void>; forecast(value: unknown, index: number): Promise<void> };

function notJson(detail: string): AppError {
  return new AppError(AppErrorCode.BAD_REQUEST, "The request body is not valid JSON; nothing was imported.", { body: detail });
}

type Finished = { part: string; value: unknown } | { forecast: number; value: unknown };

/**
 * Follows the document's tokens: each top-level part but `forecasts` is assembled whole, and each
 * element of the `forecasts` array on its own; `next` returns one when its last token comes.
 */
function documentWalker() {
  let depth = 0; // 0: before or after the document; 1: in its object; 2: in its forecasts
  let key = "";
  let index = 0;
  let value: Assembler | null = null;
  const state = { seen: false, forecastsArray: false };
  const finished = (assembled: unknown): Finished => {
    value = null;
    return depth === 2 ? { forecast: index++, value: assembled } : { part: key, value: assembled };
  };
  const next = (token: Token): Finished | null => {
    state.seen = true;
    if (value) {
      value.consume(token as never);
      return value.done ? finished(value.current) : null;
    }
    if (depth === 0 && token.name !== "startObject") throw notJson("is not the export's JSON document (an object)");
    if (depth === 0) depth = 1;
    else if (depth === 1 && token.name === "keyValue") key = String(token.value);
    else if (depth === 1 && token.name === "endObject") depth = 0;
    else if (depth === 1 && key === "forecasts" && token.name === "startArray") {
      depth = 2;
      state.forecastsArray = true;
    } else if (depth === 2 && token.name === "endArray") depth = 1;
    else {
      value = new Assembler();
      value.consume(token as never);
      return value.done ? finished(value.current) : null;
    }
    return null;
  };
  return { next, state };
}

async function walk(chunks: AsyncIterable<Token[]>, handlers: Handlers): Promise<{ forecastsArray: boolean }> {
  const walker = documentWalker();
  for await (const tokens of chunks) {
    for (const token of tokens) {
      const done = walker.next(token);
      if (done && "forecast" in done) await handlers.forecast(done.value, done.forecast);
      else if (done) await handlers.part(done.part, done.value);
    }
  }
  if (!walker.state.seen) throw empty();
  return { forecastsArray: walker.state.forecastsArray };
}

function empty(): AppError {
  return new AppError(AppErrorCode.INVALID_INPUT, "The file is empty; nothing was imported.", { body: "is empty" });
}

/**
 * The body's tokens, a chunk's worth at a time (stream-json's tokenizer driven directly: through
 * an object stream, a token at a time, it took twice as long). A malformed document ends them
 * with a 400, a body over the limit with its own error.
 */
async function* tokensOf(body: ReadExportJsonOptions["body"]): AsyncGenerator<Token[]> {
  const parse = jsonParser({ packValues: true, streamValues: false, maxDepth: MAX_JSON_DEPTH });
  const tokens = (input: string | typeof none): Token[] => {
    const out = parse(input as string); // `none` ends the input
    return out === none ? [] : isMany(out) ? (getManyValues(out) as Token[]) : [out as Token];
  };
  // Decodes UTF-8 across chunk boundaries, and drops a leading byte-order mark.
  const decoder = new TextDecoder();
  let blank = true;
  try {
    for await (const chunk of body) {
      const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
      if (blank && /\S/.test(text)) blank = false;
      yield tokens(text);
    }
    yield tokens(decoder.decode());
    yield tokens(none);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (blank) throw empty();
    if (error instanceof RangeError)
      throw new AppError(AppErrorCode.INVALID_INPUT, "The request's body is nested too deeply; nothing was imported.", { body: "is nested too deeply" });
    throw notJson("is not valid JSON");
  }
}

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

export type ReadExportJsonOptions = {
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array | string>;
  /** A folder of the caller's for the forecasts set aside while the document is read. */
  dir: string;
  /** Receives the forecasts a batch at a time (reading waits for it). */
  onBatch: (forecasts: ForecastRecord[]) => Promise<void>;
};

export async function readExportJson(options: ReadExportJsonOptions): Promise<ImportBundle> {
  const path = join(options.dir, "exported-forecasts.jsonl");
  const problems = emptyBundle();
  const unreadable: Record<string, string> = {};
  const checkText = (value: unknown, at: string) => {
    for (const [field, message] of Object.entries(findUnreadableText(value, at))) {
      if (Object.keys(unreadable).length < MAX_UNREADABLE) unreadable[field] = message;
    }
  };
  const rest: Record<string, unknown> = {};
  let walked = { forecastsArray: false };
  const out = createWriteStream(path);
  const closed = once(out, "close");
  try {
    walked = await walk(tokensOf(options.body), {
      part: async (key, value) => {
        checkText(value, `body.${key}`);
        rest[key] = value;
      },
      forecast: async (value, index) => {
        checkText(value, `body.forecasts.${index}`);
        const checked = forecastContract.safeParse(value);
        if (checked.success) await writeLine(out, JSON.stringify([index + 1, checked.data]));
        else if (problems.problems.length < MAX_LISTED_PROBLEMS)
          addContractIssues(
            problems,
            checked.error.issues.map((i) => ({ ...i, path: ["forecasts", index, ...i.path] })),
          );
      },
    });
  } finally {
    out.end();
    await closed;
  }
  if (Object.keys(unreadable).length > 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The request's body holds text that cannot be stored; nothing was imported.", unreadable);
  }
  // The forecasts were checked one by one: the rest of the document is checked with an empty list.
  const parsed = exportContract.safeParse(walked.forecastsArray ? { forecasts: [], ...rest } : rest);
  if (!parsed.success) {
    addContractIssues(problems, parsed.error.issues);
    return problems;
  }
  const { bundle, refs } = entitiesFromExport(parsed.data);
  bundle.problems.unshift(...problems.problems);
  await readBack(path, async (forecast, row) => {
    addExportedForecast(bundle, refs, forecast, row);
    if (bundle.forecasts.length >= BATCH) await options.onBatch(bundle.forecasts.splice(0));
  });
  if (bundle.forecasts.length > 0) await options.onBatch(bundle.forecasts.splice(0));
  return bundle;
}

async function readBack(path: string, each: (forecast: ExportedForecast, row: number) => Promise<void>): Promise<void> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line === "") continue;
    const [row, forecast] = JSON.parse(line) as [number, ExportedForecast];
    await each(forecast, row);
  }
}
