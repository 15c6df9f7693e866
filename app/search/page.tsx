import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { searchEverythingQuery } from "@/lib/search/search-everything-query";
import { type SearchGroup, searchEverything } from "@/lib/search/search-everything.server";
import { EmptyState } from "../_components/empty-state";
import { KIND_LABEL } from "../_components/forecaster-kind";
import { PageHeader } from "../_components/page-header";
import { SiteSearch } from "../_components/site-search";
import { StatusBadge } from "../_components/status-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const linkClass = "font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600";

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const given = (await searchParams).q;
  // A bad query (too long, a control character) is shown as no search rather than an error page.
  const q = searchEverythingQuery.safeParse({ q: typeof given === "string" ? given : "" }).data?.q ?? "";
  const found = await searchEverything({ db: db(), q });
  const groups = [found.forecasters, found.questions, found.quotes, found.outlets, found.sources];
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return (
    <div>
      <PageHeader title="Search">
        Questions, forecasters, outlets, articles and quotes. Spelling need not be exact: “Vladivostock” finds Vladivostok.
      </PageHeader>
      <div className="mb-6">
        <SiteSearch id="search-page-box" label="Search again" defaultValue={q} />
      </div>
      {!found.term ? (
        <EmptyState title="Type what you are looking for.">A name (“Kim Dong-yub”), a place (“Vladivostok”), an outlet or words from a quote.</EmptyState>
      ) : total === 0 ? (
        <EmptyState title={`Nothing matches “${q.trim()}”.`}>Try fewer words, or another spelling of a name.</EmptyState>
      ) : (
        <Results found={found} total={total} />
      )}
    </div>
  );
}

function Results({ found, total }: { found: Awaited<ReturnType<typeof searchEverything>>; total: number }) {
  return (
    <div className="space-y-8">
      <p className="text-sm text-stone-600" aria-live="polite">
        {total} {total === 1 ? "match" : "matches"} for “{found.term}”.
      </p>
      <Group title="Forecasters" group={found.forecasters}>
        {(f) => (
          <li key={f.slug} className="p-4">
            <Link href={`/forecasters/${f.slug}`} className={linkClass}>
              {f.name}
            </Link>
            <p className="mt-1 text-xs text-stone-600">
              {KIND_LABEL[f.kind]}
              {f.affiliation ? ` · ${f.affiliation}` : ""}
              {f.alias ? ` · formerly recorded as “${f.alias}”` : ""}
            </p>
          </li>
        )}
      </Group>
      <Group title="Questions" group={found.questions}>
        {(question) => (
          <li key={question.id} className="flex flex-wrap items-start justify-between gap-2 p-4">
            <Link href={`/questions/${question.id}`} className={linkClass}>
              {question.title}
            </Link>
            <StatusBadge state={question.state} />
          </li>
        )}
      </Group>
      <Group title="Quotes" group={found.quotes}>
        {(quote) => (
          <li key={quote.forecastId} className="p-4">
            <blockquote className="text-sm text-stone-800">“{quote.quote}”</blockquote>
            <p className="mt-1 text-xs text-stone-600">
              <Link href={`/forecasters/${quote.forecasterSlug}`} className="underline">
                {quote.forecasterName}
              </Link>{" "}
              on{" "}
              <Link href={`/questions/${quote.questionId}`} className="underline">
                {quote.questionTitle}
              </Link>
            </p>
          </li>
        )}
      </Group>
      <Group title="Outlets" group={found.outlets}>
        {(o) => (
          <li key={o.outlet} className="p-4">
            <Link href={`/questions?outlet=${encodeURIComponent(o.outlet)}`} className={linkClass}>
              {o.outlet}
            </Link>
            <span className="ml-2 text-xs text-stone-600">
              {o.sources} {o.sources === 1 ? "article" : "articles"}
            </span>
          </li>
        )}
      </Group>
      <Group title="Articles" group={found.sources}>
        {(s) => (
          <li key={s.id} className="p-4">
            <Link href={`/sources/${s.id}`} className={linkClass}>
              {s.title}
            </Link>
            <p className="mt-1 text-xs text-stone-600">
              {s.outlet} · {formatLongDate(new Date(s.publishedAt))}
            </p>
          </li>
        )}
      </Group>
    </div>
  );
}

function Group<T>({ title, group, children }: { title: string; group: SearchGroup<T>; children: (item: T) => ReactNode }) {
  if (group.total === 0) return null;
  const count = group.more ? `${group.total}+` : String(group.total);
  return (
    <section aria-labelledby={`search-${title}`}>
      <h2 id={`search-${title}`} className="mb-2 text-lg font-semibold text-stone-900">
        {title} <span className="text-sm font-normal text-stone-600">({count})</span>
      </h2>
      {group.items.length < group.total ? (
        <p className="mb-2 text-xs text-stone-600">
          The best {group.items.length} of {count}.
        </p>
      ) : null}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white shadow-sm">{group.items.map(children)}</ul>
    </section>
  );
}
