import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors/app-error";
import { formatPercent } from "@/lib/format/probability";
import { BROWSE_SORTS, BROWSE_STATUSES, type BrowseQuery, browseQuery } from "@/lib/questions/browse-query";
import { listOutlets, listQuestions } from "@/lib/questions/list-questions.server";
import { listTags } from "@/lib/questions/list-tags.server";
import { fieldErrors } from "@/lib/validation/field-errors";
import { hasRole } from "@/lib/auth/require-role";
import { currentActor } from "../_lib/session.server";
import { EmptyState } from "../_components/empty-state";
import { FilterSelect } from "../_components/filter-select";
import { ListSkeleton } from "../_components/list-skeleton";
import { csvExportHref, DownloadLinks } from "../_components/download-links";
import { PageHeader } from "../_components/page-header";
import { StatusBadge } from "../_components/status-badge";
import { ForecasterFilter } from "./forecaster-filter";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Questions" };

const STATUS_LABEL: Record<(typeof BROWSE_STATUSES)[number], string> = {
  open: "Open",
  "due-soon": "Due within 30 days",
  overdue: "Past deadline, awaiting resolution",
  resolved: "Resolved",
  annulled: "Annulled",
};
const SORT_LABEL: Record<(typeof BROWSE_SORTS)[number], string> = {
  deadline: "Deadline, soonest first",
  newest: "Newest first",
  forecasts: "Most forecasts first",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readQuery(params: Record<string, string | string[] | undefined>) {
  const given = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
  const parsed = browseQuery.safeParse(given);
  if (parsed.success) return { query: parsed.data, problems: {} as Record<string, string> };
  const problems = fieldErrors(parsed.error);
  // Keep the filters that are fine; drop the ones that are not.
  const kept = Object.fromEntries(Object.entries(given).filter(([key]) => !(key in problems)));
  return { query: browseQuery.safeParse(kept).data ?? browseQuery.parse({}), problems };
}

/** How many filters narrow the list (sorting is not one). */
function activeFilters(query: BrowseQuery): number {
  return [query.status, query.forecaster, query.outlet, query.tag, query.q, query.deadlineFrom, query.deadlineTo].filter((v) => v !== undefined).length;
}

function pageHref(query: BrowseQuery, change: Partial<BrowseQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...change })) {
    if (value === undefined || (key === "sort" && value === "deadline") || (key === "limit" && value === 20)) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/questions?${qs}` : "/questions";
}

export default async function QuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { query, problems } = readQuery(await searchParams);
  const [tags, outlets, actor] = await Promise.all([listTags({ db: db() }), listOutlets({ db: db() }), currentActor()]);
  return (
    <div>
      <PageHeader title="Questions">
        Checkable yes/no questions with deadlines, and the forecasts that hang on them.
        {hasRole(actor, "ANALYST") ? (
          <>
            {" "}
            <Link href="/questions/new" className="underline">
              New question
            </Link>
          </>
        ) : null}
        <DownloadLinks
          label="Download these questions' forecasts:"
          csv={csvExportHref({
            status: query.status,
            forecaster: query.forecaster,
            outlet: query.outlet,
            tag: query.tag,
            q: query.q,
            deadlineFrom: query.deadlineFrom,
            deadlineTo: query.deadlineTo,
          })}
        />
      </PageHeader>
      {/* On a phone the filters wait behind a button; wider screens show them (globals.css). */}
      <details className="open-when-wide">
        <summary className="mb-3 inline-block cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100">
          Filters{activeFilters(query) > 0 ? ` (${activeFilters(query)} on)` : ""}
        </summary>
        <form
          method="get"
          action="/questions"
          aria-label="Filter questions"
          className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
        >
          <label className="text-sm sm:col-span-2">
            <span className="mb-1 block text-stone-600">Words in questions and quotes</span>
            <input
              type="search"
              name="q"
              defaultValue={query.q}
              placeholder="e.g. secret deal"
              className="w-full rounded border border-stone-300 px-2 py-1.5"
            />
          </label>
          <FilterSelect
            name="status"
            label="Status"
            value={query.status}
            any="Any status"
            options={BROWSE_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
          />
          <FilterSelect name="sort" label="Sort" value={query.sort} options={BROWSE_SORTS.map((s) => ({ value: s, label: SORT_LABEL[s] }))} />
          <ForecasterFilter initial={query.forecaster} />
          <FilterSelect name="outlet" label="Outlet" value={query.outlet} any="Any outlet" options={outlets} />
          <FilterSelect name="tag" label="Topic" value={query.tag} any="Any topic" options={tags} />
          <div className="grid grid-cols-2 gap-2 text-sm">
            <label>
              <span className="mb-1 block text-stone-600">Deadline from</span>
              <input type="date" name="deadlineFrom" defaultValue={query.deadlineFrom} className="w-full rounded border border-stone-300 px-1 py-1" />
            </label>
            <label>
              <span className="mb-1 block text-stone-600">to</span>
              <input type="date" name="deadlineTo" defaultValue={query.deadlineTo} className="w-full rounded border border-stone-300 px-1 py-1" />
            </label>
          </div>
          <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
            <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
              Apply filters
            </button>
            <Link href="/questions" className="text-sm underline">
              Clear all
            </Link>
          </div>
        </form>
      </details>
      {Object.keys(problems).length > 0 ? (
        <div role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Some filters were not understood and were left out:
          <ul className="ml-5 list-disc">
            {Object.entries(problems).map(([field, message]) => (
              <li key={field}>
                {field}: {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Suspense key={JSON.stringify(query)} fallback={<ListSkeleton />}>
        <Results query={query} />
      </Suspense>
    </div>
  );
}

async function Results({ query }: { query: BrowseQuery }) {
  let page: Awaited<ReturnType<typeof listQuestions>>;
  try {
    page = await listQuestions({ db: db(), query });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (
      <EmptyState title={error.message}>
        <Link className="underline" href={pageHref(query, { cursor: undefined })}>
          Back to the first page
        </Link>
      </EmptyState>
    );
  }
  const filtered = Boolean(query.status || query.forecaster || query.outlet || query.tag || query.q || query.deadlineFrom || query.deadlineTo);
  if (page.items.length === 0) {
    return (
      <EmptyState title={filtered ? "No question matches these filters." : "No questions yet."}>
        {filtered ? (
          <>
            Loosen a filter, or{" "}
            <Link className="underline" href="/questions">
              show every question
            </Link>
            .
          </>
        ) : (
          "Analysts create questions, then log the forecasts made about them."
        )}
      </EmptyState>
    );
  }
  return (
    <>
      <ul aria-label="Questions" className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
        {page.items.map((q) => (
          <li key={q.id} className="p-4">
            <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
              <Link href={`/questions/${q.id}`} className="font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
                {q.title}
              </Link>
              <StatusBadge state={q.state} outcome={q.outcome?.value} />
            </div>
            <p className="mt-1 text-xs text-stone-500">
              Deadline {formatLongDate(q.deadline)} · {q.forecastCount} {q.forecastCount === 1 ? "forecast" : "forecasts"}
              {q.tags.map((tag) => (
                <span key={tag}>
                  {" · "}
                  <Link href={`/topics/${encodeURIComponent(tag)}`} className="underline decoration-stone-300 underline-offset-2">
                    {tag}
                  </Link>
                </span>
              ))}
            </p>
            {q.latest.length > 0 ? (
              <ul aria-label="Latest probability of each forecaster" className="mt-2 flex flex-wrap gap-1.5">
                {q.latest.map((l) => (
                  <li key={l.forecaster.slug} className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">
                    {l.forecaster.name} <strong className="tabular-nums">{formatPercent(l.probability)}</strong>
                  </li>
                ))}
                {q.forecasterCount > q.latest.length ? (
                  <li className="px-1.5 py-0.5 text-xs text-stone-600">
                    <Link href={`/questions/${q.id}`} className="underline">
                      and {q.forecasterCount - q.latest.length} more
                    </Link>
                  </li>
                ) : null}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {page.nextCursor ? (
        <div className="mt-4 text-right">
          <Link
            className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:border-stone-500"
            href={pageHref(query, { cursor: page.nextCursor })}
          >
            Next page →
          </Link>
        </div>
      ) : null}
    </>
  );
}
