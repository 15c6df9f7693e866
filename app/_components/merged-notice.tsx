/** After a merge: what went into the record on this page, and how many forecasts moved. */
export function MergedNotice({ notice, into }: { notice: { merged?: string; moved?: string }; into: string }) {
  if (!notice.merged) return null;
  const moved = Number(notice.moved ?? 0);
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      Merged “{notice.merged}” into {into}: {moved} {moved === 1 ? "forecast" : "forecasts"} moved. Its old address leads here.
    </p>
  );
}
