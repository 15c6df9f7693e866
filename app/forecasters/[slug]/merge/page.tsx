import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { MergeForm } from "../../../_components/merge-form";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { requirePageRole } from "../../../_lib/guard.server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Merge forecasters" };

export default async function MergeForecasterPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { allowed } = await requirePageRole("EDITOR", `/forecasters/${slug}/merge`);
  if (!allowed) return <NotAllowed role="editor" doing="merge forecasters" />;
  const forecaster = await db().forecaster.findUnique({ where: { slug } });
  if (!forecaster) notFound();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title={`Merge another forecaster into ${forecaster.name}`}
        eyebrow={
          <Link href={`/forecasters/${slug}`} className="underline">
            {forecaster.name}
          </Link>
        }
      >
        <p className="text-sm">For two records of the same person or body. {forecaster.name} is the one kept.</p>
      </PageHeader>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <MergeForm kind="forecaster" keep={{ id: forecaster.id, label: forecaster.name }} />
      </div>
    </div>
  );
}
