import type { Metadata } from "next";
import { EyebrowLinks } from "@/app/_components/eyebrow-links";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache, type ReactNode } from "react";
import { hasRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatPercent } from "@/lib/format/probability";
import { formatBrierInterval, formatScore, formatSigned } from "@/lib/format/score";
import { findMergedSlug } from "@/lib/forecasters/find-merged-slug.server";
import { findForecaster } from "@/lib/forecasters/find-forecaster.server";
import { listForecasterForecasts } from "@/lib/forecasters/list-forecaster-forecasts.server";
import { listRivals } from "@/lib/forecasters/list-rivals.server";
import { type ForecasterScores, getForecasterScores } from "@/lib/forecasters/get-forecaster-scores.server";
import type { PlainReading } from "@/lib/scoring/plain-reading";
import { BrierTimeline } from "../../_components/charts/brier-timeline";
import { CalibrationChart } from "../../_components/charts/calibration-chart";
import { EmptyState } from "../../_components/empty-state";
import { ForecastCard } from "../../_components/forecast-card";
import { KIND_LABEL } from "../../_components/forecaster-kind";
import { csvExportHref, DownloadLinks } from "../../_components/download-links";
import { ChangeNotice } from "../../_components/change-notice";
import { PageHeader } from "../../_components/page-header";
import { Pager } from "../../_components/pager";
import { pageNumber } from "../../_lib/page-number";
import { currentActor } from "../../_lib/session.server";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

// Metadata and page share one query per request.
const loadForecaster = cache((slug: string) => findForecaster({ db: db(), slug }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const forecaster = await loadForecaster((await params).slug);
  return { title: forecaster?.name ?? "Forecaster not found" };
}

export default async function ForecasterPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ merged?: string; moved?: string; edited?: string; scoredPage?: string; otherPage?: string }>;
}) {
  const forecaster = await loadForecaster((await params).slug);
  if (!forecaster) {
    // A forecaster merged into another: the old slug leads to the one kept.
    const kept = await findMergedSlug({ db: db(), slug: (await params).slug });
    if (kept) permanentRedirect(`/forecasters/${kept}`);
    notFound();
  }
  const search = await searchParams;
  const [scores, actor, rivals, scored, others] = await Promise.all([
    getForecasterScores({ db: db(), forecasterId: forecaster.id }),
    currentActor(),
    listRivals({ db: db(), forecasterId: forecaster.id }),
    listForecasterForecasts({ db: db(), forecasterId: forecaster.id, scored: true, page: pageNumber(search.scoredPage) }),
    listForecasterForecasts({ db: db(), forecasterId: forecaster.id, scored: false, page: pageNumber(search.otherPage) }),
  ]);
  const pageHref = (which: "scoredPage" | "otherPage", page: number) => {
    const params = new URLSearchParams();
    const other = which === "scoredPage" ? "otherPage" : "scoredPage";
    if (search[other]) params.set(other, search[other]);
    if (page > 1) params.set(which, String(page));
    const query = params.toString();
    return `/forecasters/${forecaster.slug}${query ? `?${query}` : ""}#${which === "scoredPage" ? "scored" : "other"}`;
  };
  return (
    <div className="space-y-10">
      <PageHeader
        title={forecaster.name}
        eyebrow={
          <>
            <EyebrowLinks
              links={[
                { href: "/forecasters", label: "Forecasters" },
                hasRole(actor, "ANALYST") && { href: `/forecasters/${forecaster.slug}/edit`, label: "Edit forecaster" },
                hasRole(actor, "EDITOR") && { href: `/forecasters/${forecaster.slug}/merge`, label: "Merge a duplicate into this one" },
              ]}
            />
            <DownloadLinks
              label="Their forecasts:"
              csv={csvExportHref({ forecaster: forecaster.slug })}
              json={`/api/v1/export?forecasterId=${encodeURIComponent(forecaster.id)}`}
            />
          </>
        }
      >
        <p className="text-sm">
          {KIND_LABEL[forecaster.kind]}
          {forecaster.affiliation ? ` · ${forecaster.affiliation}` : ""}
        </p>
        {forecaster.description ? <p className="mt-1">{forecaster.description}</p> : null}
        {rivals.length > 0 ? (
          <nav aria-label="Compare with" className="mt-2 text-sm">
            Compare with{" "}
            {rivals.map((r, i) => (
              <span key={r.slug}>
                {i > 0 ? ", " : ""}
                <Link href={`/compare?a=${encodeURIComponent(forecaster.slug)}&b=${encodeURIComponent(r.slug)}`} className="underline">
                  {r.name}
                </Link>{" "}
                ({r.shared} {r.shared === 1 ? "question" : "questions"} in common)
              </span>
            ))}
          </nav>
        ) : null}
      </PageHeader>

      <ChangeNotice notice={search} into={forecaster.name} />
      {scores.stats.resolved === 0 ? (
        <EmptyState title="No scored forecasts yet.">Scores appear once a question they forecast is resolved YES or NO.</EmptyState>
      ) : (
        <ScoreSummary scores={scores} />
      )}

      <section aria-labelledby="scored">
        <h2 id="scored" className="mb-3 text-lg font-semibold">
          Scored forecasts ({scored.total})
        </h2>
        {scored.total === 0 ? (
          <p className="text-sm text-stone-500">None yet.</p>
        ) : (
          <div className="space-y-3">
            {scored.items.map((f) => (
              <ForecastCard key={f.id} forecast={f} show={{ question: true, source: true }} />
            ))}
          </div>
        )}
        <Pager
          label="Pages of scored forecasts"
          page={scored.page}
          pageCount={scored.pageCount}
          href={(page) => pageHref("scoredPage", page)}
          words={["← Newer", "Older →"]}
        />
      </section>

      <section aria-labelledby="other">
        <h2 id="other" className="mb-3 text-lg font-semibold">
          Other forecasts ({others.total})
        </h2>
        <p className="mb-3 text-sm text-stone-500">On open or annulled questions, or not the one that counts.</p>
        {others.total === 0 ? null : (
          <div className="space-y-3">
            {others.items.map((f) => (
              <ForecastCard key={f.id} forecast={f} show={{ question: true, source: true }} />
            ))}
          </div>
        )}
        <Pager
          label="Pages of other forecasts"
          page={others.page}
          pageCount={others.pageCount}
          href={(page) => pageHref("otherPage", page)}
          words={["← Newer", "Older →"]}
        />
      </section>
    </div>
  );
}

