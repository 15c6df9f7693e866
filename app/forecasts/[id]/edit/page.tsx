import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { formatIsoDate } from "@/lib/dates";
import { getForecast } from "@/lib/forecasts/get-forecast.server";
import { requirePageRole } from "../../../_lib/guard.server";
import { NotAllowed } from "../../../_components/not-allowed";
import { PageHeader } from "../../../_components/page-header";
import { DeleteForecastForm, EditForecastForm } from "./edit-forecast-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit forecast" };

export default async function EditForecastPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { allowed } = await requirePageRole("ANALYST", `/forecasts/${id}/edit`);
  if (!allowed) return <NotAllowed role="analyst" doing="edit forecasts" />;
  const forecast = await getForecast({ db: db(), id });
  if (!forecast) notFound();
  return (
    <div className="max-w-2xl space-y-8">
      <PageHeader
        title={`Forecast by ${forecast.forecaster.name}`}
        eyebrow={
          <Link href={`/questions/${forecast.question.id}`} className="underline">
            {forecast.question.title}
          </Link>
        }
      >
        <p className="text-sm">
          From {forecast.source.outlet}, “{forecast.source.title}”.
        </p>
      </PageHeader>
      <section className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <EditForecastForm
          forecast={{
            ...forecast,
            madeAt: formatIsoDate(forecast.madeAt),
            source: { ...forecast.source, publishedAt: formatIsoDate(forecast.source.publishedAt) },
          }}
        />
      </section>
      <section aria-labelledby="delete" className="rounded-lg border border-red-200 bg-white p-5 shadow-sm">
        <h2 id="delete" className="mb-2 font-semibold">
          Delete
        </h2>
        <DeleteForecastForm forecastId={forecast.id} />
      </section>
    </div>
  );
}
