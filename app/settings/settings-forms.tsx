"use client";

import { useActionState } from "react";
import { confirmSubmit } from "../_components/confirm-submit";
import { changePasswordAction, createTokenAction, revokeTokenAction } from "../_actions/account-actions";
import { FormMessage, SubmitButton, TextField } from "../_components/form";
import { IDLE } from "../_lib/form-state";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} className="space-y-3" aria-label="Change password">
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required state={state} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        state={state}
        hint="At least 10 characters."
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, IDLE);
  return (
    <form action={action} className="space-y-3" aria-label="Create an API token">
      <FormMessage state={state} />
      {state.data?.token ? (
        <p className="break-all rounded border border-stone-300 bg-stone-50 p-2 font-mono text-sm" role="status" aria-label="New API token">
          {state.data.token}
        </p>
      ) : null}
      <TextField name="name" label="Token name" required maxLength={100} state={state} hint="What it is for, e.g. “import script”." />
      <SubmitButton pending={pending}>Create token</SubmitButton>
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, IDLE);
  return (
    <form action={action} aria-label={`Revoke ${name}`} onSubmit={confirmSubmit(`Revoke the token “${name}”? Scripts that use it stop working at once.`)}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton pending={pending} tone="plain">
        Revoke
      </SubmitButton>
      {state.status === "error" ? (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
