"use client";

import { useEffect, useState } from "react";

/** Search as you type: asks `path?q=…&limit=…` 200 ms after the last keystroke, from two characters on. */
export function useSearch<T>(path: string, q: string, limit = 10): T[] {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`${path}?q=${encodeURIComponent(q)}&limit=${limit}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { items: [] }))
        .then((body: { items: T[] }) => setItems(body.items))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [path, q, limit]);
  return items;
}
