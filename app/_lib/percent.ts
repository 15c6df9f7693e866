// Forms ask for a percentage; the domain takes a probability.
import type { FormState } from "./form-state";

export function percentField(formData: FormData): { probability?: number; refused?: FormState } {
  const raw = formData.get("probability");
  const text = typeof raw === "string" ? raw.trim().replace(/%$/, "") : "";
  if (text === "") return {};
  const percent = Number(text);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = value;
    return {
      refused: { status: "error", message: "The forecast is not valid; nothing was saved.", fieldErrors: { probability: "must be a percentage between 0 and 100" }, values },
    };
  }
  return { probability: Math.round(percent * 1000) / 100_000 };
}
