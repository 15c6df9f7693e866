// The resident memory of a process tree, read from Linux /proc (the app server may run its
// work in child processes, so they count too).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Resident memory of a process and its children, in MB (Linux /proc). */
export function memoryMb(pid: number | null): number | null {
  if (pid === null) return null;
  const children = (p: number): number[] => {
    try {
      return execFileSync("pgrep", ["-P", String(p)], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .map(Number);
    } catch {
      return []; // pgrep exits 1 when there are none
    }
  };
  const rss = (p: number): number => {
    let kb = 0;
    try {
      kb = Number(readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      return 0; // the process is gone
    }
    return kb + children(p).reduce((sum, c) => sum + rss(c), 0);
  };
  return Math.round(rss(pid) / 1024);
}
