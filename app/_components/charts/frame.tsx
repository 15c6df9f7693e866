// Shared pieces of Hindsight's server-rendered SVG charts (d3-scale does the arithmetic).
import type { ReactNode } from "react";

export type Margin = { top: number; right: number; bottom: number; left: number };

export function ChartFrame(props: { id: string; title: string; description: string; width: number; height: number; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${props.width} ${props.height}`}
      className="h-auto w-full max-w-full"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      fontFamily="inherit"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.children}
    </svg>
  );
}

/**
 * A chart drawn at two sizes, the one that fits the screen shown: on a phone the wide layout
 * would shrink its labels below a readable size, so phones get a layout of their own.
 */
export function PhoneOrWide({ phone, wide }: { phone: ReactNode; wide: ReactNode }) {
  return (
    <>
      <div className="sm:hidden">{phone}</div>
      <div className="hidden sm:block">{wide}</div>
    </>
  );
}

/** Drawing width of the phone layouts: the room a 390-px screen leaves inside a chart's box, so their 11-px labels stay 11 px. */
export const PHONE_WIDTH = 320;

/** Horizontal grid lines with labels on the left. */
export function YAxis(props: {
  ticks: number[];
  y: (v: number) => number;
  x0: number;
  x1: number;
  format: (v: number) => string;
  label: string;
  labelX: number;
}) {
  const mid = (props.y(props.ticks[0]) + props.y(props.ticks[props.ticks.length - 1])) / 2;
  return (
    <g fontSize={11} fill="#57534e">
      {props.ticks.map((t) => (
        <g key={t}>
          <line x1={props.x0} x2={props.x1} y1={props.y(t)} y2={props.y(t)} stroke="#e7e5e4" />
          <text x={props.x0 - 6} y={props.y(t)} textAnchor="end" dominantBaseline="middle">
            {props.format(t)}
          </text>
        </g>
      ))}
      <text transform={`translate(${props.labelX} ${mid}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="#292524">
        {props.label}
      </text>
    </g>
  );
}

/** Tick labels along the bottom, with a title under them. */
export function XAxis(props: {
  ticks: Array<{ at: number; label: string }>;
  y: number;
  label: string;
  labelY: number;
  centre: number;
  grid?: { y0: number; y1: number };
}) {
  return (
    <g fontSize={11} fill="#57534e">
      {props.ticks.map((t) => (
        <g key={`${t.at}-${t.label}`}>
          {props.grid ? <line x1={t.at} x2={t.at} y1={props.grid.y0} y2={props.grid.y1} stroke="#f5f5f4" /> : null}
          {/* 18 below the axis: clear of the lowest y-axis label, which sits on the axis. */}
          <text x={t.at} y={props.y + 18} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      <text x={props.centre} y={props.labelY} textAnchor="middle" fontSize={12} fill="#292524">
        {props.label}
      </text>
    </g>
  );
}

/** Marker shapes, so that series can be told apart without colour. */
export const SHAPES = ["circle", "square", "triangle", "diamond", "cross", "triangle-down"] as const;
export const COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

export function Marker(props: { shape: (typeof SHAPES)[number]; x: number; y: number; size: number; colour: string; hollow?: boolean }) {
  const { x, y, size: r, colour } = props;
  const paint = props.hollow ? { fill: "white", stroke: colour, strokeWidth: 1.5 } : { fill: colour, stroke: "white", strokeWidth: 1 };
  switch (props.shape) {
    case "circle":
      return <circle cx={x} cy={y} r={r} {...paint} />;
    case "square":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...paint} />;
    case "triangle":
      return <polygon points={`${x},${y - r * 1.2} ${x + r * 1.1},${y + r * 0.8} ${x - r * 1.1},${y + r * 0.8}`} {...paint} />;
    case "triangle-down":
      return <polygon points={`${x},${y + r * 1.2} ${x + r * 1.1},${y - r * 0.8} ${x - r * 1.1},${y - r * 0.8}`} {...paint} />;
    case "diamond":
      return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.1},${y} ${x},${y + r * 1.3} ${x - r * 1.1},${y}`} {...paint} />;
    case "cross":
      return (
        <g stroke={colour} strokeWidth={2.5}>
          <line x1={x - r} y1={y - r} x2={x + r} y2={y + r} />
          <line x1={x - r} y1={y + r} x2={x + r} y2={y - r} />
        </g>
      );
  }
}

export const percent = (v: number) => `${Math.round(v * 100)}%`;
