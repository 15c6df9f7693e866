"use client";

import { useActionState } from "react";
import { setOutcomeAction, undoOutcomeAction } from "../../_actions/outcome-actions";
import { FormMessage, SubmitButton, TextArea, TextField } from "../../_components/form";
import { IDLE } from "../../_lib/form-state";

type Props = { questionId: string; version: number; hasOutcome: boolean; today: string };

/** Editors set the outcome, or change it with a reason; the version guards against a colleague's change. */
export function SetOutcomeForm({ questionId, version, hasOutcome, today }: Props) {
  const [state, action, pending] = useActionState(setOutcomeAction, IDLE);
  return (
    <form action={action} className="space-y-3" aria-label={hasOutcome ? "Change the outcome" : "Set the outcome"}>
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Outcome</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {(["YES", "NO", "ANNULLED"] as const).map((value) => (
            <label key={value} className="flex items-center gap-1">
              <input type="radio" name="value" value={value} required defaultChecked={state.values?.value === value} />{" "}
              {value === "ANNULLED" ? "Annulled (can never be settled)" : value}
            </label>
          ))}
        </div>
        {state.fieldErrors?.value ? <p className="text-xs font-medium text-red-700">Outcome: {state.fieldErrors.value}</p> : null}
      </fieldset>
      <TextField name="resolvedAt" label="Known on" type="date" required max={today} state={state} hint="The day the outcome became known." />
      <TextField name="evidenceUrl" label="Evidence URL" type="url" state={state} />
      <TextArea name="note" label="Evidence note" state={state} hint="A URL, a note, or both: say what settles it." />
      {hasOutcome ? <TextField name="reason" label="Why change it" required state={state} /> : null}
      <SubmitButton pending={pending}>{hasOutcome ? "Change outcome" : "Set outcome"}</SubmitButton>
    </form>
  );
}

export function UndoOutcomeForm({ questionId, version }: { questionId: string; version: number }) {
  const [state, action, pending] = useActionState(undoOutcomeAction, IDLE);
  return (
    <form action={action} className="space-y-3" aria-label="Undo the outcome">
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <TextField name="reason" label="Why undo it" required state={state} />
      <SubmitButton pending={pending} tone="plain">
        Undo outcome
      </SubmitButton>
    </form>
  );
}
