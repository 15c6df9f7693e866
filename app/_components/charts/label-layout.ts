// Where chart labels may go without overlapping each other or leaving the chart. Charts are
// drawn on the server, where text cannot be measured: widths are estimated generously from the
// number of characters (wider than the system sans-serif fonts draw them), so that a label
// judged to fit does fit. e2e/charts.spec.ts measures the real boxes in a browser.

export type Box = { x0: number; y0: number; x1: number; y1: number };
export type Tick = { at: number; label: string };

/** Estimated advance of one character, as a share of the font size (DejaVu Sans, a wide default on Linux, draws "=" at 0.84 and averages about 0.63). */
const CHAR_WIDTH = 0.72;
/** Estimated height of a line of text, as a share of the font size. */
const LINE_HEIGHT = 1.25;
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** The box of a label whose baseline starts (anchor "start"), centres ("middle") or ends ("end") at x. */
export function textBox(options: { text: string; x: number; y: number; fontSize: number; anchor: "start" | "middle" | "end" }): Box {
  const { text, x, y, fontSize, anchor } = options;
  const w = textWidth(text, fontSize);
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
  return { x0, x1: x0 + w, y0: y - fontSize, y1: y - fontSize + fontSize * LINE_HEIGHT };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
}

/** `text` cut with "…" to fit `maxWidth` (full names stay in the chart's description). */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / textWidth("x", fontSize)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}
