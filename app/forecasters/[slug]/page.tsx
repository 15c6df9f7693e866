import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { hasRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatPercent } from "@/lib/format/probability";
import { formatBrierInterval, formatScore, formatSigned } from "@/lib/format/score";
import { getForecaster } from "@/lib/forecasters/get-forecaster.server";
import { type ForecasterScores, getForecasterScores } from "@/lib/forecasters/get-forecaster-scores.server";
import { BrierTimeline } from "../../_components/charts/brier-timeline";
import { CalibrationChart } from "../../_components/charts/calibration-chart";
import { EmptyState } from "../../_components/empty-state";
import { ForecastCard } from "../../_components/forecast-card";
import { KIND_LABEL } from "../../_components/forecaster-kind";
import { PageHeader } from "../../_components/page-header";
import { currentActor } from "../../_lib/session.server";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

// Metadata and page share one query per request.
const loadForecaster = cache((slug: string) => getForecaster({ db: db(), slug }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const forecaster = await loadForecaster((await params).slug);
  return { title: forecaster?.name ?? "Forecaster not found" };
}

export default async function ForecasterPage({ params }: { params: Params }) {
  const forecaster = await loadForecaster((await params).slug);
  if (!forecaster) notFound();
  const [scores, actor] = await Promise.all([getForecasterScores({ db: db(), forecasterId: forecaster.id }), currentActor()]);
  const scored = forecaster.forecasts.filter((f) => f.score);
  const others = forecaster.forecasts.filter((f) => !f.score);
  return (
    <div className="space-y-10">
      <PageHeader
        title={forecaster.name}
        eyebrow={
          <>
            <Link href="/forecasters" className="underline">Forecasters</Link>
            {hasRole(actor, "ANALYST") ? <> · <Link href={`/forecasters/${forecaster.slug}/edit`} className="underline">Edit forecaster</Link></> : null}
          </>
        }
      >
        <p className="text-sm">
          {KIND_LABEL[forecaster.kind]}
          {forecaster.affiliation ? ` · ${forecaster.affiliation}` : ""}
        </p>
        {forecaster.description ? <p className="mt-1">{forecaster.description}</p> : null}
      </PageHeader>

      {scores.stats.resolved === 0 ? (
        <EmptyState title="No scored forecasts yet.">Scores appear once a question they forecast is resolved YES or NO.</EmptyState>
      ) : (
        <ScoreSummary scores={scores} />
      )}

      <section aria-labelledby="scored">
        <h2 id="scored" className="mb-3 text-lg font-semibold">Scored forecasts ({scored.length})</h2>
        {scored.length === 0 ? (
          <p className="text-sm text-stone-500">None yet.</p>
        ) : (
          <div className="space-y-3">
            {scored.map((f) => <ForecastCard key={f.id} forecast={f} show={{ question: true, source: true }} />)}
          </div>
        )}
      </section>

      <section aria-labelledby="other">
        <h2 id="other" className="mb-3 text-lg font-semibold">Other forecasts ({others.length})</h2>
        <p className="mb-3 text-sm text-stone-500">On open or annulled questions, or not the one that counts.</p>
        {others.length === 0 ? null : (
          <div className="space-y-3">
            {others.map((f) => <ForecastCard key={f.id} forecast={f} show={{ question: true, source: true }} />)}
          </div>
        )}
      </section>
    </div>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
      <dt className="text-xs uppercase tracking-wide text-stone-500">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-stone-500">{detail}</dd> : null}
    </div>
  );
}

function ScoreSummary({ scores }: { scores: ForecasterScores }) {
  const { stats } = scores;
  const yesShare = scores.calibration.reduce((sum, bin) => sum + (bin.observed ?? 0) * bin.n, 0) / stats.resolved;
  return (
    <>
      <section aria-labelledby="scores">
        <h2 id="scores" className="mb-3 text-lg font-semibold">Scores</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <Stat label="Scored questions" value={String(stats.resolved)} />
          <Stat label="Brier" value={formatScore(stats.brier)} detail={`90% interval ${formatBrierInterval(stats.brierInterval)}`} />
          <Stat label="Skill vs 50%" value={formatSigned(stats.skill, 2)} detail="1 − Brier / 0.25" />
          <Stat label="Log score" value={formatScore(stats.logScore)} detail="0 is perfect" />
          <Stat label="Relative Brier" value={formatSigned(stats.relativeBrier)} detail={stats.relativeBrier === null ? "no shared questions" : "vs the median forecaster"} />
        </dl>
        {stats.resolved < 5 ? (
          <p className="mt-3 text-sm text-amber-800">
            Only {stats.resolved} scored {stats.resolved === 1 ? "question" : "questions"}: these numbers say little yet, as the interval shows.
          </p>
        ) : null}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="calibration">
          <h2 id="calibration" className="mb-2 text-lg font-semibold">Calibration</h2>
          <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
            <CalibrationChart bins={scores.calibration} />
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-stone-600">Calibration table</summary>
            <table className="mt-2 w-full text-left tabular-nums">
              <thead className="text-xs text-stone-500">
                <tr><th className="py-1">Forecasts</th><th>n</th><th>Mean forecast</th><th>YES observed</th><th>90% interval</th></tr>
              </thead>
              <tbody>
                {scores.calibration.filter((b) => b.n > 0).map((b) => (
                  <tr key={b.lo}>
                    <td className="py-1">{formatPercent(b.lo)}–{formatPercent(b.hi)}</td>
                    <td>{b.n}</td>
                    <td>{formatPercent(b.meanForecast!)}</td>
                    <td>{formatPercent(b.observed!)}</td>
                    <td>{formatPercent(b.ciLow!)}–{formatPercent(b.ciHigh!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>

        <section aria-labelledby="decomposition" className="space-y-3 text-sm text-stone-700">
          <h2 id="decomposition" className="text-lg font-semibold text-stone-900">What the Brier score is made of</h2>
          <p>
            <strong>Reliability {formatScore(stats.reliability, 4)}</strong> — how far their stated probabilities sit from how often
            such things happened (0 is perfectly calibrated; lower is better).
          </p>
          <p>
            <strong>Resolution {formatScore(stats.resolution, 4)}</strong> — how well their forecasts separate what happened from what
            did not (higher is better).
          </p>
          <p>
            <strong>Uncertainty {formatScore(stats.uncertainty, 4)}</strong> — how hard their questions were to call:{" "}
            {formatPercent(yesShare)} of them resolved YES, and 50% is the hardest. It does not depend on the forecaster.
          </p>
          <p className="text-stone-500">
            Brier ≈ reliability − resolution + uncertainty: {formatScore(stats.reliability, 4)} − {formatScore(stats.resolution, 4)} +{" "}
            {formatScore(stats.uncertainty, 4)} = {formatScore((stats.reliability ?? 0) - (stats.resolution ?? 0) + (stats.uncertainty ?? 0), 4)}{" "}
            (exact when each probability bin holds one value).
          </p>
          <h3 className="pt-2 font-semibold text-stone-900">How much the reading of their words matters</h3>
          <p>
            Read anywhere within their bands on the verbal scale, these forecasts would score a mean Brier between{" "}
            <strong>{formatScore(stats.brierRangeUnderScale?.[0])}</strong> and <strong>{formatScore(stats.brierRangeUnderScale?.[1])}</strong>{" "}
            ({formatScore(stats.brier)} as read at the bands&apos; midpoints).
          </p>
        </section>
      </div>

      <section aria-labelledby="over-time">
        <h2 id="over-time" className="mb-2 text-lg font-semibold">Brier score over time</h2>
        <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
          <BrierTimeline points={scores.timeline} />
        </div>
      </section>
    </>
  );
}
