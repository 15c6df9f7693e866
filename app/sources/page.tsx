import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { listSources } from "@/lib/sources/list-sources.server";
import { EmptyState } from "../_components/empty-state";
import { ListSkeleton } from "../_components/list-skeleton";
import { PageHeader } from "../_components/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default function SourcesPage() {
  return (
    <div>
      <PageHeader title="Sources">
        The articles that forecasts are quoted from. Analysts can{" "}
        <Link href="/sources/new" className="underline">
          add an article
        </Link>{" "}
        and have its forecasts proposed.
      </PageHeader>
      <Suspense fallback={<ListSkeleton />}>
        <SourcesList />
      </Suspense>
    </div>
  );
}

async function SourcesList() {
  const sources = await listSources({ db: db() });
  return (
    <>
      {sources.length === 0 ? (
        <EmptyState title="No sources yet." />
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
          {sources.map((s) => (
            <li key={s.id} className="p-4">
              <Link href={`/sources/${s.id}`} className="font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
                {s.title}
              </Link>
              <p className="mt-1 text-xs text-stone-500">
                {s.outlet} · {formatLongDate(s.publishedAt)}
                {s.byline ? ` · ${s.byline}` : ""} · {s.forecastCount} {s.forecastCount === 1 ? "forecast" : "forecasts"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
