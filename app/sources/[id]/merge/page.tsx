import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { MergeForm } from "../../../_components/merge-form";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { requirePageRole } from "../../../_lib/guard.server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Merge sources" };

export default async function MergeSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { allowed } = await requirePageRole("EDITOR", `/sources/${id}/merge`);
  if (!allowed) return <NotAllowed role="editor" doing="merge sources" />;
  const source = await db().source.findUnique({ where: { id }, select: { id: true, outlet: true, title: true } });
  if (!source) notFound();
  const label = `${source.outlet}, “${source.title}”`;
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Merge another source into this one"
        eyebrow={
          <Link href={`/sources/${id}`} className="underline">
            {label}
          </Link>
        }
      >
        <p className="text-sm">For two records of the same article. This one is kept.</p>
      </PageHeader>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <MergeForm kind="source" keep={{ id: source.id, label }} />
      </div>
    </div>
  );
}
