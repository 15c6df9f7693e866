import { scaleLinear, scaleUtc } from "d3-scale";
import { formatLongDate } from "@/lib/dates";
import { formatPercent } from "@/lib/format/probability";
import { fitTicks } from "./fit-ticks";
import { ChartFrame, COLOURS, Marker, PHONE_WIDTH, PhoneOrWide, percent, SHAPES, XAxis, YAxis } from "./frame";
import { fitText, textWidth } from "./label-layout";

const M = { top: 18, right: 24, bottom: 46, left: 56 };
const PLOT_H = 240;
const DAY = 86_400_000;

/** Beyond this many forecasters a legend helps no one: one dot a forecast, with no names (crowd view). */
const MAX_NAMED = 24;

type Point = { forecaster: string; madeAt: Date; probability: number; counted: boolean };
type Props = {
  points: Point[];
  deadline: Date;
  outcome: { value: "YES" | "NO" | "ANNULLED"; resolvedAt: Date } | null;
  id?: string;
};

/**
 * Every forecaster's probability of YES against the day it was given, with the deadline and,
 * once known, the outcome. Forecasts that do not count (superseded, or made after the
 * outcome) are drawn hollow.
 */
export function QuestionTimeline(props: Props) {
  const id = props.id ?? "question-timeline";
  return <PhoneOrWide phone={<TimelineAt {...props} id={`${id}-phone`} width={PHONE_WIDTH} />} wide={<TimelineAt {...props} id={id} width={720} />} />;
}

/** A label at x inside the plot, turned to the left of x when it would run past the right edge. */
function markerLabel(x: number, text: string, right: number) {
  return x + 4 + textWidth(text, 11) > right ? { x: x - 4, textAnchor: "end" as const } : { x: x + 4, textAnchor: "start" as const };
}

