import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { db } from "@/lib/db/client.server";
import { listForecasters } from "@/lib/forecasters/list-forecasters.server";
import { EmptyState } from "../_components/empty-state";
import { ListSkeleton } from "../_components/list-skeleton";
import { PageHeader } from "../_components/page-header";
import { KIND_LABEL } from "../_components/forecaster-kind";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Forecasters" };

export default function ForecastersPage() {
  return (
    <div>
      <PageHeader title="Forecasters">People, organisations and unnamed groups whose forecasts are on record.</PageHeader>
      <Suspense fallback={<ListSkeleton />}>
        <ForecastersList />
      </Suspense>
    </div>
  );
}

async function ForecastersList() {
  const forecasters = await listForecasters({ db: db() });
  return (
    <>
      {forecasters.length === 0 ? (
        <EmptyState title="No forecasters yet.">They appear once a forecast is logged.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Forecaster</th>
                <th scope="col" className="px-4 py-2 font-medium">Kind</th>
                <th scope="col" className="px-4 py-2 font-medium">Affiliation</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Forecasts</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {forecasters.map((f) => (
                <tr key={f.id}>
                  <td className="px-4 py-2">
                    <Link href={`/forecasters/${f.slug}`} className="font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
                      {f.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2 text-stone-600">{KIND_LABEL[f.kind]}</td>
                  <td className="px-4 py-2 text-stone-600">{f.affiliation ?? "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{f.forecastCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
