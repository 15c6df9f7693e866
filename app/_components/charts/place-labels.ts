// Labels next to points (a calibration bin's "n=12"): each tries the spots around its point in
// turn and takes the first that meets no label already placed and stays in the chart; a label
// with no free spot is left out (the numbers are also in the table under the chart).
import { type Box, inside, overlaps, textBox, textWidth } from "./label-layout";

export type PointLabel = { key: string; x: number; y: number; r: number; text: string };
export type PlacedLabel = { key: string; x: number; y: number; anchor: "start" | "end"; text: string };

export function placeLabels(options: { labels: PointLabel[]; fontSize: number; bounds: Box; obstacles: Box[] }): PlacedLabel[] {
  const { fontSize, bounds } = options;
  const taken = [...options.obstacles];
  const placed: PlacedLabel[] = [];
  for (const l of options.labels) {
    const spots: Array<Omit<PlacedLabel, "key" | "text">> = [
      { x: l.x + l.r + 4, y: l.y - 4, anchor: "start" },
      { x: l.x + l.r + 4, y: l.y + fontSize + 2, anchor: "start" },
      { x: l.x - l.r - 4, y: l.y - 4, anchor: "end" },
      { x: l.x - l.r - 4, y: l.y + fontSize + 2, anchor: "end" },
      { x: l.x - textWidth(l.text, fontSize) / 2, y: l.y - l.r - 4, anchor: "start" },
    ];
    const spot = spots.find((s) => {
      const box = textBox({ text: l.text, x: s.x, y: s.y, fontSize, anchor: s.anchor });
      return inside(box, bounds) && !taken.some((t) => overlaps(box, t, 2));
    });
    if (!spot) continue;
    taken.push(textBox({ text: l.text, x: spot.x, y: spot.y, fontSize, anchor: spot.anchor }));
    placed.push({ key: l.key, text: l.text, ...spot });
  }
  return placed;
}
