"use client";

import { useState } from "react";
import { useSearch } from "../_components/use-search";

/** The browser's forecaster filter, suggesting names as you type. */
export function ForecasterFilter({ initial }: { initial?: string }) {
  const [value, setValue] = useState(initial ?? "");
  const suggestions = useSearch<{ id: string; name: string }>("/api/v1/search/forecasters", value);
  return (
    <label className="text-sm">
      <span className="mb-1 block text-stone-600">Forecaster</span>
      <input
        name="forecaster"
        list="forecaster-names"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder="Any forecaster"
        autoComplete="off"
        className="w-full rounded border border-stone-300 px-2 py-1.5"
      />
      <datalist id="forecaster-names">
        {suggestions.map((f) => (
          <option key={f.id} value={f.name} />
        ))}
      </datalist>
    </label>
  );
}