/** One score with what it means and a link to where "How scores work" explains it. */
function Stat({ label, value, hint, href, detail }: { label: string; value: string; hint: string; href: string; detail?: ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
      <dt className="text-xs uppercase tracking-wide text-stone-600">
        <Link href={href} className="underline decoration-stone-300 underline-offset-2">
          {label}
        </Link>
      </dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
      <dd className="mt-0.5 text-xs text-stone-600">{hint}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-stone-600">{detail}</dd> : null}
    </div>
  );
}

function PlainWords({ reading }: { reading: PlainReading }) {
  const { resolved, calledIt, coinFlips, brier, chanceBrier, shared, ownSharedBrier, crowdSharedBrier, betterThanCrowd } = reading;
  return (
    <section aria-labelledby="plain-words">
      <h2 id="plain-words" className="mb-3 text-lg font-semibold">
        Their record in plain words
      </h2>
      <ul className="space-y-1.5 text-stone-800">
        <li>
          On the right side of 50% on{" "}
          <strong>
            {calledIt} of {resolved}
          </strong>{" "}
          resolved {resolved === 1 ? "question" : "questions"}
          {coinFlips > 0 ? ` (${coinFlips} at exactly 50%, which takes no side)` : ""}.
        </li>
        <li>
          Average{" "}
          <Link href="/about/scoring#brier" className="underline">
            Brier score
          </Link>{" "}
          <strong className="tabular-nums">{formatScore(brier)}</strong> (0 is perfect): saying 50% every time would score {formatScore(chanceBrier, 2)}, so
          this is {brier! < chanceBrier ? "better than a coin-flip" : brier! > chanceBrier ? "worse than a coin-flip" : "no better than a coin-flip"}.
        </li>
        {shared > 0 ? (
          <li>
            On the {shared} {shared === 1 ? "question" : "questions"} others forecast too, the median forecaster scored{" "}
            <span className="tabular-nums">{formatScore(crowdSharedBrier)}</span> and they scored{" "}
            <span className="tabular-nums">{formatScore(ownSharedBrier)}</span>:{" "}
            <strong>
              better than the crowd on {betterThanCrowd} of {shared} shared {shared === 1 ? "question" : "questions"}
            </strong>
            .
          </li>
        ) : (
          <li>No one else forecast their resolved questions, so there is no crowd to compare with.</li>
        )}
      </ul>
    </section>
  );
}

