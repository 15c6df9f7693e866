import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { requirePageRole } from "../../../_lib/guard.server";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { EditForecasterForm } from "./edit-forecaster-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit forecaster" };

export default async function EditForecasterPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { allowed } = await requirePageRole("ANALYST", `/forecasters/${slug}/edit`);
  if (!allowed) return <NotAllowed role="analyst" doing="edit forecasters" />;
  const forecaster = await db().forecaster.findUnique({ where: { slug } });
  if (!forecaster) notFound();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Edit forecaster"
        eyebrow={
          <Link href={`/forecasters/${slug}`} className="underline">
            {forecaster.name}
          </Link>
        }
      />
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <EditForecasterForm forecaster={forecaster} />
      </div>
    </div>
  );
}
