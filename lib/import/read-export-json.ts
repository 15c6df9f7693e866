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
import { Readable } from "node:stream";
import { parser } from "stream-json";
import Assembler from "stream-json/assembler.js";
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

/**
 * Walks the document's tokens: each top-level part but `forecasts` goes whole to `part`, and each
 * element of the `forecasts` array to `forecast`, assembled one at a time.
 */
async function walk(tokens: AsyncIterable<Token>, handlers: Handlers): Promise<{ forecastsArray: boolean }> {
  let depth = 0; // 0: before or after the document; 1: in its object; 2: in its forecasts
  let key = "";
  let index = 0;
  let value: Assembler | null = null;
  let seen = false;
  let forecastsArray = false;
  const done = async (assembled: unknown) => {
    value = null;
    if (depth === 2) await handlers.forecast(assembled, index++);
    else await handlers.part(key, assembled);
  };
  for await (const token of tokens) {
    seen = true;
    if (value) {
      value.consume(token as never);
      if (value.done) await done(value.current);
      continue;
    }
    if (depth === 0 && token.name !== "startObject") throw notJson("is not the export's JSON document (an object)");
    if (depth === 0) depth = 1;
    else if (depth === 1 && token.name === "keyValue") key = String(token.value);
    else if (depth === 1 && token.name === "endObject") depth = 0;
    else if (depth === 1 && key === "forecasts" && token.name === "startArray") {
      depth = 2;
      forecastsArray = true;
    } else if (depth === 2 && token.name === "endArray") depth = 1;
    else {
      const assembler = new Assembler();
      assembler.consume(token as never);
      if (assembler.done) await done(assembler.current);
      else value = assembler;
    }
  }
  if (!seen) throw empty();
  return { forecastsArray };
}

function empty(): AppError {
  return new AppError(AppErrorCode.INVALID_INPUT, "The file is empty; nothing was imported.", { body: "is empty" });
}

/** The body's tokens; a malformed document ends them with a 400, a body over the limit with its own error. */
async function* tokensOf(body: ReadExportJsonOptions["body"]): AsyncGenerator<Token> {
  let blank = true;
  async function* noting() {
    for await (const chunk of body) {
      if (blank && /\S/.test(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("latin1"))) blank = false;
      yield chunk;
    }
  }
  const source = Readable.from(noting());
  const tokens = parser.asStream({ packValues: true, streamValues: false, maxDepth: MAX_JSON_DEPTH });
  source.on("error", (error) => tokens.destroy(error));
  source.pipe(tokens);
  try {
    for await (const token of tokens as AsyncIterable<Token>) yield token;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (blank) throw empty();
    if (error instanceof RangeError)
      throw new AppError(AppErrorCode.INVALID_INPUT, "The request's body is nested too deeply; nothing was imported.", { body: "is nested too deeply" });
    throw notJson("is not valid JSON");
  } finally {
    source.destroy();
    tokens.destroy();
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
