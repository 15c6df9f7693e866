// Calendar dates (a forecast's day, a deadline, the day an outcome became known) are
// stored as PostgreSQL DATE and handled here as Date objects at UTC midnight.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023-09-07" → Date at 2023-09-07T00:00:00Z, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatIsoDate(date) === text ? date : null;
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in UTC. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const DAY_MS = 86_400_000;

/** The calendar date `days` after `date` (before, when negative). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `from` to `to`, both calendar dates: negative when `to` comes first. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** "7 Sept 2023": dates as people read them, independent of the server's locale. */
export function formatLongDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
