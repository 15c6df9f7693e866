"use client";

import { useActionState } from "react";
import { createUserAction, updateUserAction } from "../../_actions/admin-actions";
import { confirmSubmit } from "../../_components/confirm-submit";
import { FormMessage, SelectField, SubmitButton, TextField } from "../../_components/form";
import { IDLE } from "../../_lib/form-state";

const ROLE_OPTIONS = [
  { value: "READER", label: "Reader" },
  { value: "ANALYST", label: "Analyst" },
  { value: "EDITOR", label: "Editor" },
  { value: "ADMIN", label: "Admin" },
];

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" aria-label="Create a user">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {state.data?.password ? (
        <p className="sm:col-span-2 rounded border border-stone-300 bg-stone-50 p-2 font-mono text-sm" role="status" aria-label="New user's password">
          {state.data.password}
        </p>
      ) : null}
      <TextField name="email" label="Email" type="email" required state={state} />
      <TextField name="name" label="Name" state={state} />
      <SelectField name="role" label="Role" defaultValue="READER" options={ROLE_OPTIONS} state={state} />
      <TextField name="password" label="Password (blank: generate one)" type="password" autoComplete="new-password" state={state} />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>Create user</SubmitButton>
      </div>
    </form>
  );
}

export function UserRow({ user, self }: { user: { id: string; email: string; name: string; role: string; disabled: boolean }; self: boolean }) {
  const [state, action, pending] = useActionState(updateUserAction, IDLE);
  return (
    // On a phone a row stacks (who, then the controls) instead of pushing its buttons off screen.
    <tr className="max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-3 max-sm:py-2">
      <td className="py-2 pr-2 max-sm:w-full max-sm:py-0">
        <span className="font-medium">{user.name}</span> <span className="break-all text-stone-500">{user.email}</span>
        {user.disabled ? <span className="ml-2 rounded bg-stone-200 px-1 text-xs">disabled</span> : null}
        {state.status === "error" ? (
          <p role="alert" className="text-xs text-red-700">
            {state.message}
          </p>
        ) : null}
      </td>
      <td className="py-2 max-sm:py-1">
        <form action={action} className="flex items-center gap-2" aria-label={`Role of ${user.email}`}>
          <input type="hidden" name="userId" value={user.id} />
          <select
            name="role"
            defaultValue={user.role}
            disabled={self}
            aria-label={`Role of ${user.email}`}
            className="rounded border border-stone-300 bg-white px-1 py-1 text-sm"
          >
            {ROLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {self ? (
            <span className="text-xs text-stone-500">you</span>
          ) : (
            <SubmitButton pending={pending} tone="plain">
              Save role
            </SubmitButton>
          )}
        </form>
      </td>
      <td className="py-2 text-right max-sm:py-1">
        {self ? null : (
          <form
            action={action}
            aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
            onSubmit={user.disabled ? undefined : confirmSubmit(`Disable ${user.email}? They are signed out and their API tokens stop working.`)}
          >
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
            <SubmitButton pending={pending} tone={user.disabled ? "plain" : "danger"}>
              {user.disabled ? "Enable" : "Disable"}
            </SubmitButton>
          </form>
        )}
      </td>
    </tr>
  );
}
