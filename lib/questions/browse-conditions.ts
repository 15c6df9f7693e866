// The question browser's filters as SQL conditions on questions ("q"): the browser's pages and
// the CSV export of what the browser shows use the same ones.
import { addDays, parseIsoDate } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { type BrowseQuery, DUE_SOON_DAYS } from "./browse-query";

const STATUS_SQL = {
  open: () => Prisma.sql`q.status = 'OPEN'`,
  "due-soon": (today: Date) => Prisma.sql`q.status = 'OPEN' AND q.deadline >= ${today} AND q.deadline <= ${addDays(today, DUE_SOON_DAYS)}`,
  overdue: (today: Date) => Prisma.sql`q.status = 'OPEN' AND q.deadline < ${today}`,
  resolved: () => Prisma.sql`q.status = 'RESOLVED'`,
  annulled: () => Prisma.sql`q.status = 'ANNULLED'`,
};

export function browseConditions(query: Omit<BrowseQuery, "sort" | "limit" | "cursor">, today: Date): Prisma.Sql[] {
  // Archived questions are out of every list (they stay reachable by their own page).
  const where: Prisma.Sql[] = [Prisma.sql`q."archivedAt" IS NULL`];
  if (query.status) where.push(STATUS_SQL[query.status](today));
  if (query.tag) where.push(Prisma.sql`q.tags @> ARRAY[${query.tag}]::text[]`);
  if (query.deadlineFrom) where.push(Prisma.sql`q.deadline >= ${parseIsoDate(query.deadlineFrom)}`);
  if (query.deadlineTo) where.push(Prisma.sql`q.deadline <= ${parseIsoDate(query.deadlineTo)}`);
  if (query.forecaster) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Forecast" f JOIN "Forecaster" fc ON fc.id = f."forecasterId"
      WHERE f."questionId" = q.id AND (fc.slug = ${query.forecaster} OR lower(fc.name) = lower(${query.forecaster})))`);
  }
  if (query.outlet) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Forecast" f JOIN "Source" s ON s.id = f."sourceId"
      WHERE f."questionId" = q.id AND lower(s.outlet) = lower(${query.outlet}))`);
  }
  if (query.q) {
    // The expressions match the full-text indexes of the …_question_browsing migration.
    where.push(Prisma.sql`(
      to_tsvector('english', q.title || ' ' || q.criteria) @@ websearch_to_tsquery('english', ${query.q})
      OR EXISTS (SELECT 1 FROM "Forecast" f WHERE f."questionId" = q.id
                 AND to_tsvector('english', f.quote) @@ websearch_to_tsquery('english', ${query.q})))`);
  }
  return where;
}
