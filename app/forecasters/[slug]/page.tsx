import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { getForecaster } from "@/lib/forecasters/get-forecaster.server";
import { EmptyState } from "../../_components/empty-state";
import { ForecastCard } from "../../_components/forecast-card";
import { KIND_LABEL } from "../../_components/forecaster-kind";
import { PageHeader } from "../../_components/page-header";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const forecaster = await getForecaster({ db: db(), slug: (await params).slug });
  return { title: forecaster?.name ?? "Forecaster not found" };
}

export default async function ForecasterPage({ params }: { params: Params }) {
  const forecaster = await getForecaster({ db: db(), slug: (await params).slug });
  if (!forecaster) notFound();
  return (
    <div className="space-y-6">
      <PageHeader title={forecaster.name} eyebrow={<Link href="/forecasters" className="underline">Forecasters</Link>}>
        <p className="text-sm">
          {KIND_LABEL[forecaster.kind]}
          {forecaster.affiliation ? ` · ${forecaster.affiliation}` : ""}
        </p>
        {forecaster.description ? <p className="mt-1">{forecaster.description}</p> : null}
      </PageHeader>
      <section aria-labelledby="forecasts">
        <h2 id="forecasts" className="mb-3 text-lg font-semibold">Forecasts ({forecaster.forecasts.length})</h2>
        {forecaster.forecasts.length === 0 ? (
          <EmptyState title="No forecasts on record." />
        ) : (
          <div className="space-y-3">
            {forecaster.forecasts.map((f) => (
              <ForecastCard key={f.id} forecast={f} show={{ question: true, source: true }} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
