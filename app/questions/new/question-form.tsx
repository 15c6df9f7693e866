"use client";

import { useActionState } from "react";
import { createQuestionAction } from "../../_actions/question-actions";
import { FormMessage, SubmitButton, TextArea, TextField } from "../../_components/form";
import { IDLE } from "../../_lib/form-state";

export function QuestionForm() {
  const [state, action, pending] = useActionState(createQuestionAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="New question">
      <FormMessage state={state} />
      <TextField
        name="title"
        label="Question"
        required
        maxLength={300}
        state={state}
        hint="A checkable yes/no event ending with “?”: “Will Russia and North Korea sign a treaty with a mutual-defence clause by 31 December 2024?”"
      />
      <TextArea name="criteria" label="Resolution criteria" required rows={4} state={state} hint="What counts as YES and as NO, and on what evidence." />
      <TextField name="deadline" label="Deadline" type="date" required state={state} />
      <TextField name="tags" label="Topics" state={state} hint="Optional, separated by commas: summit-2024, military" />
      <SubmitButton pending={pending}>Create question</SubmitButton>
    </form>
  );
}
