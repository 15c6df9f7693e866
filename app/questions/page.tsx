import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors/app-error";
import { listQuestions, type QuestionStatusFilter, questionStatusFilter } from "@/lib/questions/list-questions.server";
import { questionState } from "@/lib/questions/question-state";
import { EmptyState } from "../_components/empty-state";
import { ListSkeleton } from "../_components/list-skeleton";
import { PageHeader } from "../_components/page-header";
import { StatusBadge } from "../_components/status-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Questions" };

const FILTERS = [
  { label: "All", value: undefined },
  { label: "Open", value: "open" },
  { label: "Resolved", value: "resolved" },
  { label: "Annulled", value: "annulled" },
] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const statusParam = typeof params.status === "string" ? params.status : undefined;
  const status = questionStatusFilter.safeParse(statusParam);
  const current = status.success ? status.data : undefined;
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  return (
    <div>
      <PageHeader title="Questions">Each question is a checkable yes/no event with a deadline; forecasts hang on it.</PageHeader>
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.label}
            href={f.value ? `/questions?status=${f.value}` : "/questions"}
            aria-current={current === f.value ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${current === f.value ? "bg-stone-900 text-white ring-stone-900" : "bg-white text-stone-700 ring-stone-300 hover:ring-stone-500"}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {statusParam && !current ? (
        <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          There is no “{statusParam}” status; showing all questions.
        </p>
      ) : null}
      <Suspense key={`${current}:${cursor}`} fallback={<ListSkeleton />}>
        <QuestionResults status={current} cursor={cursor} />
      </Suspense>
    </div>
  );
}

async function QuestionResults({ status, cursor }: { status?: QuestionStatusFilter; cursor?: string }) {
  let page;
  try {
    page = await listQuestions({ db: db(), status, cursor });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (
      <EmptyState title={error.message}>
        <Link className="underline" href={`/questions${status ? `?status=${status}` : ""}`}>First page</Link>
      </EmptyState>
    );
  }
  if (page.items.length === 0) {
    return (
      <EmptyState title={status ? `No ${status} questions.` : "No questions yet."}>
        {status ? <Link className="underline" href="/questions">Show all questions</Link> : "Questions appear here once an analyst logs them."}
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
        {page.items.map((q) => (
          <li key={q.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
            <div>
              <Link href={`/questions/${q.id}`} className="font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
                {q.title}
              </Link>
              <p className="mt-1 text-xs text-stone-500">
                Deadline {formatLongDate(q.deadline)} · {q.forecastCount} {q.forecastCount === 1 ? "forecast" : "forecasts"}
                {q.tags.length ? ` · ${q.tags.join(", ")}` : ""}
              </p>
            </div>
            <StatusBadge state={questionState(q)} outcome={q.outcome?.value} />
          </li>
        ))}
      </ul>
      {page.nextCursor ? (
        <div className="mt-4 text-right">
          <Link
            className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:border-stone-500"
            href={`/questions?${new URLSearchParams({ ...(status ? { status } : {}), cursor: page.nextCursor })}`}
          >
            Next page →
          </Link>
        </div>
      ) : null}
    </>
  );
}
