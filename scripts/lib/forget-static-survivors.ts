// Stryker's incremental mode re-tests a surviving mutant only when a *new test covers it*. A
// static mutant (module-level code: a word list, a regex constant) is covered by no test in
// particular, so once it survives it is reused as survived for ever, however many tests are
// written that would kill it now (CI reported BETTING_FIELD's mutants of read-stated-probability
// as survivors while its tests killed every one). Forgetting those survivors makes the next
// incremental run test them again; killed results are kept (they are reused only while the
// killing test is unchanged, which is sound).

type MutantResult = { status: string; static?: boolean };
type IncrementalReport = { files: Record<string, { mutants: MutantResult[] }> };

/**
 * The report without its static mutants that survived, and how many were dropped per file. `under`:
 * only in files whose path starts with one of these (all files when empty), so that a run can
 * re-test the files whose floor is at stake without re-testing every static survivor.
 */
export function forgetStaticSurvivors<R extends IncrementalReport>(report: R, under: readonly string[] = []): { report: R; forgotten: Record<string, number> } {
  const forgotten: Record<string, number> = {};
  const files: IncrementalReport["files"] = {};
  for (const [name, file] of Object.entries(report.files)) {
    const inScope = under.length === 0 || under.some((prefix) => name.startsWith(prefix));
    const kept = file.mutants.filter((m) => !(inScope && m.static === true && m.status === "Survived"));
    if (kept.length < file.mutants.length) forgotten[name] = file.mutants.length - kept.length;
    files[name] = { ...file, mutants: kept };
  }
  return { report: { ...report, files }, forgotten };
}
