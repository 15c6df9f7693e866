import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { formatBrierInterval, formatScore, formatSigned } from "@/lib/format/score";
import { LEADERBOARD_SORTS, type LeaderboardQuery, type LeaderboardSort, leaderboardQuery } from "@/lib/forecasters/leaderboard-query";
import { listUnscoredForecasters, type RankedForecaster, rankForecasters } from "@/lib/forecasters/rank-forecasters.server";
import { listTags } from "@/lib/questions/list-tags.server";
import { MIN_FOR_INTERVAL } from "@/lib/scoring/intervals";
import { fieldErrors } from "@/lib/validation/field-errors";
import { EmptyState } from "../_components/empty-state";
import { FilterSelect } from "../_components/filter-select";
import { KIND_LABEL } from "../_components/forecaster-kind";
import { ListSkeleton } from "../_components/list-skeleton";
import { DownloadLinks } from "../_components/download-links";
import { PageHeader } from "../_components/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Forecasters" };

const DEFAULT_MIN_RESOLVED = 2;
const SORT_LABEL: Record<LeaderboardSort, string> = {
  brier: "Brier score (lower is better)",
  relative: "Relative Brier (lower is better)",
  log: "Log score (higher is better)",
  resolved: "Number scored",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readQuery(params: Record<string, string | string[] | undefined>) {
  const given = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = leaderboardQuery.safeParse(given);
  if (parsed.success) return { query: parsed.data, problems: {} as Record<string, string> };
  return { query: leaderboardQuery.parse({}), problems: fieldErrors(parsed.error) };
}

function href(query: LeaderboardQuery, change: Partial<LeaderboardQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || (key === "page" && value === 1) || (key === "sort" && value === "brier")) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/forecasters?${qs}` : "/forecasters";
}

export default async function ForecastersPage({ searchParams }: { searchParams: SearchParams }) {
  const { query, problems } = readQuery(await searchParams);
  const tags = await listTags({ db: db() });
  return (
    <div>
      <PageHeader title="Forecasters">
        Ranked by how close their forecasts came to what happened, over the questions that have been resolved.{" "}
        <Link href="/about/scoring" className="underline">
          How scores work
        </Link>
        <DownloadLinks label="Every forecast with its score:" csv="/api/v1/export.csv" json="/api/v1/export" />
      </PageHeader>
      {/* On a phone the options wait behind a button; wider screens show them (globals.css). */}
      <details className="open-when-wide">
        <summary className="mb-3 inline-block cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100">
          Options
        </summary>
        <form
          method="get"
          action="/forecasters"
          className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
          aria-label="Leaderboard options"
        >
          <FilterSelect
            name="sort"
            label="Rank by"
            value={query.sort}
            className="lg:col-span-2"
            options={LEADERBOARD_SORTS.map((s) => ({ value: s, label: SORT_LABEL[s] }))}
          />
          <FilterSelect name="tag" label="Topic" value={query.tag} any="All topics" options={tags} />
          <label className="text-sm">
            <span className="mb-1 block text-stone-600">Made from</span>
            <input type="date" name="from" defaultValue={query.from} className="w-full rounded border border-stone-300 px-2 py-1" />
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-stone-600">Made until</span>
            <input type="date" name="to" defaultValue={query.to} className="w-full rounded border border-stone-300 px-2 py-1" />
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-stone-600">Min. scored</span>
            <input
              type="number"
              name="minResolved"
              min={1}
              defaultValue={query.minResolved ?? DEFAULT_MIN_RESOLVED}
              className="w-full rounded border border-stone-300 px-2 py-1"
            />
          </label>
          <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
            <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
              Apply
            </button>
            <Link href="/forecasters" className="text-sm underline">
              Reset
            </Link>
          </div>
        </form>
      </details>
      {Object.keys(problems).length > 0 ? (
        <div role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Some options were not understood, so the defaults are shown:
          <ul className="ml-5 list-disc">
            {Object.entries(problems).map(([field, message]) => (
              <li key={field}>
                {field} {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Suspense key={JSON.stringify(query)} fallback={<ListSkeleton />}>
        <Leaderboard query={query} />
      </Suspense>
    </div>
  );
}

async function Leaderboard({ query }: { query: LeaderboardQuery }) {
  const minResolved = query.minResolved ?? DEFAULT_MIN_RESOLVED;
  const { items, hasNextPage } = await rankForecasters({ db: db(), query, minResolved });
  const filtered = Boolean(query.tag || query.from || query.to);
  const ranked = items.filter((i) => i.rank !== null);
  const below = items.filter((i) => i.rank === null);
  return (
    <div className="space-y-8">
      {items.length === 0 ? (
        <EmptyState title={filtered ? "No scored forecasts match these options." : "No forecaster has a scored forecast yet."}>
          {filtered ? (
            <Link href="/forecasters" className="underline">
              Show everyone
            </Link>
          ) : (
            "Scores appear once an editor resolves a question."
          )}
        </EmptyState>
      ) : null}
      {ranked.length > 0 ? (
        <section aria-labelledby="ranked">
          <h2 id="ranked" className="mb-2 text-lg font-semibold">
            Ranked ({minResolved} or more scored questions)
          </h2>
          <ScoreTable rows={ranked} query={query} showRank />
        </section>
      ) : null}
      {below.length > 0 ? (
        <section aria-labelledby="below">
          <h2 id="below" className="mb-1 text-lg font-semibold">
            Fewer than {minResolved} scored questions
          </h2>
          <p className="mb-2 text-sm text-stone-500">Too few to rank fairly; their scores are shown for what they are worth.</p>
          <ScoreTable rows={below} query={query} />
        </section>
      ) : null}
      {hasNextPage || query.page > 1 ? (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {query.page > 1 ? (
            <Link className="underline" href={href(query, { page: query.page - 1 })}>
              ← Previous page
            </Link>
          ) : (
            <span />
          )}
          {hasNextPage ? (
            <Link className="underline" href={href(query, { page: query.page + 1 })}>
              Next page →
            </Link>
          ) : null}
        </nav>
      ) : null}
      {!filtered && !hasNextPage ? <Unscored /> : null}
    </div>
  );
}

function SortHeader({ query, sort, children }: { query: LeaderboardQuery; sort: LeaderboardSort; children: string }) {
  const active = query.sort === sort;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort === "brier" || sort === "relative" ? "ascending" : "descending") : undefined}
      className="px-3 py-2 text-right font-medium"
    >
      <Link href={href(query, { sort, page: 1 })} className={active ? "text-stone-900 underline" : "hover:underline"}>
        {children}
        {active ? " ▾" : ""}
      </Link>
    </th>
  );
}

function ScoreTable({ rows, query, showRank = false }: { rows: RankedForecaster[]; query: LeaderboardQuery; showRank?: boolean }) {
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              {showRank ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  #
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2 font-medium">
                Forecaster
              </th>
              <SortHeader query={query} sort="resolved">
                Scored
              </SortHeader>
              <SortHeader query={query} sort="brier">
                Brier
              </SortHeader>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                90% interval
              </th>
              <SortHeader query={query} sort="relative">
                Relative
              </SortHeader>
              <SortHeader query={query} sort="log">
                Log score
              </SortHeader>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Skill
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 tabular-nums">
            {rows.map((r) => (
              <tr key={r.id}>
                {showRank ? <td className="px-3 py-2 text-stone-500">{r.rank}</td> : null}
                <td className="px-3 py-2">
                  <Link href={`/forecasters/${r.slug}`} className="font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
                    {r.name}
                  </Link>
                  <span className="ml-2 text-xs text-stone-500">{KIND_LABEL[r.kind]}</span>
                </td>
                <td className="px-3 py-2 text-right">{r.stats.resolved}</td>
                <td className="px-3 py-2 text-right font-medium">{formatScore(r.stats.brier)}</td>
                <td className="px-3 py-2 text-right text-stone-500">{formatBrierInterval(r.stats.brierInterval)}</td>
                <td className="px-3 py-2 text-right">{formatSigned(r.stats.relativeBrier)}</td>
                <td className="px-3 py-2 text-right">{formatScore(r.stats.logScore)}</td>
                <td className="px-3 py-2 text-right">{formatSigned(r.stats.skill, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ScoreLegend />
    </>
  );
}

/** What each column means, where the table stands, with links to "How scores work". */
function ScoreLegend() {
  const item = (href: string, term: string, text: string) => (
    <li>
      <Link href={`/about/scoring#${href}`} className="font-medium underline decoration-stone-300 underline-offset-2">
        {term}
      </Link>
      : {text}
    </li>
  );
  return (
    <ul className="mt-2 grid gap-x-6 gap-y-0.5 text-xs text-stone-600 sm:grid-cols-2">
      {item("brier", "Brier", "average squared miss; 0 is perfect, 0.25 is always saying 50%")}
      {item("interval", "90% interval", `how sure that average is; \u201ctoo few to tell\u201d under ${MIN_FOR_INTERVAL} questions`)}
      {item("relative-brier", "Relative", "against the median forecaster on the same questions; below 0 is better")}
      {item("log-score", "Log score", "0 is perfect; punishes confident misses hard")}
      {item("skill", "Skill", "improvement on always saying 50%; above 0 is better")}
    </ul>
  );
}

async function Unscored() {
  const { items, total } = await listUnscoredForecasters({ db: db() });
  if (total === 0) return null;
  return (
    <section aria-labelledby="unscored">
      <h2 id="unscored" className="mb-1 text-lg font-semibold">
        Not yet scored ({total})
      </h2>
      <p className="mb-2 text-sm text-stone-500">None of their forecasts is on a resolved question yet.</p>
      <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {items.map((f) => (
          <li key={f.id}>
            <Link href={`/forecasters/${f.slug}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
              {f.name}
            </Link>{" "}
            <span className="text-stone-500">
              · {f.forecastCount} {f.forecastCount === 1 ? "forecast" : "forecasts"}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="mt-2 text-sm text-stone-500">and {total - items.length} more.</p> : null}
    </section>
  );
}
