// Destructive forms carry a "confirm" box; until it is ticked, they answer with this.
import type { FormState } from "./form-state";

export function refuseUnconfirmed(formData: FormData, done: string, what: string): FormState | null {
  if (formData.get("confirm") === "yes") return null;
  return { status: "error", message: `Tick the box to confirm that the ${what} should be ${done}.`, fieldErrors: { confirm: "must be ticked" } };
}
