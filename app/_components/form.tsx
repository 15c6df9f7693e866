// Form pieces: labelled fields that show their own error, and the form-wide message. Ids come
// from useId, so that several forms with the same field names can share a page.
"use client";

import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from "react";
import type { FormState } from "../_lib/form-state";

const control =
  "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-stone-600 focus:outline-none focus:ring-2 focus:ring-stone-300 aria-[invalid=true]:border-red-600";

type Common = { name: string; label: string; state: FormState; hint?: ReactNode };

// A required field's label is followed by a red asterisk, outside the label so that the field's
// name stays its label (screen readers hear the input's own `required`).
function Wrapper({ id, name, label, state, hint, required, children }: Common & { id: string; required?: boolean; children: ReactNode }) {
  const error = state.fieldErrors?.[name];
  return (
    <div className="space-y-1">
      <div className="flex items-baseline gap-1">
        <label htmlFor={`${id}-field`} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        {required ? (
          <span aria-hidden="true" title="required" data-required-mark className="text-sm text-red-700">
            *
          </span>
        ) : null}
      </div>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {label}: {error}
        </p>
      ) : null}
    </div>
  );
}

/** What the user typed before a refused submit comes back, unless the field is controlled. */
function restored(name: string, state: FormState, props: object) {
  return "value" in props || state.values?.[name] === undefined ? {} : { defaultValue: state.values[name] };
}

function a11y(id: string, name: string, state: FormState, hint?: ReactNode) {
  const error = state.fieldErrors?.[name];
  return {
    id: `${id}-field`,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}

export function TextField(props: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { name, label, state, hint, ...rest } = props;
  const id = useId();
  return (
    <Wrapper id={id} name={name} label={label} state={state} hint={hint} required={rest.required}>
      <input className={control} {...a11y(id, name, state, hint)} {...rest} {...restored(name, state, rest)} />
    </Wrapper>
  );
}

export function TextArea(props: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { name, label, state, hint, ...rest } = props;
  const id = useId();
  return (
    <Wrapper id={id} name={name} label={label} state={state} hint={hint} required={rest.required}>
      <textarea className={control} rows={3} {...a11y(id, name, state, hint)} {...rest} {...restored(name, state, rest)} />
    </Wrapper>
  );
}

export function SelectField(props: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }> }) {
  const { name, label, state, hint, options, ...rest } = props;
  const id = useId();
  return (
    <Wrapper id={id} name={name} label={label} state={state} hint={hint} required={rest.required}>
      <select className={control} {...a11y(id, name, state, hint)} {...rest} {...restored(name, state, rest)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      className={`rounded border px-3 py-2 text-sm ${error ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      {state.message}
      {state.data?.href && state.data.link ? (
        <>
          {" "}
          <a href={state.data.href} className="underline">
            {state.data.link}
          </a>
        </>
      ) : null}
    </p>
  );
}

/** The box a destructive form must have ticked before it acts. */
export function ConfirmBox({ state, children }: { state: FormState; children: ReactNode }) {
  const error = state.fieldErrors?.confirm;
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="confirm" value="yes" aria-invalid={error ? true : undefined} /> {children}
    </label>
  );
}

export function SubmitButton({ children, pending, tone = "primary" }: { children: ReactNode; pending: boolean; tone?: "primary" | "danger" | "plain" }) {
  const look = {
    primary: "bg-stone-900 text-white hover:bg-stone-700",
    danger: "bg-red-700 text-white hover:bg-red-600",
    plain: "border border-stone-300 bg-white text-stone-800 hover:border-stone-500",
  }[tone];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${look}`}>
      {pending ? "Working…" : children}
    </button>
  );
}
