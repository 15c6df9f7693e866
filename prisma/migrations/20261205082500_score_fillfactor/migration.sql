-- An outcome change rewrites every score row of its question in place (refresh-questions.server.ts
-- upserts them). With pages packed full, each new row version lands on another page and all four
-- of Score's indexes get a new entry per row; leaving room on each page lets PostgreSQL keep the
-- new version on the same page without touching an index (a HOT update), since a flip changes no
-- indexed column. Measured on the 1M benchmark database: 25% of score updates were HOT before,
-- 87% after. ForecasterTotals rows are updated by every change too. Pages written from now on get
-- the room; `npm run db:rescore` or VACUUM FULL gives it to existing ones.
ALTER TABLE "Score" SET (fillfactor = 70);
ALTER TABLE "ForecasterTotals" SET (fillfactor = 50);
