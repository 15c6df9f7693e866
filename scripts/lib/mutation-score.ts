// Per-area and per-file mutation scores from Stryker's JSON report (mutation-testing-report-schema)
// and the floors they must meet. Pure; scripts/check-mutation-score.ts reads the file and prints.

/** The part of the report this reads: each file's mutants and their status. */
export type MutationReport = { files: Record<string, { mutants: ReadonlyArray<{ status: string }> }> };

export type Area = { name: string; prefix: string; floor: number };

/** The floors of issue 14. A file is held to its area's floor unless FILE_FLOORS says otherwise. */
export const AREAS: readonly Area[] = [
  { name: "scoring", prefix: "lib/scoring/", floor: 95 },
  { name: "probability", prefix: "lib/probability/", floor: 95 },
  { name: "extraction", prefix: "lib/extraction/", floor: 75 },
  { name: "format", prefix: "lib/format/", floor: 95 },
];

/** Files allowed below their area's floor, each with its reason; keep this short. */
export const FILE_FLOORS: Readonly<Record<string, { floor: number; why: string }>> = {};

export type Counts = { killed: number; timeout: number; survived: number; noCoverage: number; compileError: number; runtimeError: number; ignored: number };

export type Row = Counts & { name: string; score: number | null; floor: number; ok: boolean };

const EMPTY: Counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, compileError: 0, runtimeError: 0, ignored: 0 };

const KEY_OF: Record<string, keyof Counts> = {
  Killed: "killed",
  Timeout: "timeout",
  Survived: "survived",
  NoCoverage: "noCoverage",
  CompileError: "compileError",
  RuntimeError: "runtimeError",
  Ignored: "ignored",
};

function add(a: Counts, b: Counts): Counts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as Array<keyof Counts>) sum[key] += b[key];
  return sum;
}

/**
 * Killed and timed-out mutants over the ones that could have been killed: mutants the type
 * checker rejected (compile errors), runtime errors and ignored ones are left out. Null when
 * no mutant counts.
 */
export function scoreOf(c: Counts): number | null {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
}

function countsOf(mutants: ReadonlyArray<{ status: string }>): Counts {
  const c = { ...EMPTY };
  for (const m of mutants) {
    const key = KEY_OF[m.status];
    if (!key) throw new Error(`Mutant status ${m.status}: the report is from an unfinished run`);
    c[key] += 1;
  }
  return c;
}

const normalise = (file: string) => file.replaceAll("\\", "/").replace(/^\.\//, "");

/** One row per file and one per area, each with its floor and whether it meets it. */
export function checkMutationScores(options: { report: MutationReport; areas?: readonly Area[]; fileFloors?: typeof FILE_FLOORS }): {
  files: Row[];
  areas: Row[];
  unassigned: string[];
  ok: boolean;
} {
  const { report, areas = AREAS, fileFloors = FILE_FLOORS } = options;
  const files: Row[] = [];
  const areaRows: Row[] = [];
  const unassigned: string[] = [];
  const names = Object.keys(report.files).map(normalise).sort();
  const byName = new Map(Object.entries(report.files).map(([name, file]) => [normalise(name), file]));
  for (const area of areas) {
    let total = { ...EMPTY };
    for (const name of names.filter((n) => n.startsWith(area.prefix))) {
      const counts = countsOf(byName.get(name)!.mutants);
      total = add(total, counts);
      const floor = fileFloors[name]?.floor ?? area.floor;
      const score = scoreOf(counts);
      files.push({ name, ...counts, score, floor, ok: score === null || score >= floor });
    }
    const score = scoreOf(total);
    areaRows.push({ name: area.name, ...total, score, floor: area.floor, ok: score === null || score >= area.floor });
  }
  for (const name of names) if (!areas.some((a) => name.startsWith(a.prefix))) unassigned.push(name);
  return { files, areas: areaRows, unassigned, ok: [...files, ...areaRows].every((r) => r.ok) };
}

/** The rows as a fixed-width table. */
export function formatTable(rows: readonly Row[], title: string): string {
  const head = [title, "killed", "timeout", "survived", "no cov", "compile", "score", "floor", ""];
  const body = rows.map((r) => [
    r.name,
    String(r.killed),
    String(r.timeout),
    String(r.survived),
    String(r.noCoverage),
    String(r.compileError),
    r.score === null ? "n/a" : `${r.score.toFixed(2)}%`,
    `${r.floor}%`,
    r.ok ? "" : "BELOW",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(head), ...body.map(line)].join("\n");
}
