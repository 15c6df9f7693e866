"use client";

import { useActionState } from "react";
import { setOutcomeAction, undoOutcomeAction } from "../../_actions/outcome-actions";
import { ConfirmBox, FormMessage, SubmitButton, TextArea, TextField } from "../../_components/form";
import { IDLE } from "../../_lib/form-state";

type Current = { value: "YES" | "NO" | "ANNULLED"; resolvedAt: string; evidenceUrl: string | null; note: string | null };
type Props = { questionId: string; version: number; current: Current | null; today: string };

/**
 * Editors set the outcome, or change it with a reason, starting from the current outcome's
 * evidence; the version guards against a colleague's change.
 */
export function SetOutcomeForm({ questionId, version, current, today }: Props) {
  const [state, action, pending] = useActionState(setOutcomeAction, IDLE);
  const hasOutcome = current !== null;
  const checked = state.values?.value ?? current?.value;
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
              <input type="radio" name="value" value={value} required defaultChecked={checked === value} />{" "}
              {value === "ANNULLED" ? "Annulled (can never be settled)" : value}
            </label>
          ))}
        </div>
        {state.fieldErrors?.value ? <p className="text-xs font-medium text-red-700">Outcome: {state.fieldErrors.value}</p> : null}
      </fieldset>
      <TextField
        name="resolvedAt"
        label="Known on"
        type="date"
        required
        max={today}
        defaultValue={current?.resolvedAt}
        state={state}
        hint="The day the outcome became known."
      />
      <TextField name="evidenceUrl" label="Evidence URL" type="url" defaultValue={current?.evidenceUrl ?? undefined} state={state} />
      <TextArea name="note" label="Evidence note" defaultValue={current?.note ?? undefined} state={state} hint="A URL, a note, or both: say what settles it." />
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
      <ConfirmBox state={state}>Yes, undo this outcome (the question opens again)</ConfirmBox>
      <SubmitButton pending={pending} tone="plain">
        Undo outcome
      </SubmitButton>
    </form>
  );
}
