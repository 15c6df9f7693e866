import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.server";
import { listTopics } from "@/lib/questions/list-topics.server";
import { EmptyState } from "../_components/empty-state";
import { PageHeader } from "../_components/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await listTopics({ db: db() });
  return (
    <div>
      <PageHeader title="Topics">Questions grouped by topic, each with its own leaderboard.</PageHeader>
      {topics.length === 0 ? (
        <EmptyState title="No question has a topic yet." />
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label="Topics">
          {topics.map((t) => (
            <li key={t.tag} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
              <Link href={`/topics/${encodeURIComponent(t.tag)}`} className="font-medium underline decoration-stone-300 underline-offset-2">
                {t.tag}
              </Link>
              <p className="mt-1 text-xs text-stone-600">
                {t.total} {t.total === 1 ? "question" : "questions"} · {t.open} open · {t.resolved} resolved
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
