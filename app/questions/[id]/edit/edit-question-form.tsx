"use client";

import { useActionState } from "react";
import { updateQuestionAction } from "../../../_actions/question-actions";
import { FormMessage, SubmitButton, TextArea, TextField } from "../../../_components/form";
import { IDLE } from "../../../_lib/form-state";

export function EditQuestionForm({ question }: { question: { id: string; title: string; criteria: string; deadline: string; tags: string } }) {
  const [state, action, pending] = useActionState(updateQuestionAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Edit the question">
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={question.id} />
      <TextField name="title" label="Question" required defaultValue={question.title} state={state} />
      <TextArea name="criteria" label="Resolution criteria" required rows={4} defaultValue={question.criteria} state={state} />
      <TextField name="deadline" label="Deadline" type="date" required defaultValue={question.deadline} state={state} />
      <TextField name="tags" label="Topics" defaultValue={question.tags} state={state} hint="Separated by commas." />
      <SubmitButton pending={pending}>Save question</SubmitButton>
    </form>
  );
}
