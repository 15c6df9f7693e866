"use client";

import { useActionState } from "react";
import { deleteForecastAction, updateForecastAction } from "../../../_actions/forecast-actions";
import { FormMessage, SubmitButton, TextArea, TextField } from "../../../_components/form";
import { ProbabilityFields } from "../../../_components/probability-fields";
import { IDLE } from "../../../_lib/form-state";
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
};

export function EditForecastForm({ forecast }: { forecast: Forecast }) {
  const [state, action, pending] = useActionState(updateForecastAction, IDLE);
  const percent = forecast.probabilitySource === "SCALE" ? "" : percentText(forecast.probability);
  return (
    <form action={action} className="space-y-4" aria-label="Edit the forecast">
      <FormMessage state={state} />
      <input type="hidden" name="forecastId" value={forecast.id} />
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
