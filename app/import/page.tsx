import type { Metadata } from "next";
import Link from "next/link";
import { CSV_COLUMNS } from "@/lib/import/csv-columns";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-import-body.server";
import { NotAllowed } from "../_components/not-allowed";
import { PageHeader } from "../_components/page-header";
import { requirePageRole } from "../_lib/guard.server";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const { allowed } = await requirePageRole("ANALYST", "/import");
  if (!allowed) return <NotAllowed role="analyst" doing="import data" />;
  return (
    <div className="max-w-5xl">
      <PageHeader title="Import forecasts">
        Upload or paste a CSV of forecasts, or a JSON export of Hindsight. It is checked first and nothing is written until you confirm; then all of it is
        imported, or nothing. What already exists (same question and deadline, forecaster, source, quote) is matched, not duplicated. Outcomes need the editor
        role. Up to {MAX_IMPORT_BYTES / 1024 / 1024} MB.
      </PageHeader>
      <p className="mb-4 text-sm text-stone-600">
        Columns: <code className="text-xs">{CSV_COLUMNS.join(", ")}</code>.{" "}
        <a href="/import/template.csv" download className="font-medium text-sky-700 underline">
          Download the CSV template
        </a>{" "}
        (one example row) ·{" "}
        <Link href="/api-docs" className="text-sky-700 underline">
          API reference
        </Link>
      </p>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <ImportForm />
      </div>
    </div>
  );
}
