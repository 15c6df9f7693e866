"use client";

import { useState } from "react";
import type { FormState } from "../_lib/form-state";
import { SelectField, TextField } from "./form";
import { ProbabilityReading } from "./probability-reading";

type Initial = { phrase?: string; refersTo?: "YES" | "NO"; percent?: string; stated?: boolean };

/**
 * The probability part of a forecast form: the words as written, which side of the question
 * they speak of, what the scale reads from them (live), and an optional number that overrides it.
 */
export function ProbabilityFields({ state, initial = {}, phraseHint }: { state: FormState; initial?: Initial; phraseHint?: string }) {
  const [phrase, setPhrase] = useState(initial.phrase ?? "");
  const [refersTo, setRefersTo] = useState<"YES" | "NO">(initial.refersTo ?? "YES");
  const [percent, setPercent] = useState(initial.percent ?? "");
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextField
            name="phrase"
            label="Probability words as written"
            value={phrase}
            onChange={(e) => setPhrase(e.target.value)}
            state={state}
            hint={phraseHint}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-stone-800">The words speak of</legend>
          <div className="mt-1 flex gap-4 text-sm">
            {(["YES", "NO"] as const).map((side) => (
              <label key={side} className="flex items-center gap-1">
                <input type="radio" name="phraseRefersTo" value={side} checked={refersTo === side} onChange={() => setRefersTo(side)} /> {side}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <ProbabilityReading phrase={phrase} refersTo={refersTo} override={percent} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="probability"
          label="Probability of YES, % (optional)"
          inputMode="decimal"
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
          state={state}
          hint="60, 60%, 60 per cent, 0.6 or 3 in 5. Overrides the reading."
        />
        <SelectField
          name="probabilitySource"
          label="That number is"
          defaultValue={initial.stated ? "STATED" : "JUDGEMENT"}
          state={state}
          options={[
            { value: "JUDGEMENT", label: "My judgement" },
            { value: "STATED", label: "Stated by the forecaster" },
          ]}
        />
      </div>
    </div>
  );
}
