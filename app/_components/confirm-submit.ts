// One-button destructive forms (revoke a token, disable a user) have no room for a confirm box:
// they ask the browser to confirm before the action runs.
"use client";

import type { FormEvent } from "react";

export function confirmSubmit(question: string) {
  return (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(question)) event.preventDefault();
  };
}
