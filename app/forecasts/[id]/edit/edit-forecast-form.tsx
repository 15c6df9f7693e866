"use client";

import { useActionState } from "react";
import { deleteForecastAction, updateForecastAction } from "../../../_actions/forecast-actions";
import { FormMessage, SubmitButton, TextArea, TextField } from "../../../_components/form";
import { ProbabilityFields } from "../../../_components/probability-fields";
import { RecordPicker } from "../../../_components/record-picker";
import { type FormState, IDLE } from "../../../_lib/form-state";
import { percentText } from "../../../_lib/percent";

type Forecast = {
  id: string;
  quote: string;
  phrase: string | null;
  phraseRefersTo: "YES" | "NO";
  probability: number;
  probabilitySource: "SCALE" | "STATED" | "JUDGEMENT";
  madeAt: string;
  note: string | null;
  question: { id: string; title: string };
  forecaster: { id: string; name: string };
  source: { id: string; outlet: string; title: string; publishedAt: string };
};

type SourceHit = { id: string; outlet: string; title: string; publishedAt: string };
const sourceLabel = (s: SourceHit) => `${s.outlet}, “${s.title}” (${s.publishedAt})`;

export function EditForecastForm({ forecast }: { forecast: Forecast }) {
  const [state, action, pending] = useActionState(updateForecastAction, IDLE);
  const percent = forecast.probabilitySource === "SCALE" ? "" : percentText(forecast.probability);
  return (
    <form action={action} className="space-y-4" aria-label="Edit the forecast">
      <FormMessage state={state} />
      <input type="hidden" name="forecastId" value={forecast.id} />
      <input type="hidden" name="currentQuestionId" value={forecast.question.id} />
      <details className="rounded border border-stone-200 p-3" open={Boolean(movedError(state))}>
        <summary className="cursor-pointer text-sm font-medium">Move it: another question, forecaster or source</summary>
        <div className="mt-3 space-y-3">
          <RecordPicker<{ id: string; title: string }>
            name="questionId"
            legend="Question"
            searchPath="/api/v1/questions"
            labelOf={(q) => q.title}
            current={{ id: forecast.question.id, label: forecast.question.title }}
            error={state.fieldErrors?.questionId}
          />
          <RecordPicker<{ id: string; name: string }>
            name="forecasterId"
            legend="Forecaster"
            searchPath="/api/v1/search/forecasters"
            labelOf={(f) => f.name}
            current={{ id: forecast.forecaster.id, label: forecast.forecaster.name }}
            error={state.fieldErrors?.forecasterId}
          />
          <RecordPicker<SourceHit>
            name="sourceId"
            legend="Source"
            searchPath="/api/v1/search/sources"
            labelOf={sourceLabel}
            current={{ id: forecast.source.id, label: sourceLabel(forecast.source) }}
            error={state.fieldErrors?.sourceId}
          />
        </div>
      </details>
      <TextArea name="quote" label="Quote, word for word" required rows={3} defaultValue={forecast.quote} state={state} />
      <ProbabilityFields
        state={state}
        initial={{ phrase: forecast.phrase ?? "", refersTo: forecast.phraseRefersTo, percent, stated: forecast.probabilitySource === "STATED" }}
        phraseHint="Blank number: the words are read on the scale again."
      />
      <TextField name="madeAt" label="Made on" type="date" defaultValue={forecast.madeAt} state={state} />
      <TextField name="note" label="Note" defaultValue={forecast.note ?? ""} state={state} />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}

/** A refused move opens the move section again, so that its errors show. */
function movedError(state: FormState): boolean {
  return ["questionId", "forecasterId", "sourceId"].some((field) => state.fieldErrors?.[field]);
}

export function DeleteForecastForm({ forecastId }: { forecastId: string }) {
  const [state, action, pending] = useActionState(deleteForecastAction, IDLE);
  return (
    <form action={action} className="space-y-3" aria-label="Delete the forecast">
      <FormMessage state={state} />
      <input type="hidden" name="forecastId" value={forecastId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" /> Yes, delete this forecast (the audit log keeps a copy)
      </label>
      <SubmitButton pending={pending} tone="danger">
        Delete forecast
      </SubmitButton>
    </form>
  );
}
