import { scaleLinear, scaleUtc } from "d3-scale";
import { formatLongDate } from "@/lib/dates";
import { fitTicks } from "./fit-ticks";
import { ChartFrame, PHONE_WIDTH, PhoneOrWide, XAxis, YAxis } from "./frame";

const H = 260;
const M = { top: 14, right: 20, bottom: 46, left: 56 };
const DAY = 86_400_000;

/** `n` > 1: the mean of a month's questions (lib/scoring/thin-timeline.ts). */
type Point = { resolvedAt: Date; brier: number; n: number };

/** Each scored question's Brier on the day its outcome became known (or each month's mean), with the running mean. */
export function BrierTimeline({ points, id = "brier-over-time" }: { points: Point[]; id?: string }) {
  return (
    <PhoneOrWide
      phone={<BrierTimelineAt points={points} id={`${id}-phone`} width={PHONE_WIDTH} />}
      wide={<BrierTimelineAt points={points} id={id} width={640} />}
    />
  );
}

function BrierTimelineAt({ points, id, width: W }: { points: Point[]; id: string; width: number }) {
  const times = points.map((p) => p.resolvedAt.getTime());
  const pad = 30 * DAY;
  const x = scaleUtc()
    .domain([new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const running: Array<{ at: number; mean: number }> = [];
  let sum = 0;
  let count = 0;
  for (const p of points) {
    sum += p.brier * p.n;
    count += p.n;
    running.push({ at: x(p.resolvedAt), mean: sum / count });
  }
  const monthly = points.some((p) => p.n > 1);
  // Questions settled on the same day with the same score are drawn side by side, not as one dot.
  const seen = new Map<string, number>();
  const nudge = points.map((p) => {
    const key = `${p.resolvedAt.getTime()}:${p.brier.toFixed(3)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n * 7;
  });
  // d3's multi-scale format names each tick at the coarsest unit that tells it apart; fewer
  // ticks are asked for until their labels fit side by side.
  const format = x.tickFormat();
  const ticks = fitTicks({ make: (n) => x.ticks(n).map((d) => ({ at: x(d), label: format(d) })), count: 6, fontSize: 11, left: M.left - 20, right: W - 2 });
  return (
    <ChartFrame
      id={id}
      title="Brier score over time (lower is better)"
      description={points
        .map((p) =>
          p.n > 1
            ? `${formatLongDate(p.resolvedAt)} month, ${p.n} questions: mean ${p.brier.toFixed(3)}`
            : `${formatLongDate(p.resolvedAt)}: ${p.brier.toFixed(3)}`,
        )
        .join("; ")}
      width={W}
      height={H}
    >
      <YAxis ticks={[0, 0.25, 0.5, 0.75, 1]} y={y} x0={M.left} x1={W - M.right} format={(v) => v.toFixed(2)} label="Brier score" labelX={14} />
      <XAxis ticks={ticks} y={H - M.bottom} label="Day the outcome became known" labelY={H - 8} centre={(M.left + W - M.right) / 2} />
      <line x1={M.left} x2={W - M.right} y1={y(0.25)} y2={y(0.25)} stroke="#a8a29e" strokeDasharray="5 4" />
      <text x={W - M.right} y={y(0.25) - 5} textAnchor="end" fontSize={11} fill="#78716c">
        always 50% (0.25)
      </text>
      <polyline points={running.map((r) => `${r.at},${y(r.mean)}`).join(" ")} fill="none" stroke="#b45309" strokeWidth={2} />
      {points.map((p, i) => (
        <circle key={i} cx={x(p.resolvedAt) + nudge[i]!} cy={y(p.brier)} r={4.5} fill="#1d4ed8" stroke="white" strokeWidth={1} />
      ))}
      <g fontSize={11} fill="#292524">
        <circle cx={M.left + 10} cy={M.top + 6} r={4.5} fill="#1d4ed8" />
        <text x={M.left + 20} y={M.top + 10}>
          {monthly ? "a month's mean" : "one scored question"}
        </text>
        <line x1={M.left + 140} x2={M.left + 160} y1={M.top + 6} y2={M.top + 6} stroke="#b45309" strokeWidth={2} />
        <text x={M.left + 166} y={M.top + 10}>
          running mean
        </text>
      </g>
    </ChartFrame>
  );
}
