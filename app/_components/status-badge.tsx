import type { QuestionState } from "@/lib/questions/question-state";

const LOOK: Record<QuestionState, { label: string; className: string }> = {
  open: { label: "Open", className: "bg-sky-50 text-sky-800 ring-sky-200" },
  awaiting: { label: "Awaiting resolution", className: "bg-amber-50 text-amber-800 ring-amber-200" },
  resolved: { label: "Resolved", className: "bg-stone-100 text-stone-700 ring-stone-200" },
  annulled: { label: "Annulled", className: "bg-stone-100 text-stone-700 ring-stone-200 line-through decoration-1" },
};

export function StatusBadge({ state, outcome }: { state: QuestionState; outcome?: "YES" | "NO" | "ANNULLED" | null }) {
  const look = LOOK[state];
  const label = state === "resolved" && outcome ? `Resolved ${outcome}` : look.label;
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${look.className}`}>
      {label}
    </span>
  );
}
