"use client";

import { useActionState, useState } from "react";
import { acceptCandidateAction, rejectCandidateAction } from "../../../_actions/intake-actions";
import { KIND_OPTIONS } from "../../../_components/forecaster-kind";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "../../../_components/form";
import { ProbabilityFields } from "../../../_components/probability-fields";
import { useSearch } from "../../../_components/use-search";
import { IDLE } from "../../../_lib/form-state";
import { percentText } from "../../../_lib/percent";

export type CardCandidate = {
  index: number;
  quote: string;
  start: number;
  end: number;
  forecaster: { name: string; kind: string };
  phrase: string;
  /** The number the text itself gives, when it gives one. */
  statedProbability: number | null;
  suggestedQuestion: string;
  status: "pending" | "logged" | "rejected";
};

type QuestionHit = { id: string; title: string; deadline: string };

/** The forecaster and question a forecast was saved under, with links. */
function SavedAs({ saved }: { saved: Record<string, string> }) {
  return (
    <>
      <a href={`/forecasters/${saved.forecasterSlug}`} className="underline">
        {saved.forecaster}
      </a>{" "}
      on{" "}
      <a href={`/questions/${saved.questionId}`} className="underline">
        {saved.question}
      </a>
    </>
  );
}

/** One proposed forecast: edit what needs editing, then accept it or turn it down. */
export function CandidateCard({ candidate, sourceId }: { candidate: CardCandidate; sourceId: string }) {
  const [accepted, accept, accepting] = useActionState(acceptCandidateAction, IDLE);
  const [rejected, reject, rejecting] = useActionState(rejectCandidateAction, IDLE);
  const [choice, setChoice] = useState<"existing" | "new">("new");
  const [search, setSearch] = useState("");
  const questions = useSearch<QuestionHit>("/api/v1/questions", search, 8);
  const status = accepted.status === "success" ? "logged" : rejected.status === "success" ? "rejected" : candidate.status;
  const label = `Candidate ${candidate.index}`;
  const saved = accepted.status === "success" ? accepted.data : undefined;

  if (status !== "pending") {
    return (
      <article aria-label={label} className="rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
        <p className="font-medium">
          <a href={`#candidate-${candidate.index}`} className="underline">
            {candidate.index}.
          </a>{" "}
          {status === "logged" ? "Logged ✓" : "Turned down ✗"} — {saved ? <SavedAs saved={saved} /> : candidate.forecaster.name}
        </p>
        <p className="mt-1 font-serif text-stone-600">“{candidate.quote}”</p>
      </article>
    );
  }
  // A number the text states is recorded as stated, not read from the words around it.
  const stated = candidate.statedProbability == null ? null : percentText(candidate.statedProbability);
  const kind = candidate.forecaster.kind === "OUTLET" ? "ORGANISATION" : candidate.forecaster.kind;
  return (
    <article aria-label={label} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <p className="mb-2 text-sm font-medium">
        <a href={`#candidate-${candidate.index}`} className="underline">
          {candidate.index}.
        </a>{" "}
        Proposed: {candidate.forecaster.name}, “{candidate.phrase}”
        {stated ? <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">Number stated: {stated}%</span> : null}
      </p>
      <form action={accept} className="space-y-3" aria-label={`Accept ${label.toLowerCase()}`}>
        <FormMessage state={accepted} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="sm:col-span-2">
            <TextField name="forecaster.name" label="Forecaster" required defaultValue={candidate.forecaster.name} state={accepted} />
          </div>
          <SelectField name="forecaster.kind" label="Kind, if new" defaultValue={kind} options={KIND_OPTIONS} state={accepted} />
        </div>
        <TextArea name="quote" label="Quote (the article's own words)" required rows={3} defaultValue={candidate.quote} state={accepted} />
        <ProbabilityFields state={accepted} initial={stated ? { phrase: candidate.phrase, percent: stated, stated: true } : { phrase: candidate.phrase }} />
        <TextField name="madeAt" label="Made on" type="date" state={accepted} hint="Blank: the article's date." />
        <fieldset className="space-y-2 rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium text-stone-800">Question</legend>
          <div className="flex gap-4 text-sm">
            <label className="flex items-center gap-1">
              <input type="radio" name="questionChoice" value="new" checked={choice === "new"} onChange={() => setChoice("new")} /> A new question
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="questionChoice" value="existing" checked={choice === "existing"} onChange={() => setChoice("existing")} /> An existing
              question
            </label>
          </div>
          {choice === "new" ? (
            <div className="grid gap-3 sm:grid-cols-3">
              <div className="sm:col-span-3">
                <TextField
                  name="question.title"
                  label="New question"
                  defaultValue={candidate.suggestedQuestion}
                  state={accepted}
                  hint="A checkable yes/no event; add the deadline to it."
                />
              </div>
              <div className="sm:col-span-2">
                <TextField name="question.criteria" label="Resolution criteria" state={accepted} />
              </div>
              <TextField name="question.deadline" label="Deadline" type="date" state={accepted} />
            </div>
          ) : (
            <div className="space-y-2">
              <label className="block text-sm">
                <span className="mb-1 block text-stone-600">Find a question</span>
                <input
                  type="search"
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                  className="w-full rounded border border-stone-300 px-2 py-1.5"
                />
              </label>
              <div role="radiogroup" aria-label="Existing question" className="space-y-1 text-sm">
                {questions.map((q) => (
                  <label key={q.id} className="flex items-start gap-2">
                    <input type="radio" name="questionId" value={q.id} className="mt-1" />{" "}
                    <span>
                      {q.title} <span className="text-stone-500">(deadline {q.deadline})</span>
                    </span>
                  </label>
                ))}
                {search.trim().length >= 2 && questions.length === 0 ? <p className="text-stone-500">No question matches.</p> : null}
              </div>
              {accepted.fieldErrors?.questionId ? <p className="text-xs font-medium text-red-700">Question: {accepted.fieldErrors.questionId}</p> : null}
            </div>
          )}
        </fieldset>
        <SubmitButton pending={accepting}>Accept</SubmitButton>
      </form>
      <form action={reject} className="mt-3" aria-label={`Turn down ${label.toLowerCase()}`}>
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="start" value={candidate.start} />
        <input type="hidden" name="end" value={candidate.end} />
        <SubmitButton pending={rejecting} tone="plain">
          Turn down
        </SubmitButton>
        {rejected.status === "error" ? (
          <span role="alert" className="ml-2 text-xs text-red-700">
            {rejected.message}
          </span>
        ) : null}
      </form>
    </article>
  );
}
