import { scaleLinear, scaleSqrt } from "d3-scale";
import type { CalibrationBin } from "@/lib/scoring/calibration";
import { formatPercent } from "@/lib/format/probability";
import { ChartFrame, percent, XAxis, YAxis } from "./frame";

const W = 420;
const H = 400;
const M = { top: 16, right: 16, bottom: 52, left: 60 };

/**
 * Forecast probability against how often YES happened, one dot per bin sized by its count,
 * whiskers for the 90% Wilson interval, and the diagonal of perfect calibration.
 */
export function CalibrationChart({ bins, id = "calibration" }: { bins: CalibrationBin[]; id?: string }) {
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
      <text x={x(0.72)} y={y(0.72) - 8} fontSize={11} fill="#78716c" transform={`rotate(-42 ${x(0.72)} ${y(0.72) - 8})`}>
        perfect calibration
      </text>
      {filled.map((b) => {
        const cx = x(b.meanForecast!);
        const cy = y(b.observed!);
        return (
          <g key={b.lo} data-bin={b.lo}>
            <line x1={cx} x2={cx} y1={y(b.ciLow!)} y2={y(b.ciHigh!)} stroke="#44403c" strokeWidth={1.5} />
            <line x1={cx - 5} x2={cx + 5} y1={y(b.ciLow!)} y2={y(b.ciLow!)} stroke="#44403c" strokeWidth={1.5} />
            <line x1={cx - 5} x2={cx + 5} y1={y(b.ciHigh!)} y2={y(b.ciHigh!)} stroke="#44403c" strokeWidth={1.5} />
            <circle cx={cx} cy={cy} r={radius(b.n)} fill="#1d4ed8" fillOpacity={0.85} stroke="white" strokeWidth={1.5} />
            <text x={cx + radius(b.n) + 4} y={cy - 4} fontSize={11} fill="#292524">
              n={b.n}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
