import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { reviewCandidates } from "@/lib/extraction/review-candidates.server";
import { highlightSpans } from "@/lib/sources/highlight-quotes";
import { requirePageRole } from "../../../_lib/guard.server";
import { EmptyState } from "../../../_components/empty-state";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { CandidateCard } from "./candidate-card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review proposed forecasts" };

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ existing?: string }> }) {
  const { id } = await params;
  const { allowed } = await requirePageRole("ANALYST", `/sources/${id}/review`);
  if (!allowed) return <NotAllowed role="analyst" doing="review articles" />;
  const review = await reviewCandidates({ db: db(), sourceId: id });
  if (!review) notFound();
  const { source, items, notice } = review;
  const pending = items.filter((i) => i.status === "pending").length;
  const paragraphs = source.text
    ? highlightSpans(
        source.text,
        items.map((c, i) => ({ start: c.start, end: c.end, label: String(i + 1) })),
      )
    : [];
  const numbered = new Set<string>(); // a candidate that runs over two paragraphs is numbered once
  return (
    <div className="space-y-8">
      <PageHeader
        title="Review proposed forecasts"
        eyebrow={
          <Link href={`/sources/${source.id}`} className="underline">
            {source.title}
          </Link>
        }
      >
        <p className="text-sm">
          {source.outlet} · {formatLongDate(source.publishedAt)}
        </p>
        {(await searchParams).existing ? (
          <p role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            This text was added before; here is its review.
          </p>
        ) : null}
        {notice ? null : (
          <p className="mt-2 text-sm">
            {items.length} proposed, {pending} still to decide. Accepted ones become forecasts on this source.
          </p>
        )}
      </PageHeader>
      {notice ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notice}
        </p>
      ) : items.length === 0 ? (
        <EmptyState title="No forecasts were found in this text.">
          Log forecasts by hand from a question's page if the article has some the assistant missed.
        </EmptyState>
      ) : (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="candidates" className="space-y-4">
            <h2 id="candidates" className="text-lg font-semibold">
              Proposed forecasts
            </h2>
            {items.map((c, i) => (
              <CandidateCard key={`${c.start}:${c.end}`} sourceId={source.id} candidate={{ ...c, index: i + 1 }} />
            ))}
          </section>
          <section aria-labelledby="text" className="lg:sticky lg:top-4 lg:self-start">
            <h2 id="text" className="mb-3 text-lg font-semibold">
              Article text
            </h2>
            <section
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
              tabIndex={0}
              aria-label="Article text, scrollable"
              className="max-h-[80vh] space-y-3 overflow-y-auto rounded-lg border border-stone-200 bg-white p-5 font-serif leading-relaxed text-stone-800 shadow-sm"
            >
              {paragraphs.map((parts, p) => (
                <p key={p}>
                  {parts.map((part, j) =>
                    part.quoted ? (
                      <mark key={j} id={numbered.has(part.label!) ? undefined : `candidate-${part.label}`}>
                        {numbered.has(part.label!) ? null : (
                          <sup className="mr-0.5 font-sans text-xs font-semibold">{(numbered.add(part.label!), part.label)}</sup>
                        )}
                        {part.text}
                      </mark>
                    ) : (
                      <span key={j}>{part.text}</span>
                    ),
                  )}
                </p>
              ))}
            </section>
          </section>
        </div>
      )}
    </div>
  );
}
