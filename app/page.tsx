import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { getOverview } from "@/lib/overview/get-overview.server";
import { EmptyState } from "./_components/empty-state";
import { ListSkeleton } from "./_components/list-skeleton";

export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Who called it right?</h1>
        <p className="mt-3 max-w-3xl text-lg text-stone-600">
          Hindsight keeps the forecasts that officials, experts and outlets make in the news — the verbatim quote, who said it,
          how likely they said it was, when and where — hangs them on checkable questions, and records what happened.
        </p>
      </section>
      <Suspense fallback={<ListSkeleton rows={4} />}>
        <Overview />
      </Suspense>
    </div>
  );
}

async function Overview() {
  const overview = await getOverview({ db: db() });
  const { counts } = overview;
  const stats = [
    { label: "Forecasts", value: counts.forecasts, href: "/questions" },
    { label: "Forecasters", value: counts.forecasters, href: "/forecasters" },
    { label: "Sources", value: counts.sources, href: "/sources" },
    { label: "Open questions", value: counts.open, href: "/questions?status=open" },
    { label: "Resolved", value: counts.resolved, href: "/questions?status=resolved" },
  ];
  return (
    <div className="space-y-10">
      <section aria-label="Counts">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {stats.map((s) => (
            <Link key={s.label} href={s.href} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400">
              <dt className="text-xs uppercase tracking-wide text-stone-500">{s.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{s.value}</dd>
            </Link>
          ))}
        </dl>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="due-soon">
          <h2 id="due-soon" className="mb-3 text-lg font-semibold">Open questions due soonest</h2>
          {overview.dueSoon.length === 0 ? (
            <EmptyState title="No open question has a deadline ahead.">
              {counts.awaiting > 0 ? `${counts.awaiting} open questions are past their deadline and await an editor.` : "New questions will show up here."}
            </EmptyState>
          ) : (
            <QuestionList questions={overview.dueSoon} />
          )}
          {overview.awaiting.length > 0 ? (
            <>
              <h3 className="mb-2 mt-6 text-sm font-semibold uppercase tracking-wide text-stone-500">
                Past their deadline, awaiting resolution ({counts.awaiting})
              </h3>
              <QuestionList questions={overview.awaiting} />
            </>
          ) : null}
        </section>

        <section aria-labelledby="latest-outcomes">
          <h2 id="latest-outcomes" className="mb-3 text-lg font-semibold">Latest outcomes</h2>
          {overview.latestOutcomes.length === 0 ? (
            <EmptyState title="No question has been resolved yet." />
          ) : (
            <ul className="space-y-3">
              {overview.latestOutcomes.map((o) => (
                <li key={o.question.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
                  <p className="text-sm font-medium">
                    <Link href={`/questions/${o.question.id}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
                      {o.question.title}
                    </Link>
                  </p>
                  <p className="mt-1 text-sm">
                    <strong>{o.value}</strong> <span className="text-stone-500">· known {formatLongDate(o.resolvedAt)}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function QuestionList({ questions }: { questions: Array<{ id: string; title: string; deadline: Date; forecastCount: number }> }) {
  return (
    <ul className="space-y-2">
      {questions.map((q) => (
        <li key={q.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
          <Link href={`/questions/${q.id}`} className="text-sm font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
            {q.title}
          </Link>
          <p className="mt-1 text-xs text-stone-500">
            Deadline {formatLongDate(q.deadline)} · {q.forecastCount} {q.forecastCount === 1 ? "forecast" : "forecasts"}
          </p>
        </li>
      ))}
    </ul>
  );
}
