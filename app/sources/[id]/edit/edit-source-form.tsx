"use client";

import { useActionState } from "react";
import { updateSourceAction } from "../../../_actions/source-actions";
import { FormMessage, SubmitButton, TextField } from "../../../_components/form";
import { IDLE } from "../../../_lib/form-state";

type Source = { id: string; outlet: string; title: string; url: string | null; publishedAt: string; byline: string | null; note: string | null };

export function EditSourceForm({ source }: { source: Source }) {
  const [state, action, pending] = useActionState(updateSourceAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Edit the source">
      <FormMessage state={state} />
      <input type="hidden" name="sourceId" value={source.id} />
      <TextField name="outlet" label="Outlet" required defaultValue={source.outlet} state={state} />
      <TextField name="title" label="Title" required defaultValue={source.title} state={state} />
      <TextField name="url" label="URL" type="url" defaultValue={source.url ?? ""} state={state} />
      <TextField name="publishedAt" label="Published on" type="date" required defaultValue={source.publishedAt} state={state} />
      <TextField name="byline" label="Byline" defaultValue={source.byline ?? ""} state={state} />
      <TextField name="note" label="Note" defaultValue={source.note ?? ""} state={state} />
      <SubmitButton pending={pending}>Save source</SubmitButton>
    </form>
  );
}