function ScoreSummary({ scores }: { scores: ForecasterScores }) {
  const { stats } = scores;
  const yesShare = scores.calibration.reduce((sum, bin) => sum + (bin.observed ?? 0) * bin.n, 0) / stats.resolved;
  return (
    <>
      <PlainWords reading={scores.reading} />
      <section aria-labelledby="scores">
        <h2 id="scores" className="mb-3 text-lg font-semibold">
          Scores
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <Stat label="Scored questions" value={String(stats.resolved)} hint="resolved YES or NO" href="/about/scoring#what-is-scored" />
          <Stat
            label="Brier"
            value={formatScore(stats.brier)}
            hint="0 is perfect; 0.25 is always saying 50%"
            href="/about/scoring#brier"
            detail={`90% interval: ${formatBrierInterval(stats.brierInterval)}`}
          />
          <Stat label="Skill vs 50%" value={formatSigned(stats.skill, 2)} hint="above 0 beats always saying 50%" href="/about/scoring#skill" />
          <Stat label="Log score" value={formatScore(stats.logScore)} hint="0 is perfect; punishes confident misses" href="/about/scoring#log-score" />
          <Stat
            label="Relative Brier"
            value={formatSigned(stats.relativeBrier)}
            hint={stats.relativeBrier === null ? "no shared questions" : "below 0 beats the median forecaster"}
            href="/about/scoring#relative-brier"
          />
        </dl>
        {stats.brierInterval === null ? (
          <p className="mt-3 text-sm text-amber-900">
            Only {stats.resolved} scored {stats.resolved === 1 ? "question" : "questions"}: too few to tell how good they are yet.
          </p>
        ) : null}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="calibration">
          <h2 id="calibration" className="mb-2 text-lg font-semibold">
            Calibration
          </h2>
          <p className="mb-2 text-sm text-stone-600">
            Do things they call 70% likely happen about 70% of the time?{" "}
            <Link href="/about/scoring#calibration" className="underline">
              How to read this
            </Link>
          </p>
          <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
            <CalibrationChart bins={scores.calibration} />
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-stone-600">Calibration table</summary>
            <table className="mt-2 w-full text-left tabular-nums">
              <thead className="text-xs text-stone-500">
                <tr>
                  <th className="py-1">Forecasts</th>
                  <th>n</th>
                  <th>Mean forecast</th>
                  <th>YES observed</th>
                  <th>90% interval</th>
                </tr>
              </thead>
              <tbody>
                {scores.calibration
                  .filter((b) => b.n > 0)
                  .map((b) => (
                    <tr key={b.lo}>
                      <td className="py-1">
                        {formatPercent(b.lo)}–{formatPercent(b.hi)}
                      </td>
                      <td>{b.n}</td>
                      <td>{formatPercent(b.meanForecast!)}</td>
                      <td>{formatPercent(b.observed!)}</td>
                      <td>
                        {formatPercent(b.ciLow!)}–{formatPercent(b.ciHigh!)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </section>

        <section aria-labelledby="decomposition" className="space-y-3 text-sm text-stone-700">
          <h2 id="decomposition" className="text-lg font-semibold text-stone-900">
            What the Brier score is made of
          </h2>
          <p>
            <Link href="/about/scoring#decomposition" className="underline">
              How this split works
            </Link>
          </p>
          <p>
            <strong>Reliability {formatScore(stats.reliability, 4)}</strong> — how far their stated probabilities sit from how often such things happened (0 is
            perfectly calibrated; lower is better).
          </p>
          <p>
            <strong>Discrimination {formatScore(stats.resolution, 4)}</strong> (Murphy&apos;s &ldquo;resolution&rdquo;) — how well their forecasts separate what
            happened from what did not (higher is better).
          </p>
          <p>
            <strong>Uncertainty {formatScore(stats.uncertainty, 4)}</strong> — how hard their questions were to call: {formatPercent(yesShare)} of them resolved
            YES, and 50% is the hardest. It does not depend on the forecaster.
          </p>
          <p className="text-stone-500">
            Brier ≈ reliability − discrimination + uncertainty: {formatScore(stats.reliability, 4)} − {formatScore(stats.resolution, 4)} +{" "}
            {formatScore(stats.uncertainty, 4)} = {formatScore((stats.reliability ?? 0) - (stats.resolution ?? 0) + (stats.uncertainty ?? 0), 4)} (exact when
            each probability bin holds one value).
          </p>
          <h3 className="pt-2 font-semibold text-stone-900">How much the reading of their words matters</h3>
          <p>
            Read anywhere within their bands on the verbal scale, these forecasts would score a mean Brier between{" "}
            <strong>{formatScore(stats.brierRangeUnderScale?.[0])}</strong> and <strong>{formatScore(stats.brierRangeUnderScale?.[1])}</strong> (
            {formatScore(stats.brier)} as read at the bands&apos; midpoints).
          </p>
        </section>
      </div>

      <section aria-labelledby="over-time">
        <h2 id="over-time" className="mb-2 text-lg font-semibold">
          Brier score over time
        </h2>
        <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
          <BrierTimeline points={scores.timeline} />
        </div>
      </section>
    </>
  );
}
