import type { Verdict } from "@/lib/scoring/forecast-verdict";

const LABEL: Record<Verdict, string> = { "called it": "Called it", missed: "Missed", "coin-flip": "Coin-flip" };

// Colours chosen for at least 4.5:1 contrast on their background.
const STYLE: Record<Verdict, string> = {
  "called it": "bg-emerald-50 text-emerald-900",
  missed: "bg-rose-50 text-rose-900",
  "coin-flip": "bg-stone-100 text-stone-800",
};

/** "Called it", "Missed" or "Coin-flip", with what follows it in the same badge. */
export function VerdictBadge({ verdict, children }: { verdict: Verdict | null; children?: React.ReactNode }) {
  return (
    <span className={`rounded px-1.5 py-0.5 font-medium ${verdict ? STYLE[verdict] : "bg-stone-100 text-stone-800"}`}>
      {verdict ? LABEL[verdict] : "Counts"}
      {children}
    </span>
  );
}
