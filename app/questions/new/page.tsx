import type { Metadata } from "next";
import { requirePageRole } from "../../_lib/guard.server";
import { NotAllowed } from "../../_components/not-allowed";
import { PageHeader } from "../../_components/page-header";
import { QuestionForm } from "./question-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage() {
  const { allowed } = await requirePageRole("ANALYST", "/questions/new");
  if (!allowed) return <NotAllowed role="analyst" doing="create questions" />;
  return (
    <div className="max-w-2xl">
      <PageHeader title="New question">Then log the forecasts made about it from its page.</PageHeader>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <QuestionForm />
      </div>
    </div>
  );
}
