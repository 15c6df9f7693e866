// Merge a duplicate record into the one on this page. Says plainly that it is final, and asks
// for a confirmation.
"use client";

import { useActionState } from "react";
import { mergeForecastersAction, mergeSourcesAction } from "../_actions/merge-actions";
import { IDLE } from "../_lib/form-state";
import { ConfirmBox, FormMessage, SubmitButton } from "./form";
import { RecordPicker } from "./record-picker";

type SourceHit = { id: string; outlet: string; title: string; publishedAt: string };

export function MergeForm({ kind, keep }: { kind: "forecaster" | "source"; keep: { id: string; label: string } }) {
  const [state, action, pending] = useActionState(kind === "forecaster" ? mergeForecastersAction : mergeSourcesAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={`Merge a ${kind}`}>
      <FormMessage state={state} />
      <input type="hidden" name="keep" value={keep.id} />
      {kind === "forecaster" ? (
        <RecordPicker<{ id: string; name: string }>
          name="merge"
          legend="Forecaster to merge"
          searchPath="/api/v1/search/forecasters"
          labelOf={(f) => f.name}
          exclude={keep.id}
          error={state.fieldErrors?.merge}
        />
      ) : (
        <RecordPicker<SourceHit>
          name="merge"
          legend="Source to merge"
          searchPath="/api/v1/search/sources"
          labelOf={(s) => `${s.outlet}, “${s.title}” (${s.publishedAt})`}
          exclude={keep.id}
          error={state.fieldErrors?.merge}
        />
      )}
      <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Merging is final: there is no undo. Every forecast of the {kind} you pick moves to {keep.label}
        {kind === "forecaster"
          ? "; the other name is kept as an alias, and its old address leads here."
          : "; a forecast that repeats one of this source's (same question, same quote) is removed, and the old address leads here."}
      </p>
      <ConfirmBox state={state}>Yes, merge it into {keep.label} for good</ConfirmBox>
      <SubmitButton pending={pending} tone="danger">
        Merge
      </SubmitButton>
    </form>
  );
}
