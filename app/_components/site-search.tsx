// The header's search box: a plain GET form, so that it works without JavaScript and from the
// keyboard (type, Enter), and its results page has an address to share.
export function SiteSearch({ label, defaultValue, id }: { label: string; defaultValue?: string; id: string }) {
  return (
    <search aria-label={label} className="min-w-0">
      <form action="/search" method="get" className="flex min-w-0 items-center gap-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder="Search"
          autoComplete="off"
          className="w-28 min-w-0 rounded border border-stone-300 bg-white px-2 py-1 text-sm placeholder:text-stone-500 focus:border-stone-600 focus:outline-none focus:ring-2 focus:ring-stone-300 sm:w-44"
        />
        <button type="submit" className="rounded border border-stone-300 px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
          Go
        </button>
      </form>
    </search>
  );
}
