// Picks one record (a question, forecaster or source) by searching as you type: the current
// one stays chosen until another is picked from the results. Submits its id under `name`.
"use client";

import { useId, useState } from "react";
import { useSearch } from "./use-search";

type Hit = { id: string; label: string };

export function RecordPicker<T extends { id: string }>(props: {
  name: string;
  legend: string;
  searchPath: string;
  labelOf: (item: T) => string;
  /** The record chosen to begin with; without one, nothing is chosen until a result is picked. */
  current?: Hit;
  /** Records that must not be offered (the one a merge keeps). */
  exclude?: string;
  error?: string;
}) {
  const { name, legend, searchPath, labelOf, current, exclude, error } = props;
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<Hit | undefined>(current);
  const found = useSearch<T>(searchPath, query).map((item) => ({ id: item.id, label: labelOf(item) }));
  const first = [chosen, current].filter((h, i, all): h is Hit => h !== undefined && all.findIndex((x) => x?.id === h.id) === i);
  const options = [...first, ...found.filter((h) => h.id !== exclude && !first.some((x) => x.id === h.id))];
  const id = useId();
  return (
    <fieldset className="space-y-2 rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-800">{legend}</legend>
      <label htmlFor={`${id}-search`} className="block text-sm">
        <span className="mb-1 block text-stone-600">Find another {legend.toLowerCase()}</span>
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm"
        autoComplete="off"
      />
      <div role="radiogroup" aria-label={legend} className="space-y-1 text-sm">
        {options.map((hit) => (
          <label key={hit.id} className="flex items-start gap-2">
            <input type="radio" name={name} value={hit.id} checked={chosen?.id === hit.id} onChange={() => setChosen(hit)} className="mt-1" />
            <span>
              {hit.label}
              {hit.id === current?.id ? <span className="text-stone-500"> (current)</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="text-xs font-medium text-red-700">
          {legend}: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
