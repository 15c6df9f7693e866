import type { Metadata } from "next";
import { requirePageRole } from "../../_lib/guard.server";
import { NotAllowed } from "../../_components/not-allowed";
import { PageHeader } from "../../_components/page-header";
import { SourceForm } from "./source-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add an article" };

export default async function NewSourcePage() {
  const { allowed } = await requirePageRole("ANALYST", "/sources/new");
  if (!allowed) return <NotAllowed role="analyst" doing="add articles" />;
  return (
    <div className="max-w-3xl">
      <PageHeader title="Add an article">
        Paste an article: Hindsight keeps its text, proposes the forecasts it finds in it, and you accept or turn down each one.
      </PageHeader>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <SourceForm />
      </div>
    </div>
  );
}
