// A labelled drop-down of a GET filter form (the question browser, the leaderboard): its value
// travels in the URL, so that a filtered view can be bookmarked and shared.

type Option = string | { value: string; label: string };

export function FilterSelect({
  name,
  label,
  value,
  options,
  any,
  className = "",
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly Option[];
  /** The label of the blank choice ("Any topic"); none when a value is always chosen. */
  any?: string;
  className?: string;
}) {
  return (
    <label className={`text-sm ${className}`}>
      <span className="mb-1 block text-stone-600">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="w-full rounded border border-stone-300 bg-white px-2 py-1.5">
        {any !== undefined ? <option value="">{any}</option> : null}
        {options
          .map((o) => (typeof o === "string" ? { value: o, label: o } : o))
          .map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
      </select>
    </label>
  );
}
