// Server actions are thin: read the form, find the actor, call the domain function. This is
// the one place that turns what the domain throws into what the form shows.
import { unstable_rethrow } from "next/navigation";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { knownError } from "@/lib/http/respond";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from "@/lib/text/control-characters";
import type { Actor } from "@/lib/auth/require-role";
import type { FormState } from "./form-state";
import { currentActor } from "./session.server";

/** Every field as text, as the user typed it. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** A form field that is blank becomes "not given". */
export function optional(value: FormDataEntryValue | null): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Text no form should carry (NUL and the like) is refused before anything reads it. */
function refuseControlCharacters(formData: FormData): void {
  const fields = Object.entries(formValues(formData)).filter(([, value]) => hasControlCharacter(value));
  if (fields.length > 0) {
    throw new AppError(
      AppErrorCode.INVALID_INPUT,
      "The form holds characters that cannot be stored; nothing was saved.",
      Object.fromEntries(fields.map(([key]) => [key, CONTROL_CHARACTER_MESSAGE])),
    );
  }
}

export async function runAction(formData: FormData, task: (actor: Actor | null) => Promise<FormState | void>): Promise<FormState> {
  try {
    refuseControlCharacters(formData);
    return (await task(await currentActor())) ?? { status: "success" };
  } catch (thrown) {
    unstable_rethrow(thrown); // redirect() and notFound() are not errors to show

    const values = formValues(formData);
    const error = knownError(thrown);
    if (error) {
      const fieldErrors = Object.fromEntries(Object.entries(error.details ?? {}).filter(([, v]) => typeof v === "string")) as Record<string, string>;
      return { status: "error", message: error.message, fieldErrors, values };
    }
    console.error(thrown);
    return { status: "error", message: "Something went wrong on our side; nothing was changed. Try again.", values };
  }
}
