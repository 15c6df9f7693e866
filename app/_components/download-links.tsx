// "Download CSV · JSON" where a user looks at a list: the CSV export with the page's filters,
// and the JSON export (the whole dataset, or one forecaster's part of it).
export function DownloadLinks({ csv, json, label = "Download" }: { csv: string; json?: string; label?: string }) {
  const link = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-50";
  return (
    <span className="ml-2 inline-flex items-center gap-1 align-middle text-xs text-stone-500">
      {label}
      <a href={csv} download className={link}>
        CSV
      </a>
      {json ? (
        <a href={json} download className={link}>
          JSON
        </a>
      ) : null}
    </span>
  );
}

/** The address of the CSV export with these filters (empty ones left out). */
export function csvExportHref(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return `/api/v1/export.csv${query ? `?${query}` : ""}`;
}
