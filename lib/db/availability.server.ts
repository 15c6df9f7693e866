// Whether the database is down, as the app last saw it. Set by the pool when a connection
// breaks and by any request that fails to reach it; cleared by the first probe that gets
// through. While it is set, proxy.ts answers 503 at once instead of letting every page fail
// on its own; node-postgres replaces broken connections, so nothing needs a restart.
type State = { downSince?: number; lastProbe?: number; probing?: Promise<boolean> };
const shared = globalThis as { hindsightDatabaseState?: State };
shared.hindsightDatabaseState ??= {};
const state = shared.hindsightDatabaseState;

/** At most one probe this often while the database is down. */
const PROBE_INTERVAL_MS = 1_000;

export function noteDatabaseUnavailable(): void {
  state.downSince ??= Date.now();
}

/**
 * True while the database is known to be down. When it was down, probes it (one probe at a
 * time, one a second) and clears the mark when the probe succeeds.
 */
export async function databaseIsDown(probe: () => Promise<unknown>): Promise<boolean> {
  if (state.downSince === undefined) return false;
  if (!state.probing && Date.now() - (state.lastProbe ?? 0) >= PROBE_INTERVAL_MS) {
    state.lastProbe = Date.now();
    state.probing = probe()
      .then(
        () => {
          state.downSince = undefined;
          return true;
        },
        () => false,
      )
      .finally(() => {
        state.probing = undefined;
      });
  }
  if (state.probing) await state.probing;
  return state.downSince !== undefined;
}
