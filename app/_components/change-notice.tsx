/** After an edit or a merge: what changed on the record this page shows (and, for a merge, how many forecasts moved). */
export function ChangeNotice({ notice, into }: { notice: { merged?: string; moved?: string; edited?: string }; into: string }) {
  if (notice.edited) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        Changes to {into} saved.
      </p>
    );
  }
  if (!notice.merged) return null;
  const moved = Number(notice.moved ?? 0);
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      Merged “{notice.merged}” into {into}: {moved} {moved === 1 ? "forecast" : "forecasts"} moved. Its old address leads here.
    </p>
  );
}
