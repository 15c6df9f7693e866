import Link from "next/link";
import { formatIsoDate, formatLongDate } from "@/lib/dates";
import type { ForecastView } from "@/lib/forecasts/forecast-view";
import { formatScore, formatSigned } from "@/lib/format/score";
import { forecastVerdict } from "@/lib/scoring/forecast-verdict";
import { ProbabilityText } from "./probability-text";
import { VerdictBadge } from "./verdict-badge";

/** One forecast: the verbatim quote, who said it, how likely, when and where. */
export function ForecastCard({
  forecast,
  show,
  editable = false,
}: {
  forecast: ForecastView;
  show: { forecaster?: boolean; question?: boolean; source?: boolean };
  editable?: boolean;
}) {
  return (
    <article
      id={`forecast-${forecast.id}`}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
      aria-label={`Forecast by ${forecast.forecaster.name}`}
    >
      {show.question ? (
        <p className="mb-2 text-sm font-medium">
          <Link
            href={`/questions/${forecast.question.id}`}
            className="text-stone-900 underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600"
          >
            {forecast.question.title}
          </Link>
        </p>
      ) : null}
      <blockquote className="border-l-4 border-amber-300 pl-3 font-serif text-[15px] leading-relaxed text-stone-800">“{forecast.quote}”</blockquote>
      <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {show.forecaster ? (
          <Link
            href={`/forecasters/${forecast.forecaster.slug}`}
            className="text-sm font-medium text-stone-900 underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600"
          >
            {forecast.forecaster.name}
          </Link>
        ) : null}
        <ProbabilityText forecast={forecast} />
      </div>
      <p className="mt-1 text-xs text-stone-500">
        Made <time dateTime={formatIsoDate(forecast.madeAt)}>{formatLongDate(forecast.madeAt)}</time>
        {show.source ? (
          <>
            {" · "}
            <Link href={`/sources/${forecast.source.id}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
              {forecast.source.outlet}, “{forecast.source.title}”
            </Link>{" "}
            ({formatLongDate(forecast.source.publishedAt)})
          </>
        ) : null}
      </p>
      <ScoreLine forecast={forecast} />
      {forecast.note ? <p className="mt-1 text-xs text-stone-500">Note: {forecast.note}</p> : null}
      {editable ? (
        <p className="mt-2 text-xs">
          <Link href={`/forecasts/${forecast.id}/edit`} className="underline">
            Edit or delete this forecast
          </Link>
        </p>
      ) : null}
    </article>
  );
}

/** Whether this forecast counts on its resolved question, and its score if it does. */
function ScoreLine({ forecast }: { forecast: ForecastView }) {
  const outcome = forecast.question.outcomes[0];
  if (!outcome || outcome.value === "ANNULLED") return null;
  if (forecast.score) {
    const { brier, relativeBrier } = forecast.score;
    const verdict = forecastVerdict({ probability: forecast.probability, outcome: outcome.value });
    return (
      <p className="mt-2 text-sm">
        <VerdictBadge verdict={verdict}> · outcome {outcome.value}</VerdictBadge>
        <span className="ml-2 text-xs text-stone-600">
          <Link href="/about/scoring#brier" className="underline decoration-stone-300 underline-offset-2">
            Brier
          </Link>{" "}
          <span className="tabular-nums">{formatScore(brier)}</span> (0 is perfect, 0.25 is always saying 50%)
          {relativeBrier !== null ? ` · ${formatSigned(relativeBrier)} against the median forecaster` : ""}
        </span>
      </p>
    );
  }
  const late = forecast.madeAt > outcome.resolvedAt;
  return (
    <p className="mt-2 text-xs text-stone-500">
      Not counted: {late ? "made after the outcome became known" : "a later forecast by the same forecaster counts"}.
    </p>
  );
}
