import { scaleLinear, scaleSqrt } from "d3-scale";
import type { CalibrationBin } from "@/lib/scoring/calibration";
import { formatPercent } from "@/lib/format/probability";
import { ChartFrame, PHONE_WIDTH, PhoneOrWide, percent, XAxis, YAxis } from "./frame";
import { placeLabels } from "./place-labels";

const M = { top: 30, right: 16, bottom: 52, left: 60 };
const LABEL_SIZE = 11;

/**
 * Forecast probability against how often YES happened, one dot per bin sized by its count,
 * whiskers for the 90% Wilson interval, and the diagonal of perfect calibration.
 */
export function CalibrationChart({ bins, id = "calibration" }: { bins: CalibrationBin[]; id?: string }) {
  return <PhoneOrWide phone={<CalibrationAt bins={bins} id={`${id}-phone`} width={PHONE_WIDTH} />} wide={<CalibrationAt bins={bins} id={id} width={420} />} />;
}

function CalibrationAt({ bins, id, width: W }: { bins: CalibrationBin[]; id: string; width: number }) {
  // A square plot: the diagonal at 45°.
  const H = W - M.left - M.right + M.top + M.bottom;
  const x = scaleLinear()
    .domain([0, 1])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const filled = bins.filter((b) => b.n > 0);
  const radius = scaleSqrt()
    .domain([1, Math.max(1, ...filled.map((b) => b.n))])
    .range([4, 13]);
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const description = filled.length
    ? filled
        .map(
          (b) => `Forecasts of ${percent(b.lo)}–${percent(b.hi)}: ${b.n}, averaging ${formatPercent(b.meanForecast!)}; YES in ${formatPercent(b.observed!)}.`,
        )
        .join(" ")
    : "No scored forecasts.";
  // Counts go beside their dots where there is room; the calibration table has them all.
  const counts = placeLabels({
    labels: filled.map((b) => ({ key: String(b.lo), x: x(b.meanForecast!), y: y(b.observed!), r: radius(b.n), text: `n=${b.n}` })),
    fontSize: LABEL_SIZE,
    bounds: { x0: M.left + 2, y0: M.top, x1: W, y1: H - M.bottom },
    obstacles: [],
  });
  return (
    <ChartFrame id={id} title="Calibration: forecast probability against observed frequency of YES" description={description} width={W} height={H}>
      <YAxis ticks={ticks} y={y} x0={M.left} x1={W - M.right} format={percent} label="Observed frequency of YES" labelX={16} />
      <XAxis
        ticks={ticks.map((t) => ({ at: x(t), label: percent(t) }))}
        y={H - M.bottom}
        label="Forecast probability of YES"
        labelY={H - 10}
        centre={(M.left + W - M.right) / 2}
        grid={{ y0: M.top, y1: H - M.bottom }}
      />
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="#a8a29e" strokeDasharray="5 4" />
      {/* The key sits above the plot, where no dot or count can meet it. */}
      <g fontSize={LABEL_SIZE} fill="#57534e">
        <line x1={M.left} x2={M.left + 22} y1={12} y2={12} stroke="#a8a29e" strokeDasharray="5 4" />
        <text x={M.left + 28} y={16}>
          perfect calibration
        </text>
      </g>
      {filled.map((b) => {
        const cx = x(b.meanForecast!);
        const cy = y(b.observed!);
        return (
          <g key={b.lo} data-bin={b.lo}>
            <line x1={cx} x2={cx} y1={y(b.ciLow!)} y2={y(b.ciHigh!)} stroke="#44403c" strokeWidth={1.5} />
            <line x1={cx - 5} x2={cx + 5} y1={y(b.ciLow!)} y2={y(b.ciLow!)} stroke="#44403c" strokeWidth={1.5} />
            <line x1={cx - 5} x2={cx + 5} y1={y(b.ciHigh!)} y2={y(b.ciHigh!)} stroke="#44403c" strokeWidth={1.5} />
            <circle cx={cx} cy={cy} r={radius(b.n)} fill="#1d4ed8" fillOpacity={0.85} stroke="white" strokeWidth={1.5} />
          </g>
        );
      })}
      <g fontSize={LABEL_SIZE} fill="#292524">
        {counts.map((c) => (
          <text key={c.key} x={c.x} y={c.y} textAnchor={c.anchor}>
            {c.text}
          </text>
        ))}
      </g>
    </ChartFrame>
  );
}
