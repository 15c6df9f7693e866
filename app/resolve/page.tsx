import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.server";
import { daysBetween, formatLongDate, todayUtc } from "@/lib/dates";
import { resolutionQueue } from "@/lib/questions/resolution-queue.server";
import { requirePageRole } from "../_lib/guard.server";
import { EmptyState } from "../_components/empty-state";
import { NotAllowed } from "../_components/not-allowed";
import { PageHeader } from "../_components/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Resolve" };

const PAGE = 50;

export default async function ResolvePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { allowed } = await requirePageRole("EDITOR", "/resolve");
  if (!allowed) return <NotAllowed role="editor" doing="resolve questions" />;
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total } = await resolutionQueue({ db: db(), take: PAGE, skip: (page - 1) * PAGE });
  const today = todayUtc();
  return (
    <div>
      <PageHeader title="Questions to resolve">
        Open questions past their deadline or due within 30 days, oldest first ({total} in all). Open one to set its outcome with evidence.
      </PageHeader>
      {items.length === 0 ? (
        <EmptyState title="Nothing to resolve.">No open question is past its deadline or due in the next 30 days.</EmptyState>
      ) : (
        <ol className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm" aria-label="Resolution queue">
          {items.map((q) => {
            const overdueDays = daysBetween(q.deadline, today);
            return (
              <li key={q.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link
                    href={`/questions/${q.id}#resolve`}
                    className="font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600"
                  >
                    {q.title}
                  </Link>
                  <p className="mt-1 text-xs text-stone-500">
                    Deadline {formatLongDate(q.deadline)} ·{" "}
                    {overdueDays > 0 ? `${overdueDays} days overdue` : overdueDays === 0 ? "due today" : `due in ${-overdueDays} days`} · {q.forecastCount}{" "}
                    {q.forecastCount === 1 ? "forecast" : "forecasts"}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {total > page * PAGE ? (
        <p className="mt-4 text-right text-sm">
          <Link className="underline" href={`/resolve?page=${page + 1}`}>
            Next page →
          </Link>
        </p>
      ) : null}
    </div>
  );
}
