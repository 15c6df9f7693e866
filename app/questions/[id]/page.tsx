import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { hasRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatIsoDate, formatLongDate, todayUtc } from "@/lib/dates";
import { getQuestionPage } from "@/lib/questions/get-question.server";
import { questionState } from "@/lib/questions/question-state";
import { QuestionTimeline } from "../../_components/charts/question-timeline";
import { EmptyState } from "../../_components/empty-state";
import { ForecastCard } from "../../_components/forecast-card";
import { PageHeader } from "../../_components/page-header";
import { Pager } from "../../_components/pager";
import { StatusBadge } from "../../_components/status-badge";
import { pageNumber } from "../../_lib/page-number";
import { currentActor } from "../../_lib/session.server";
import { ArchiveQuestionForm, DeleteQuestionForm } from "./archive-forms";
import { ForecastForm } from "./forecast-form";
import { SetOutcomeForm, UndoOutcomeForm } from "./outcome-forms";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

// Metadata and page share one query per request.
const loadQuestion = cache((id: string, page: number) => getQuestionPage({ db: db(), id, page }));

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Promise<{ page?: string }> }): Promise<Metadata> {
  const loaded = await loadQuestion((await params).id, pageNumber((await searchParams).page));
  return { title: loaded?.question.title ?? "Question not found" };
}

