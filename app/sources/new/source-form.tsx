"use client";

import { useActionState } from "react";
import { addSourceAction } from "../../_actions/intake-actions";
import { FormMessage, SubmitButton, TextArea, TextField } from "../../_components/form";
import { IDLE } from "../../_lib/form-state";

export function SourceForm() {
  const [state, action, pending] = useActionState(addSourceAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Add an article">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="outlet" label="Outlet" required state={state} />
        <TextField name="publishedAt" label="Published on" type="date" required state={state} />
        <div className="sm:col-span-2">
          <TextField name="title" label="Title" required state={state} />
        </div>
        <TextField name="url" label="URL (optional)" type="url" state={state} />
        <TextField name="byline" label="Byline (optional)" state={state} />
      </div>
      <TextArea
        name="text"
        label="Article text"
        required
        rows={16}
        state={state}
        hint="Paste the whole article; headlines, captions and bylines are recognised and left out. Up to 1 MB."
      />
      <SubmitButton pending={pending}>Add and find forecasts</SubmitButton>
    </form>
  );
}
