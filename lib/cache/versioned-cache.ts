// A bounded map of values, each kept with the data version it was read at. A value read at an
// older version than the current one is stale and is never returned. Pure: the caller reads the
// version (lib/cache/cached-read.server.ts).

export type VersionedCache = {
  get(key: string, version: bigint): unknown | undefined;
  set(key: string, version: bigint, value: unknown): void;
  readonly size: number;
};

/** At most `maxEntries` values; the least recently used goes first. */
export function createVersionedCache(options: { maxEntries: number }): VersionedCache {
  const entries = new Map<string, { version: bigint; value: unknown }>();
  return {
    get(key, version) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.version !== version) {
        entries.delete(key);
        return undefined;
      }
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, version, value) {
      entries.delete(key);
      entries.set(key, { version, value });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}
