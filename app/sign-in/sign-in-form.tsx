"use client";

import { useActionState } from "react";
import { signInAction } from "../_actions/session-actions";
import { FormMessage, SubmitButton, TextField } from "../_components/form";
import { IDLE } from "../_lib/form-state";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Sign in">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="Email" type="email" autoComplete="username" required state={state} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required state={state} />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
