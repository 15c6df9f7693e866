"use client";

import { useActionState } from "react";
import { updateForecasterAction } from "../../../_actions/forecaster-actions";
import { KIND_OPTIONS } from "../../../_components/forecaster-kind";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "../../../_components/form";
import { IDLE } from "../../../_lib/form-state";

type Forecaster = { id: string; name: string; kind: string; affiliation: string | null; description: string | null };

export function EditForecasterForm({ forecaster }: { forecaster: Forecaster }) {
  const [state, action, pending] = useActionState(updateForecasterAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Edit the forecaster">
      <FormMessage state={state} />
      <input type="hidden" name="forecasterId" value={forecaster.id} />
      <TextField name="name" label="Name" required defaultValue={forecaster.name} state={state} />
      <SelectField name="kind" label="Kind" defaultValue={forecaster.kind} state={state} options={KIND_OPTIONS} />
      <TextField name="affiliation" label="Affiliation" defaultValue={forecaster.affiliation ?? ""} state={state} />
      <TextArea name="description" label="Description" defaultValue={forecaster.description ?? ""} state={state} />
      <SubmitButton pending={pending}>Save forecaster</SubmitButton>
    </form>
  );
}
