"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createForecastAction } from "../../_actions/forecast-actions";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "../../_components/form";
import { suggestForecasterKind } from "@/lib/forecasters/suggest-forecaster-kind";
import type { ForecasterKind } from "@/lib/validation/fields";
import { KIND_LABEL, KIND_OPTIONS } from "../../_components/forecaster-kind";
import { ProbabilityFields } from "../../_components/probability-fields";
import { useSearch } from "../../_components/use-search";
import { IDLE } from "../../_lib/form-state";

type SourceHit = { id: string; outlet: string; title: string; url: string | null; publishedAt: string };

/** Log a forecast on this question: who, where, the quote, the phrase and the number. */
export function ForecastForm({ questionId }: { questionId: string }) {
  const [state, action, pending] = useActionState(createForecastAction, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const [forecasterName, setForecasterName] = useState("");
  // A new forecaster's kind is proposed from the name until the analyst picks one.
  const [kindChosen, setKindChosen] = useState<ForecasterKind | null>(null);
  const suggested = suggestForecasterKind(forecasterName);
  const kind = kindChosen ?? suggested ?? "PERSON";
  const [sourceQuery, setSourceQuery] = useState("");
  const [sourceId, setSourceId] = useState("");
  const [round, setRound] = useState(0); // remounts the probability fields after a forecast is logged
  const forecasters = useSearch<{ id: string; name: string }>("/api/v1/search/forecasters", forecasterName);
  const sources = useSearch<SourceHit>("/api/v1/search/sources", sourceQuery);

  useEffect(() => {
    if (state.status !== "success") return;
    form.current?.reset();
    setForecasterName("");
    setKindChosen(null);
    setRound((r) => r + 1);
  }, [state]);

  return (
    <form ref={form} action={action} className="space-y-4" aria-label="Log a forecast">
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextField
            name="forecaster.name"
            label="Forecaster"
            required
            list="forecaster-suggestions"
            autoComplete="off"
            state={state}
            value={forecasterName}
            onChange={(e) => setForecasterName(e.target.value)}
            hint="Start typing to pick someone already on record; a new name creates a new forecaster."
          />
          <datalist id="forecaster-suggestions">
            {forecasters.map((f) => (
              <option key={f.id} value={f.name} />
            ))}
          </datalist>
        </div>
        <SelectField
          name="forecaster.kind"
          label="Kind, if new"
          state={state}
          options={KIND_OPTIONS}
          value={kind}
          onChange={(e) => setKindChosen(e.target.value as ForecasterKind)}
          hint={kindChosen ? undefined : suggested ? `Suggested from the name: ${KIND_LABEL[suggested].toLowerCase()}. Change it if that is wrong.` : undefined}
        />
      </div>

      <fieldset className="space-y-3 rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-800">Source</legend>
        <label className="block text-sm">
          <span className="mb-1 block text-stone-600">Find a source by title, outlet or URL</span>
          <input
            type="search"
            value={sourceQuery}
            onChange={(e) => setSourceQuery(e.target.value)}
            className="w-full rounded border border-stone-300 px-2 py-1.5"
          />
        </label>
        <div role="radiogroup" aria-label="Source to use" className="space-y-1 text-sm">
          {sources.map((s) => (
            <label key={s.id} className="flex items-start gap-2">
              <input type="radio" name="sourceId" value={s.id} checked={sourceId === s.id} onChange={() => setSourceId(s.id)} className="mt-1" />
              <span>
                {s.outlet}, “{s.title}” ({s.publishedAt})
              </span>
            </label>
          ))}
          <label className="flex items-start gap-2">
            <input type="radio" name="sourceId" value="" checked={sourceId === ""} onChange={() => setSourceId("")} className="mt-1" />
            <span>A new source, described below</span>
          </label>
        </div>
        {sourceId === "" ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="source.outlet" label="Outlet" state={state} />
            <TextField name="source.publishedAt" label="Published on" type="date" state={state} />
            <div className="sm:col-span-2">
              <TextField name="source.title" label="Title" state={state} />
            </div>
            <div className="sm:col-span-2">
              <TextField name="source.url" label="URL (optional)" type="url" state={state} />
            </div>
          </div>
        ) : null}
        {state.fieldErrors?.sourceId ? <p className="text-xs font-medium text-red-700">Source: {state.fieldErrors.sourceId}</p> : null}
      </fieldset>

      <TextArea name="quote" label="Quote, word for word" required rows={3} state={state} hint="Paste the sentence as the article prints it." />
      <ProbabilityFields key={round} state={state} phraseHint="e.g. “little chance”, “highly likely”, “seems low”" />
      <TextField name="madeAt" label="Made on" type="date" state={state} hint="Blank: the source's date." />
      <TextField name="note" label="Note (optional)" state={state} />
      <SubmitButton pending={pending}>Log forecast</SubmitButton>
    </form>
  );
}
