import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { formatPercent } from "@/lib/format/probability";
import { formatScore } from "@/lib/format/score";
import { accuracyExtremes } from "@/lib/overview/accuracy-extremes.server";
import { getOverview } from "@/lib/overview/get-overview.server";
import { forecastVerdict } from "@/lib/scoring/forecast-verdict";
import { EmptyState } from "./_components/empty-state";
import { BrierNote, BrierRanking, ShortRecordNote } from "./_components/brier-ranking";
import { ListSkeleton } from "./_components/list-skeleton";
import { QuestionCards } from "./_components/question-cards";
import { VerdictBadge } from "./_components/verdict-badge";

export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Who called it right?</h1>
        <p className="mt-3 max-w-3xl text-lg text-stone-600">
          Hindsight keeps the forecasts that officials, experts and outlets make in the news — the verbatim quote, who said it, how likely they said it was,
          when and where — hangs them on checkable questions, and records what happened.
        </p>
      </section>
      <Suspense fallback={<ListSkeleton rows={4} />}>
        <Overview />
      </Suspense>
    </div>
  );
}

/** The leaderboard's minimum for a rank; ShortRecordNote says when a place rests on few questions. */
const MIN_FOR_EXTREMES = 2;

async function Overview() {
  const [overview, extremes] = await Promise.all([getOverview({ db: db() }), accuracyExtremes({ db: db(), minResolved: MIN_FOR_EXTREMES, take: 3 })]);
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
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="latest-verdicts" className="lg:col-span-2">
          <h2 id="latest-verdicts" className="mb-3 text-lg font-semibold">
            Latest verdicts
          </h2>
          {overview.latestOutcomes.length === 0 ? (
            <EmptyState title="No question has been resolved yet." />
          ) : (
            <ul className="space-y-3">
              {overview.latestOutcomes.map((o) => (
                <LatestVerdict key={o.question.id} outcome={o} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="accuracy">
          <h2 id="accuracy" className="mb-1 text-lg font-semibold">
            Who is most accurate
          </h2>
          <BrierNote>, among forecasters with at least {MIN_FOR_EXTREMES} resolved questions</BrierNote>
          {extremes.best.length === 0 ? (
            <EmptyState title={`No forecaster has ${MIN_FOR_EXTREMES} resolved questions yet.`} />
          ) : (
            <>
              <h3 className="mb-1 text-sm font-semibold">Most accurate</h3>
              <BrierRanking label="Most accurate" items={extremes.best} />
              {extremes.worst.length > 0 ? (
                <>
                  <h3 className="mb-1 mt-4 text-sm font-semibold">Least accurate</h3>
                  <BrierRanking label="Least accurate" items={extremes.worst} />
                </>
              ) : null}
            </>
          )}
          <ShortRecordNote items={[...extremes.best, ...extremes.worst]} />
          <p className="mt-3 text-sm">
            <Link href="/forecasters" className="underline">
              The full leaderboard
            </Link>
          </p>
        </section>
      </div>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="due-soon">
          <h2 id="due-soon" className="mb-3 text-lg font-semibold">
            Open questions due soonest
          </h2>
          {overview.dueSoon.length === 0 ? (
            <EmptyState title="No open question has a deadline ahead.">New questions will show up here.</EmptyState>
          ) : (
            <QuestionCards questions={overview.dueSoon} />
          )}
        </section>
        <section aria-labelledby="awaiting">
          <h2 id="awaiting" className="mb-3 text-lg font-semibold">
            Awaiting an editor ({counts.awaiting})
          </h2>
          {overview.awaiting.length === 0 ? (
            <p className="text-sm text-stone-600">No open question is past its deadline.</p>
          ) : (
            <>
              <p className="mb-2 text-sm text-stone-600">Past their deadline: an editor should set what happened.</p>
              <QuestionCards questions={overview.awaiting} />
            </>
          )}
        </section>
      </div>

      <section aria-label="Counts">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {stats.map((s) => (
            <li key={s.label}>
              <Link href={s.href} className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400">
                <span className="block text-xs uppercase tracking-wide text-stone-600">{s.label}</span>
                <span className="mt-1 block text-2xl font-semibold tabular-nums">{s.value}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

type LatestOutcome = Awaited<ReturnType<typeof getOverview>>["latestOutcomes"][number];

/** One resolved question: what happened, and who called it or missed it, in their own words. */
function LatestVerdict({ outcome }: { outcome: LatestOutcome }) {
  const { question } = outcome;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
      <p className="text-sm font-medium">
        <Link href={`/questions/${question.id}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
          {question.title}
        </Link>
      </p>
      <p className="mt-1 text-sm">
        <strong>{outcome.value}</strong> <span className="text-stone-600">· known {formatLongDate(outcome.resolvedAt)}</span>
      </p>
      {question.scores.length > 0 ? (
        <ul className="mt-2 space-y-2" aria-label={`Verdicts on: ${question.title}`}>
          {question.scores.map((s) => (
            <li key={s.forecast.id} className="text-sm">
              <VerdictBadge verdict={forecastVerdict({ probability: s.probability, outcome: outcome.value })} />{" "}
              <Link href={`/forecasters/${s.forecaster.slug}`} className="font-medium underline decoration-stone-300 underline-offset-2">
                {s.forecaster.name}
              </Link>
              <span className="text-stone-600">
                {" "}
                · {formatPercent(s.probability)} · Brier {formatScore(s.brier)}
              </span>
              <q className="mt-0.5 block font-serif text-stone-800">{s.forecast.quote}</q>
            </li>
          ))}
        </ul>
      ) : outcome.value === "ANNULLED" ? null : (
        <p className="mt-1 text-xs text-stone-600">No forecast counted on it.</p>
      )}
    </li>
  );
}
