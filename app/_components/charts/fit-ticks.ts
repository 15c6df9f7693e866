// Tick labels along an axis that all fit: d3 is asked for fewer ticks until no two labels
// (centred on their tick) touch and none runs past the axis' ends; failing that, every k-th.
import { type Tick, textWidth } from "./label-layout";

const GAP = 8;

function within(t: Tick, fontSize: number, left: number, right: number): boolean {
  const w = textWidth(t.label, fontSize);
  return t.at - w / 2 >= left && t.at + w / 2 <= right;
}

function apart(ticks: Tick[], fontSize: number): boolean {
  return ticks.every((t, i) => {
    const next = ticks[i + 1];
    return !next || next.at - textWidth(next.label, fontSize) / 2 >= t.at + textWidth(t.label, fontSize) / 2 + GAP;
  });
}

/**
 * `make(count)` gives about `count` ticks (d3's scale.ticks); `left`–`right` is the room their
 * labels have. A tick whose label would cross an end is dropped (the edge is still readable
 * from its neighbours).
 */
export function fitTicks(options: { make: (count: number) => Tick[]; count: number; fontSize: number; left: number; right: number }): Tick[] {
  const { make, fontSize, left, right } = options;
  const candidates = (count: number) => make(count).filter((t) => within(t, fontSize, left, right));
  for (let count = options.count; count >= 2; count--) {
    const ticks = candidates(count);
    if (ticks.length > 0 && apart(ticks, fontSize)) return ticks;
  }
  const ticks = candidates(options.count);
  for (let k = 2; k < ticks.length; k++) {
    const every = ticks.filter((_, i) => i % k === 0);
    if (apart(every, fontSize)) return every;
  }
  return ticks.slice(0, 1);
}
