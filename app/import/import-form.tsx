"use client";
// Upload or paste → dry run (POST /api/v1/import?dryRun=1) shown as a table → confirm → import.
// XMLHttpRequest rather than fetch: it reports upload progress, which a large file needs.
import Link from "next/link";
import { useState } from "react";
import type { z } from "zod";
import type { importResult } from "@/lib/import/import-contract";

/** The route's answer, as its contract has it. */
type Result = z.output<typeof importResult>;
type Problem = { row: number | null; field: string; message: string };
type Phase =
  | { kind: "idle" }
  | { kind: "sending"; percent: number | null; dryRun: boolean }
  | { kind: "checked"; result: Result }
  | { kind: "done"; result: Result }
  | { kind: "refused"; message: string; problems: Problem[] };

const SHOWN_ROWS = 500;

function send(body: Blob, dryRun: boolean, onProgress: (percent: number | null) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/import${dryRun ? "?dryRun=1" : ""}`);
    xhr.setRequestHeader("Content-Type", body.type);
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? Math.round((100 * e.loaded) / e.total) : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
      } catch {
        resolve({ status: xhr.status, body: { error: { message: `The server answered ${xhr.status}.`, details: {} } } });
      }
    };
    xhr.onerror = () => reject(new Error("The upload failed; check the connection and try again."));
    xhr.send(body);
  });
}

function asBlob(file: File | null, pasted: string): Blob | null {
  if (file) {
    const json = file.name.toLowerCase().endsWith(".json") || file.type === "application/json";
    return new Blob([file], { type: json ? "application/json" : "text/csv" });
  }
  const text = pasted.trim();
  if (!text) return null;
  return new Blob([text], { type: text.startsWith("{") ? "application/json" : "text/csv" });
}

export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function run(dryRun: boolean) {
    const blob = asBlob(file, pasted);
    if (!blob) return setPhase({ kind: "refused", message: "Choose a file or paste CSV or JSON first.", problems: [] });
    setPhase({ kind: "sending", percent: 0, dryRun });
    try {
      const answer = await send(blob, dryRun, (percent) => setPhase({ kind: "sending", percent, dryRun }));
      if (answer.status < 300) setPhase({ kind: dryRun ? "checked" : "done", result: answer.body as Result });
      else {
        const error = (answer.body as { error: { message: string; details: Record<string, unknown> } }).error;
        const problems = Array.isArray(error.details.problems)
          ? (error.details.problems as Problem[])
          : Object.entries(error.details).map(([field, message]) => ({ row: null, field, message: String(message) }));
        setPhase({ kind: "refused", message: error.message, problems });
      }
    } catch (error) {
      setPhase({ kind: "refused", message: (error as Error).message, problems: [] });
    }
  }

  const busy = phase.kind === "sending";
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block text-sm font-medium text-stone-700">
          File (CSV or JSON)
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            className="mt-1 block w-full text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPhase({ kind: "idle" });
            }}
          />
        </label>
        <label className="block text-sm font-medium text-stone-700">
          Or paste it here
          <textarea
            rows={4}
            value={pasted}
            disabled={file !== null}
            className="mt-1 block w-full rounded border border-stone-300 p-2 font-mono text-xs"
            onChange={(e) => {
              setPasted(e.target.value);
              setPhase({ kind: "idle" });
            }}
          />
        </label>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => run(true)}
          className="rounded bg-stone-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-50"
        >
          Check (dry run)
        </button>
        {phase.kind === "checked" && somethingNew(phase.result) ? (
          <button type="button" onClick={() => run(false)} className="rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white">
            Confirm and import {phase.result.created.forecasts} new forecast{phase.result.created.forecasts === 1 ? "" : "s"}
          </button>
        ) : null}
      </div>
      <Status phase={phase} />
    </div>
  );
}

const KINDS = ["questions", "forecasters", "sources", "forecasts", "outcomes"] as const;

const somethingNew = (result: Result) => KINDS.some((k) => result.created[k] > 0);

/**
 * Under a table of rows: how they are counted (a spreadsheet, counting its header, shows each
 * one a line lower) and how many were left out past SHOWN_ROWS.
 */
function RowsNote({ total }: { total: number }) {
  return (
    <p className="text-xs text-stone-500">
      Row 1 is the first forecast: the line after a CSV's header (line 2 in a spreadsheet), or the first of a JSON file's forecasts.
      {total > SHOWN_ROWS ? ` The first ${SHOWN_ROWS} of ${total} are shown.` : null}
    </p>
  );
}

function Status({ phase }: { phase: Phase }) {
  if (phase.kind === "idle") return null;
  if (phase.kind === "sending") {
    const label =
      phase.percent === null || phase.percent >= 100 ? (phase.dryRun ? "Checking every row…" : "Importing and scoring…") : `Uploading… ${phase.percent}%`;
    return (
      <div role="status" aria-live="polite" className="space-y-1 text-sm text-stone-600">
        <div>{label}</div>
        <progress className="w-full" max={100} value={phase.percent ?? undefined} />
      </div>
    );
  }
  if (phase.kind === "refused") {
    return (
      <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        <p className="font-medium">{phase.message}</p>
        {phase.problems.length > 0 ? (
          <table className="mt-2 w-full text-left text-xs">
            <caption className="sr-only">Refused rows</caption>
            <thead>
              <tr>
                <th className="pr-3">Row</th>
                <th className="pr-3">Field</th>
                <th>Reason</th>
              </tr>
            </thead>
            <tbody>
              {phase.problems.slice(0, SHOWN_ROWS).map((p, i) => (
                <tr key={i}>
                  <td className="pr-3 tabular-nums">{p.row ?? "—"}</td>
                  <td className="pr-3 font-mono">{p.field}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {phase.problems.some((p) => p.row !== null) ? <RowsNote total={phase.problems.length} /> : null}
      </div>
    );
  }
  const { result } = phase;
  const done = phase.kind === "done";
  const totals = [
    { label: done ? "Created" : "To create", counts: result.created },
    { label: "Already in Hindsight", counts: result.matched },
  ];
  return (
    <div role="status" className="space-y-3 text-sm">
      <p className="font-medium">
        {done ? (
          <>
            Imported.{" "}
            <Link href="/questions" className="text-sky-700 underline">
              See the questions
            </Link>
          </>
        ) : somethingNew(result) ? (
          "Nothing is written yet. This is what the import would do:"
        ) : (
          "Nothing is written yet, and nothing would be: everything in the file is already in Hindsight."
        )}
      </p>
      <table className="text-left">
        <thead>
          <tr>
            <th className="pr-4"></th>
            {KINDS.map((k) => (
              <th key={k} className="pr-4 capitalize">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.map(({ label, counts }) => (
            <tr key={label}>
              <th className="pr-4 text-left">{label}</th>
              {KINDS.map((k) => (
                <td key={k} className="pr-4 tabular-nums">
                  {counts[k]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full text-left text-xs" aria-label="Rows">
        <thead>
          <tr>
            <th className="pr-3">Row</th>
            <th className="pr-3">Forecast</th>
            <th>Question</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.slice(0, SHOWN_ROWS).map((r) => (
            <tr key={r.row}>
              <td className="pr-3 tabular-nums">{r.row}</td>
              <td className="pr-3">{r.action === "match" ? "already in Hindsight" : done ? "created" : "to create"}</td>
              <td>
                {/* A dry run's new question has no page yet. */}
                {done || r.action === "match" ? (
                  <Link href={`/questions/${r.questionId}`} className="text-sky-700 underline">
                    Open<span className="sr-only"> the question of row {r.row}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RowsNote total={result.rows.length} />
    </div>
  );
}
