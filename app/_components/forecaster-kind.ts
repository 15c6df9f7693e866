// How each kind of forecaster reads on screen, in lists and in the forms that set it.
import type { ForecasterKind } from "@/lib/validation/fields";

export const KIND_LABEL: Record<ForecasterKind, string> = {
  PERSON: "Person",
  ORGANISATION: "Organisation",
  UNNAMED_GROUP: "Unnamed",
};

export const KIND_OPTIONS = [
  { value: "PERSON", label: "Person" },
  { value: "ORGANISATION", label: "Organisation" },
  { value: "UNNAMED_GROUP", label: "Unnamed (e.g. “a government official”)" },
] satisfies Array<{ value: ForecasterKind; label: string }>;