function TimelineAt(props: Props & { id: string; width: number }) {
  const W = props.width;
  const named = [...new Set(props.points.map((p) => p.forecaster))];
  const crowd = named.length > MAX_NAMED;
  const forecasters = crowd ? [] : named;
  // Two columns of names where there is room for them, one on a phone.
  const columns = W >= 600 ? 2 : 1;
  const columnWidth = (W - M.left) / columns;
  const legendRows = Math.ceil(forecasters.length / columns);
  const H = M.top + PLOT_H + M.bottom + legendRows * 20 + 8;
  const times = [...props.points.map((p) => p.madeAt.getTime()), props.deadline.getTime(), props.outcome?.resolvedAt.getTime() ?? 0].filter(Boolean);
  const span = Math.max(...times) - Math.min(...times);
  const pad = Math.max(3 * DAY, span * 0.06);
  const x = scaleUtc()
    .domain([new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([M.top + PLOT_H, M.top]);
  const ticks = fitTicks({
    make: (n) => x.ticks(n).map((d) => ({ at: x(d), label: formatLongDate(d) })),
    count: 6,
    fontSize: 11,
    left: M.left - 20,
    right: W - 2,
  });
  const style = (name: string) => {
    const i = forecasters.indexOf(name);
    return { shape: SHAPES[i % SHAPES.length], colour: COLOURS[i % COLOURS.length] };
  };
  // Forecasters who said the same number on the same day are drawn side by side, not on top of each other.
  const seen = new Map<string, number>();
  const nudge = new Map<Point, number>();
  for (const p of props.points) {
    const key = `${p.madeAt.getTime()}:${p.probability}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    nudge.set(p, n * 9);
  }
  const outcomeLevel = props.outcome && props.outcome.value !== "ANNULLED" ? (props.outcome.value === "YES" ? 1 : 0) : null;
  const description = crowd
    ? crowdDescription(props.points, named.length)
    : props.points.map((p) => `${p.forecaster}: ${formatPercent(p.probability)} on ${formatLongDate(p.madeAt)}${p.counted ? "" : " (not counted)"}`).join("; ");
  return (
    <ChartFrame id={props.id} title="Each forecaster's probability of YES over time" description={description} width={W} height={H}>
      <YAxis ticks={[0, 0.25, 0.5, 0.75, 1]} y={y} x0={M.left} x1={W - M.right} format={percent} label="Probability of YES" labelX={14} />
      <XAxis ticks={ticks} y={M.top + PLOT_H} label="Day the forecast was made" labelY={M.top + PLOT_H + 38} centre={(M.left + W - M.right) / 2} />
      <line x1={x(props.deadline)} x2={x(props.deadline)} y1={M.top} y2={M.top + PLOT_H} stroke="#57534e" strokeDasharray="4 4" />
      <text {...markerLabel(x(props.deadline), "Deadline", W)} y={M.top + 10} fontSize={11} fill="#57534e">
        Deadline
      </text>
      {props.outcome ? (
        <g>
          <line x1={x(props.outcome.resolvedAt)} x2={x(props.outcome.resolvedAt)} y1={M.top} y2={M.top + PLOT_H} stroke="#15803d" strokeWidth={2} />
          <text {...markerLabel(x(props.outcome.resolvedAt), `${props.outcome.value} known`, W)} y={M.top + 24} fontSize={11} fontWeight={600} fill="#15803d">
            {props.outcome.value} known
          </text>
          {outcomeLevel !== null ? (
            <line x1={M.left} x2={W - M.right} y1={y(outcomeLevel)} y2={y(outcomeLevel)} stroke="#15803d" strokeWidth={1} strokeDasharray="2 3" />
          ) : null}
        </g>
      ) : null}
      {crowd ? (
        <g stroke="#1d4ed8" fill="none">
          {/* A crowd as two paths, not a thousand circles: filled dots count, hollow ones do not (as in the named view). */}
          <path
            d={dots(
              props.points.filter((p) => p.counted),
              x,
              y,
            )}
            strokeWidth={6}
            strokeLinecap="round"
            strokeOpacity={0.45}
          />
          <path
            d={rings(
              props.points.filter((p) => !p.counted),
              x,
              y,
            )}
            strokeWidth={1}
            strokeOpacity={0.6}
          />
        </g>
      ) : null}
      {forecasters.map((name) => {
        const own = props.points.filter((p) => p.forecaster === name).sort((a, b) => a.madeAt.getTime() - b.madeAt.getTime());
        const { shape, colour } = style(name);
        return (
          <g key={name}>
            {own.length > 1 ? (
              <polyline
                points={own.map((p) => `${x(p.madeAt) + nudge.get(p)!},${y(p.probability)}`).join(" ")}
                fill="none"
                stroke={colour}
                strokeWidth={1.5}
                strokeOpacity={0.6}
              />
            ) : null}
            {own.map((p, i) => (
              <Marker key={i} shape={shape} x={x(p.madeAt) + nudge.get(p)!} y={y(p.probability)} size={5.5} colour={colour} hollow={!p.counted} />
            ))}
          </g>
        );
      })}
      <g fontSize={12} fill="#292524">
        {forecasters.map((name, i) => {
          const { shape, colour } = style(name);
          const lx = M.left + (i % columns) * columnWidth;
          const ly = M.top + PLOT_H + M.bottom + Math.floor(i / columns) * 20 + 4;
          return (
            <g key={name}>
              <Marker shape={shape} x={lx + 6} y={ly} size={5} colour={colour} />
              <text x={lx + 18} y={ly + 4}>
                {fitText(name, columnWidth - 26, 12)}
              </text>
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
}

/** What a screen reader hears of a crowd: how many, and where the middle of it stood. */
function crowdDescription(points: Point[], forecasters: number): string {
  const sorted = points.map((p) => p.probability).sort((a, b) => a - b);
  const middle = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return `${points.length} forecasts by ${forecasters} forecasters, from ${formatPercent(sorted[0])} to ${formatPercent(sorted.at(-1)!)}, median ${formatPercent(middle)}.`;
}

/** Zero-length segments drawn with round caps: one dot per point, in one path. */
function dots(points: Point[], x: (d: Date) => number, y: (v: number) => number): string {
  return points.map((p) => `M${x(p.madeAt).toFixed(1)} ${y(p.probability).toFixed(1)}h0`).join("");
}

/** Small circles drawn as two arcs each, in one path: the hollow markers of forecasts that do not count. */
function rings(points: Point[], x: (d: Date) => number, y: (v: number) => number): string {
  return points.map((p) => `M${(x(p.madeAt) - 3).toFixed(1)} ${y(p.probability).toFixed(1)}a3 3 0 1 0 6 0a3 3 0 1 0 -6 0`).join("");
}
