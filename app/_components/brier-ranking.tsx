import Link from "next/link";
import { formatScore } from "@/lib/format/score";
import { MIN_FOR_INTERVAL } from "@/lib/scoring/intervals";

type RankedRow = { id: string; slug: string; name: string; rank?: number | null; stats: { brier: number | null; resolved: number } };

/** "By average Brier score (0 is perfect, …)": what a short ranking is ordered by, for a reader new to Brier. */
export function BrierNote({ children }: { children?: React.ReactNode }) {
  return (
    <p className="mb-3 text-sm text-stone-600">
      By average{" "}
      <Link href="/about/scoring#brier" className="underline">
        Brier score
      </Link>{" "}
      (0 is perfect, 0.25 is always saying 50%){children}.
    </p>
  );
}

/** A short list of forecasters with their mean Brier and how many resolved questions it rests on. */
export function BrierRanking({ label, items }: { label: string; items: readonly RankedRow[] }) {
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm shadow-sm" aria-label={label}>
      {items.map((f) => (
        <li key={f.id} className="flex items-baseline justify-between gap-3 px-3 py-2">
          <span>
            {f.rank ? <span className="mr-2 text-stone-600">{f.rank}.</span> : null}
            <Link href={`/forecasters/${f.slug}`} className="font-medium underline decoration-stone-300 underline-offset-2">
              {f.name}
            </Link>
          </span>
          <span className="whitespace-nowrap tabular-nums">
            Brier {formatScore(f.stats.brier)}{" "}
            <span className="text-xs text-stone-600">
              · {f.stats.resolved} {f.stats.resolved === 1 ? "question" : "questions"}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Said under a ranking when any place in it rests on fewer questions than a Brier interval needs. */
export function ShortRecordNote({ items }: { items: readonly RankedRow[] }) {
  if (!items.some((f) => f.stats.resolved < MIN_FOR_INTERVAL)) return null;
  return <p className="mt-3 text-xs text-stone-600">Under {MIN_FOR_INTERVAL} resolved questions a record is too short to tell skill from luck.</p>;
}
