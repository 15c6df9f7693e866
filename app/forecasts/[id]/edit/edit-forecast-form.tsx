"use client";

import { useActionState, useState } from "react";
import { deleteForecastAction, updateForecastAction } from "../../../_actions/forecast-actions";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "../../../_components/form";
import { ProbabilityReading } from "../../../_components/probability-reading";
import { IDLE } from "../../../_lib/form-state";

type Forecast = {
  id: string;
  quote: string;
  phrase: string | null;
  phraseRefersTo: "YES" | "NO";
  probability: number;
  probabilitySource: "SCALE" | "STATED" | "JUDGEMENT";
  madeAt: string;
  note: string | null;
};

export function EditForecastForm({ forecast }: { forecast: Forecast }) {
  const [state, action, pending] = useActionState(updateForecastAction, IDLE);
  const [phrase, setPhrase] = useState(forecast.phrase ?? "");
  const [refersTo, setRefersTo] = useState(forecast.phraseRefersTo);
  const [override, setOverride] = useState(forecast.probabilitySource === "SCALE" ? "" : String(Math.round(forecast.probability * 100_000) / 1000));
  return (
    <form action={action} className="space-y-4" aria-label="Edit the forecast">
      <FormMessage state={state} />
      <input type="hidden" name="forecastId" value={forecast.id} />
      <TextArea name="quote" label="Quote, word for word" required rows={3} defaultValue={forecast.quote} state={state} />
      <TextField name="phrase" label="Probability words as written" value={phrase} onChange={(e) => setPhrase(e.target.value)} state={state} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">The words speak of</legend>
        <div className="mt-1 flex gap-4 text-sm">
          {(["YES", "NO"] as const).map((side) => (
            <label key={side} className="flex items-center gap-1">
              <input type="radio" name="phraseRefersTo" value={side} checked={refersTo === side} onChange={() => setRefersTo(side)} /> {side}
            </label>
          ))}
        </div>
      </fieldset>
      <ProbabilityReading phrase={phrase} refersTo={refersTo} override={override} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="probability" label="Probability of YES, % (blank: read the words)" inputMode="decimal" value={override} onChange={(e) => setOverride(e.target.value)} state={state} />
        <SelectField name="probabilitySource" label="That number is" defaultValue={forecast.probabilitySource === "STATED" ? "STATED" : "JUDGEMENT"} state={state}
          options={[{ value: "JUDGEMENT", label: "My judgement" }, { value: "STATED", label: "Stated by the forecaster" }]} />
        <TextField name="madeAt" label="Made on" type="date" defaultValue={forecast.madeAt} state={state} />
      </div>
      <TextField name="note" label="Note" defaultValue={forecast.note ?? ""} state={state} />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
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
      <SubmitButton pending={pending} tone="danger">Delete forecast</SubmitButton>
    </form>
  );
}
