import { formatBand, formatPercent } from "@/lib/format/probability";

type Forecast = {
  phrase: string | null;
  phraseRefersTo: "YES" | "NO";
  probability: number;
  probabilitySource: "STATED" | "SCALE" | "JUDGEMENT";
  scale: string | null;
  low: number | null;
  high: number | null;
};

const HOW: Record<Forecast["probabilitySource"], string> = {
  STATED: "stated by the forecaster",
  SCALE: "read from the phrase",
  JUDGEMENT: "analyst's judgement",
};

/** "“little chance” → 12.5% YES (read from the phrase on ICD-203, band 5–20%)" */
export function ProbabilityText({ forecast }: { forecast: Forecast }) {
  const band = forecast.low !== null && forecast.high !== null ? `, band ${formatBand(forecast.low, forecast.high)}` : "";
  return (
    <span className="text-sm text-stone-700">
      {forecast.phrase ? <span className="italic">“{forecast.phrase}”</span> : null}
      {forecast.phrase ? " → " : null}
      <strong className="font-semibold tabular-nums text-stone-900">{formatPercent(forecast.probability)}</strong> YES
      <span className="text-stone-500">
        {" "}
        ({HOW[forecast.probabilitySource]}
        {forecast.scale ? ` on ${forecast.scale}` : ""}
        {band}
        {forecast.phraseRefersTo === "NO" ? "; the phrase speaks of NO" : ""})
      </span>
    </span>
  );
}
