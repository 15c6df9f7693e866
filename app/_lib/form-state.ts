// What a form's server action answers, shown next to the fields by the form component.
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  /** One message per field, keyed by the field's name. */
  fieldErrors?: Record<string, string>;
  /** What the user typed, so that a refused form keeps it. */
  values?: Record<string, string>;
  /** Anything the page needs after success (a new token, a generated password). */
  data?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
