import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { formatIsoDate } from "@/lib/dates";
import { requirePageRole } from "../../../_lib/guard.server";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { EditSourceForm } from "./edit-source-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { allowed } = await requirePageRole("ANALYST", `/sources/${id}/edit`);
  if (!allowed) return <NotAllowed role="analyst" doing="edit sources" />;
  const source = await db().source.findUnique({ where: { id }, omit: { text: true } });
  if (!source) notFound();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Edit source"
        eyebrow={
          <Link href={`/sources/${id}`} className="underline">
            {source.title}
          </Link>
        }
      />
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <EditSourceForm source={{ ...source, publishedAt: formatIsoDate(source.publishedAt) }} />
      </div>
    </div>
  );
}
