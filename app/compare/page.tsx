import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.server";
import { formatPercent } from "@/lib/format/probability";
import { formatScore } from "@/lib/format/score";
import { compareForecasters } from "@/lib/forecasters/compare-forecasters.server";
import { EmptyState } from "../_components/empty-state";
import { PageHeader } from "../_components/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Head to head" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const slugA = typeof params.a === "string" ? params.a : "";
  const slugB = typeof params.b === "string" ? params.b : "";
  if (!slugA || !slugB || slugA === slugB) {
    return (
      <div>
        <PageHeader title="Head to head">Two forecasters side by side on the questions both forecast.</PageHeader>
        <EmptyState title="Choose two different forecasters.">
          Open a forecaster&apos;s page from the{" "}
          <Link href="/forecasters" className="underline">
            leaderboard
          </Link>{" "}
          and follow &ldquo;compare with …&rdquo;.
        </EmptyState>
      </div>
    );
  }
  const { a, b, comparison } = await compareForecasters({ db: db(), slugA, slugB });
  if (!a || !b || !comparison) {
    return (
      <div>
        <PageHeader title="Head to head" />
        <EmptyState title={`There is no forecaster "${!a ? slugA : slugB}".`}>
          Pick one from the{" "}
          <Link href="/forecasters" className="underline">
            leaderboard
          </Link>
          .
        </EmptyState>
      </div>
    );
  }
  const { totals } = comparison;
  const closerName = (c: "a" | "b" | "tie") => (c === "a" ? a.name : c === "b" ? b.name : "Equally close");
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${a.name} vs ${b.name}`}
        eyebrow={
          <Link href="/forecasters" className="underline">
            Forecasters
          </Link>
        }
      >
        On the resolved questions both forecast (the forecast that counts for each). Closer means the probability nearer to what happened: the lower{" "}
        <Link href="/about/scoring#brier" className="underline">
          Brier score
        </Link>
        .
      </PageHeader>
      {totals.shared === 0 ? (
        <EmptyState title="They have no resolved question in common." />
      ) : (
        <>
          <section aria-labelledby="totals" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 id="totals" className="mb-2 text-lg font-semibold">
              In all
            </h2>
            <p>
              Over {totals.shared} shared {totals.shared === 1 ? "question" : "questions"}:{" "}
              <strong>
                {a.name} was closer on {totals.aCloser}
              </strong>
              ,{" "}
              <strong>
                {b.name} on {totals.bCloser}
              </strong>
              {totals.ties > 0 ? `, and ${totals.ties} ${totals.ties === 1 ? "was a tie" : "were ties"}` : ""}.
            </p>
            <p className="mt-1 text-sm text-stone-700">
              Average Brier on these questions: {a.name} {formatScore(totals.meanBrierA)}, {b.name} {formatScore(totals.meanBrierB)} (lower is better).
            </p>
          </section>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Each shared question: both probabilities, the outcome and who was closer</caption>
              <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Question
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {a.name}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {b.name}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Outcome
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Closer
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 tabular-nums">
                {comparison.rows.map((r) => (
                  <tr key={r.questionId}>
                    <th scope="row" className="px-3 py-2 font-normal">
                      <Link href={`/questions/${r.questionId}`} className="underline decoration-stone-300 underline-offset-2">
                        {r.title}
                      </Link>
                    </th>
                    <td className="px-3 py-2 text-right">{formatPercent(r.probabilityA)}</td>
                    <td className="px-3 py-2 text-right">{formatPercent(r.probabilityB)}</td>
                    <td className="px-3 py-2">{r.outcome === 1 ? "YES" : "NO"}</td>
                    <td className="px-3 py-2 font-medium">{closerName(r.closer)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