export default async function QuestionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{
    created?: string;
    deleted?: string;
    saved?: string;
    from?: string;
    archived?: string;
    restored?: string;
    outcome?: string;
    edited?: string;
    page?: string;
  }>;
}) {
  const notice = await searchParams;
  const loaded = await loadQuestion((await params).id, pageNumber(notice.page));
  if (!loaded) notFound();
  const { question, points, forecasts } = loaded;
  const actor = await currentActor();
  const canLog = hasRole(actor, "ANALYST");
  const canResolve = hasRole(actor, "EDITOR");
  const current = question.outcomes.find((o) => o.replacedAt === null) ?? null;
  const history = question.outcomes.filter((o) => o.replacedAt !== null);
  return (
    <div className="space-y-8">
      <PageHeader
        title={question.title}
        eyebrow={
          <>
            <Link href="/questions" className="underline">
              Questions
            </Link>
            {canLog ? (
              <>
                {" "}
                ·{" "}
                <Link href={`/questions/${question.id}/edit`} className="underline">
                  Edit question
                </Link>
              </>
            ) : null}
          </>
        }
      >
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge state={questionState(question)} outcome={current?.value} />
          <span>Deadline {formatLongDate(question.deadline)}</span>
          {question.tags.map((tag) => (
            <Link
              key={tag}
              href={`/topics/${encodeURIComponent(tag)}`}
              className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700 underline decoration-stone-300 underline-offset-2"
            >
              {tag}
            </Link>
          ))}
        </div>
      </PageHeader>

      {notice.created ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Question created. Log the forecasts made about it below.
        </p>
      ) : null}
      {notice.deleted ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Forecast deleted.
        </p>
      ) : null}
      {question.archivedAt ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Archived {formatLongDate(question.archivedAt)}
          {question.archivedBy ? ` by ${question.archivedBy.name}` : ""}: this question is not listed and does not count in any score.
        </p>
      ) : null}
      {notice.archived && question.archivedAt ? <Notice>Question archived. It no longer appears in lists or scores.</Notice> : null}
      {notice.restored && !question.archivedAt ? <Notice>Question restored. It is listed and scored again.</Notice> : null}
      {notice.edited ? <Notice>Changes to the question saved.</Notice> : null}
      {notice.saved ? <SavedNotice forecastId={notice.saved} from={notice.from} /> : null}
      <section aria-labelledby="criteria">
        <h2 id="criteria" className="mb-1 text-sm font-semibold uppercase tracking-wide text-stone-500">
          Resolution criteria
        </h2>
        <p className="max-w-3xl text-stone-800">{question.criteria}</p>
      </section>

      <section aria-labelledby="outcome" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="outcome" className="mb-2 text-lg font-semibold">
          Outcome
        </h2>
        {notice.outcome === "saved" && current ? <Notice>Outcome saved; scores are updated.</Notice> : null}
        {notice.outcome === "undone" && !current ? <Notice>Outcome undone; the question is open again.</Notice> : null}
        {current ? (
          <div>
            <p>
              <strong className="text-xl">{current.value}</strong>{" "}
              <span className="text-stone-500">
                · known {formatLongDate(current.resolvedAt)} · set by {current.setBy.name}
              </span>
            </p>
            {current.note ? <p className="mt-2 max-w-3xl text-sm text-stone-700">{current.note}</p> : null}
            {current.evidenceUrl ? (
              <p className="mt-1 text-sm">
                <a className="underline" href={current.evidenceUrl} rel="noreferrer">
                  Evidence
                </a>
              </p>
            ) : null}
          </div>
        ) : (
          <p className="text-stone-600">
            {questionState(question) === "awaiting" ? "The deadline has passed; this question awaits an editor's resolution." : "Not resolved yet."}
          </p>
        )}
        {canResolve ? (
          <div id="resolve" className="mt-4 grid gap-6 border-t border-stone-200 pt-4 md:grid-cols-2">
            {/* Keyed by version: after any outcome change the forms start afresh, with no earlier message. */}
            <SetOutcomeForm
              key={`set-${question.version}`}
              questionId={question.id}
              version={question.version}
              current={current ? { ...current, resolvedAt: formatIsoDate(current.resolvedAt) } : null}
              today={formatIsoDate(todayUtc())}
            />
            {current ? <UndoOutcomeForm key={`undo-${question.version}`} questionId={question.id} version={question.version} /> : null}
          </div>
        ) : null}
        {history.length > 0 ? (
          <details className="mt-3 text-sm" open={canResolve}>
            <summary className="cursor-pointer text-stone-600">
              Outcome history: {history.length} earlier {history.length === 1 ? "outcome" : "outcomes"}
            </summary>
            <ul className="mt-2 space-y-1">
              {history.map((o) => (
                <li key={o.id}>
                  {o.value} (known {formatLongDate(o.resolvedAt)}), set by {o.setBy.name}; replaced {o.replacedAt ? formatLongDate(o.replacedAt) : ""}
                  {o.replacedBy ? ` by ${o.replacedBy.name}` : ""}
                  {o.replaceReason ? `: ${o.replaceReason}` : ""}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {points.length > 0 ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline" className="mb-2 text-lg font-semibold">
            Timeline
          </h2>
          <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
            <QuestionTimeline
              deadline={question.deadline}
              outcome={current}
              points={points.map((p) => ({
                forecaster: p.forecaster,
                madeAt: p.madeAt,
                probability: p.probability,
                counted: current === null || current.value === "ANNULLED" || p.scored,
              }))}
            />
          </div>
          {current && current.value !== "ANNULLED" ? (
            <p className="mt-2 text-sm text-stone-500">
              Hollow markers are forecasts that do not count: a later one by the same forecaster does, or they were made after the outcome became known.
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="forecasts">
        <h2 id="forecasts" className="mb-3 text-lg font-semibold">
          Forecasts ({forecasts.total})
        </h2>
        {forecasts.total === 0 ? (
          <EmptyState title="No forecasts on this question yet." />
        ) : (
          <div className="space-y-3">
            {forecasts.items.map((f) => (
              <ForecastCard key={f.id} forecast={f} show={{ forecaster: true, source: true }} editable={canLog} />
            ))}
          </div>
        )}
        <Pager
          label="Pages of forecasts"
          page={forecasts.page}
          pageCount={forecasts.pageCount}
          href={(page) => `/questions/${question.id}${page > 1 ? `?page=${page}` : ""}#forecasts`}
          words={["← Earlier", "Later →"]}
        />
      </section>

      {canResolve ? (
        <section aria-labelledby="manage" className="rounded-lg border border-red-200 bg-white p-4 shadow-sm">
          <h2 id="manage" className="mb-3 text-lg font-semibold">
            {question.archivedAt ? "Restore" : "Archive or delete"}
          </h2>
          <div className="grid gap-6 md:grid-cols-2">
            <ArchiveQuestionForm questionId={question.id} archived={question.archivedAt !== null} />
            {forecasts.total === 0 ? <DeleteQuestionForm questionId={question.id} title={question.title} /> : null}
          </div>
        </section>
      ) : null}

      {canLog && !question.archivedAt ? (
        <section aria-labelledby="log" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h2 id="log" className="mb-3 text-lg font-semibold">
            Log a forecast
          </h2>
          <ForecastForm questionId={question.id} />
        </section>
      ) : null}
    </div>
  );
}

/** After an edit: what was saved, and where the forecast came from when it was moved here. */
async function SavedNotice({ forecastId, from }: { forecastId: string; from?: string }) {
  const [forecast, origin] = await Promise.all([
    db().forecast.findUnique({ where: { id: forecastId }, select: { forecaster: { select: { name: true } } } }),
    from ? db().question.findUnique({ where: { id: from }, select: { id: true, title: true } }) : null,
  ]);
  if (!forecast) return null;
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      Forecast by {forecast.forecaster.name} saved
      {origin ? (
        <>
          {" "}
          and moved here from{" "}
          <Link href={`/questions/${origin.id}`} className="underline">
            {origin.title}
          </Link>
        </>
      ) : null}
      .{" "}
      <a href={`#forecast-${forecastId}`} className="underline">
        See it below
      </a>
      .
    </p>
  );
}

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}
