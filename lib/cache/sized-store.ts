// Rendered answers (pages, export documents) kept in memory as text, each with the data version it
// was made at. Bounded by size (the sum of the bodies' lengths), least recently used out first;
// an answer older than `maxAgeMs` is not served even at the same version, because a page also
// shows time: a question whose deadline passes becomes "awaiting an outcome" without any write.
// Pure: the caller gives the clock and the version.

export type Stored = { version: bigint; storedAt: number; body: string };

export type SizedStore<T extends Stored> = {
  get(key: string, version: bigint, now: number): T | undefined;
  set(key: string, page: T): void;
  readonly bytes: number;
};

export function createSizedStore<T extends Stored>(options: { maxBytes: number; maxAgeMs: number }): SizedStore<T> {
  const pages = new Map<string, T>();
  let bytes = 0;
  const remove = (key: string) => {
    const page = pages.get(key);
    if (!page) return;
    pages.delete(key);
    bytes -= page.body.length;
  };
  return {
    get(key, version, now) {
      const page = pages.get(key);
      if (!page) return undefined;
      if (page.version !== version || now - page.storedAt > options.maxAgeMs) {
        remove(key);
        return undefined;
      }
      // Map keeps insertion order: re-inserting marks the page as the most recently used.
      pages.delete(key);
      pages.set(key, page);
      return page;
    },
    set(key, page) {
      remove(key);
      if (page.body.length > options.maxBytes) return;
      pages.set(key, page);
      bytes += page.body.length;
      while (bytes > options.maxBytes) remove(pages.keys().next().value as string);
    },
    get bytes() {
      return bytes;
    },
  };
}
