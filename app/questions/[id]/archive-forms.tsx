// An editor's ways out for a question made by mistake: archive it (and restore it), or delete
// it while it holds no forecasts. Each asks for a confirmation first.
"use client";

import { useActionState } from "react";
import { archiveQuestionAction, deleteQuestionAction } from "../../_actions/question-actions";
import { ConfirmBox, FormMessage, SubmitButton } from "../../_components/form";
import { IDLE } from "../../_lib/form-state";

export function ArchiveQuestionForm({ questionId, archived }: { questionId: string; archived: boolean }) {
  const [state, action, pending] = useActionState(archiveQuestionAction, IDLE);
  return (
    <form action={action} className="space-y-3" aria-label={archived ? "Restore the question" : "Archive the question"}>
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      {archived ? <input type="hidden" name="restore" value="yes" /> : null}
      <p className="text-sm text-stone-600">
        {archived
          ? "Restoring puts the question back in the lists, the home page and the scores."
          : "Archiving takes the question off the lists, the home page, topics and the scores. Its forecasts and history stay, and it can be restored."}
      </p>
      <ConfirmBox state={state}>{archived ? "Yes, restore this question" : "Yes, archive this question"}</ConfirmBox>
      <SubmitButton pending={pending} tone={archived ? "plain" : "danger"}>
        {archived ? "Restore question" : "Archive question"}
      </SubmitButton>
    </form>
  );
}

export function DeleteQuestionForm({ questionId, title }: { questionId: string; title: string }) {
  const [state, action, pending] = useActionState(deleteQuestionAction, IDLE);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-3" aria-label="Delete the question">
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="title" value={title} />
      <p className="text-sm text-stone-600">It holds no forecasts, so it can be deleted for good (the audit log keeps a copy).</p>
      <ConfirmBox state={state}>Yes, delete this question</ConfirmBox>
      <SubmitButton pending={pending} tone="danger">
        Delete question
      </SubmitButton>
    </form>
  );
}
