import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { leaderboardQuery } from "@/lib/forecasters/leaderboard-query";
import { rankForecasters } from "@/lib/forecasters/rank-forecasters.server";
import { listTopicQuestions } from "@/lib/questions/list-topic-questions.server";
import { BrierNote, BrierRanking, ShortRecordNote } from "../../_components/brier-ranking";
import { EmptyState } from "../../_components/empty-state";
import { PageHeader } from "../../_components/page-header";
import { QuestionCards } from "../../_components/question-cards";

export const dynamic = "force-dynamic";

type Params = Promise<{ tag: string }>;

/** A topic's leaderboard ranks forecasters with at least this many of its questions resolved. */
const MIN_RESOLVED = 1;

/** The tag as written; a malformed escape is kept as it came rather than failing the page. */
function readTag(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Topic: ${readTag((await params).tag)}` };
}

export default async function TopicPage({ params }: { params: Params }) {
  const tag = readTag((await params).tag);
  const parsed = leaderboardQuery.safeParse({ tag });
  if (!parsed.success) notFound();
  const [questions, board] = await Promise.all([
    listTopicQuestions({ db: db(), tag }),
    rankForecasters({ db: db(), query: parsed.data, minResolved: MIN_RESOLVED, pageSize: 20 }),
  ]);
  if (questions.open.length === 0 && questions.resolved.length === 0) notFound();
  return (
    <div className="space-y-8">
      <PageHeader
        title={`Topic: ${tag}`}
        eyebrow={
          <Link href="/topics" className="underline">
            Topics
          </Link>
        }
      >
        Open and resolved questions tagged &ldquo;{tag}&rdquo;, and who forecast them best.
      </PageHeader>
      <section aria-labelledby="topic-board">
        <h2 id="topic-board" className="mb-1 text-lg font-semibold">
          Leaderboard on this topic
        </h2>
        <BrierNote> on this topic&apos;s resolved questions</BrierNote>
        {board.items.length === 0 ? (
          <EmptyState title="No forecast on this topic has been scored yet." />
        ) : (
          <>
            <BrierRanking label={`Leaderboard: ${tag}`} items={board.items} />
            <ShortRecordNote items={board.items} />
          </>
        )}
      </section>
      <div className="grid gap-8 md:grid-cols-2">
        <QuestionSection id="topic-open" title={`Open questions (${questions.open.length})`} questions={questions.open} />
        <QuestionSection id="topic-resolved" title={`Resolved questions (${questions.resolved.length})`} questions={questions.resolved} />
      </div>
    </div>
  );
}

function QuestionSection({ id, title, questions }: { id: string; title: string; questions: Parameters<typeof QuestionCards>[0]["questions"] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {questions.length === 0 ? <p className="text-sm text-stone-600">None.</p> : <QuestionCards questions={questions} />}
    </section>
  );
}
