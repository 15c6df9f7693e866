import type { Metadata } from "next";
import { EyebrowLinks } from "@/app/_components/eyebrow-links";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { hasRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { findMergedSource } from "@/lib/sources/find-merged-source.server";
import { getSource } from "@/lib/sources/get-source.server";
import { highlightQuotes } from "@/lib/sources/highlight-quotes";
import { EmptyState } from "../../_components/empty-state";
import { ForecastCard } from "../../_components/forecast-card";
import { ChangeNotice } from "../../_components/change-notice";
import { PageHeader } from "../../_components/page-header";
import { currentActor } from "../../_lib/session.server";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

// Metadata and page share one query per request.
const loadSource = cache((id: string) => getSource({ db: db(), id }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ merged?: string; moved?: string; edited?: string }>;
}) {
  const source = await loadSource((await params).id);
  if (!source) {
    // A source merged into another: its old address leads to the one kept.
    const kept = await findMergedSource({ db: db(), id: (await params).id });
    if (kept) permanentRedirect(`/sources/${kept}`);
    notFound();
  }
  const actor = await currentActor();
  const paragraphs = source.text
    ? highlightQuotes(
        source.text,
        source.forecasts.map((f) => f.quote),
      )
    : [];
  return (
    <div className="space-y-8">
      <PageHeader
        title={source.title}
        eyebrow={
          <>
            <EyebrowLinks
              links={[
                { href: "/sources", label: "Sources" },
                hasRole(actor, "ANALYST") && { href: `/sources/${source.id}/edit`, label: "Edit source" },
                hasRole(actor, "EDITOR") && { href: `/sources/${source.id}/merge`, label: "Merge a duplicate into this one" },
              ]}
            />
            {hasRole(actor, "ANALYST") && source.text ? (
              <>
                {" "}
                ·{" "}
                <Link href={`/sources/${source.id}/review`} className="underline">
                  Review proposed forecasts
                </Link>
              </>
            ) : null}
          </>
        }
      >
        <p className="text-sm">
          {source.outlet} · {formatLongDate(source.publishedAt)}
          {source.byline ? ` · ${source.byline}` : ""}
          {source.url ? (
            <>
              {" · "}
              <a className="underline" href={source.url} rel="noreferrer">
                Original article
              </a>
            </>
          ) : null}
        </p>
        {source.note ? <p className="mt-1 text-sm text-stone-500">{source.note}</p> : null}
      </PageHeader>
      <ChangeNotice notice={await searchParams} into="this source" />

      <section aria-labelledby="forecasts">
        <h2 id="forecasts" className="mb-3 text-lg font-semibold">
          Forecasts quoted from this source ({source.forecasts.length})
        </h2>
        {source.forecasts.length === 0 ? (
          <EmptyState title="No forecasts quoted from this source yet." />
        ) : (
          <div className="space-y-3">
            {source.forecasts.map((f) => (
              <ForecastCard key={f.id} forecast={f} show={{ forecaster: true, question: true }} />
            ))}
          </div>
        )}
      </section>

      {paragraphs.length > 0 ? (
        <section aria-labelledby="text">
          <h2 id="text" className="mb-3 text-lg font-semibold">
            Article text
          </h2>
          <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 font-serif leading-relaxed text-stone-800 shadow-sm">
            {paragraphs.map((parts, i) => (
              <p key={i}>{parts.map((part, j) => (part.quoted ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>))}</p>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
