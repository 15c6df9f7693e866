import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { formatIsoDate } from "@/lib/dates";
import { requirePageRole } from "../../../_lib/guard.server";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { EditQuestionForm } from "./edit-question-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { allowed } = await requirePageRole("ANALYST", `/questions/${id}/edit`);
  if (!allowed) return <NotAllowed role="analyst" doing="edit questions" />;
  const question = await db().question.findUnique({ where: { id } });
  if (!question) notFound();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Edit question"
        eyebrow={
          <Link href={`/questions/${id}`} className="underline">
            {question.title}
          </Link>
        }
      />
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <EditQuestionForm
          question={{ id, title: question.title, criteria: question.criteria, deadline: formatIsoDate(question.deadline), tags: question.tags.join(", ") }}
        />
      </div>
    </div>
  );
}
