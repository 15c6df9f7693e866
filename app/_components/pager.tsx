import Link from "next/link";

/** "Page 2 of 14" with links to the pages either side; nothing when everything fits on one page. */
export function Pager({
  label,
  page,
  pageCount,
  href,
  words = ["← Previous", "Next →"],
}: {
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  /** What the links say, as the list's order reads: ["← Newer", "Older →"]. */
  words?: [string, string];
}) {
  const link = "rounded border border-stone-300 bg-white px-3 py-1.5 hover:border-stone-500";
  // A link kept from when the list was longer, or a hand-edited address: say so, and lead back.
  if (page > pageCount && pageCount >= 1) {
    return (
      <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <span className="text-stone-600">
          There is no page {page}: this list has {pageCount === 1 ? "one page" : `${pageCount} pages`}.
        </span>
        <Link className={link} href={href(pageCount)}>
          Go to the last page
        </Link>
      </nav>
    );
  }
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)} rel="prev">
          {words[0]}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className={link} href={href(page + 1)} rel="next">
          {words[1]}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
