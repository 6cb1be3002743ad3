-- Written by hand (drizzle-kit cannot express INCLUDE or storage). See
-- docs/decisions/0005-search-bounded-work.md.
-- The newest title matches are found by walking this index backwards, reading each entry's title
-- words and filter columns from the index alone: for a title word in 1 % of 1 M entries, 139 ms
-- through the table, 8 ms this way.
CREATE INDEX "search_entries_title_walk_idx" ON "search_entries" USING btree ("date") INCLUDE ("title_tsv", "organization_id", "document_kind", "has_decision", "kind", "id");--> statement-breakpoint
-- An entry's row is larger than PostgreSQL's 2 KB toast threshold (its tsvector alone, kept in the
-- row by 0004, is ~2 KB), so the short title and title words were moved out of the row and every
-- ranked candidate read them from the TOAST table (three more page reads each). Keep them in the row.
-- Rows written before this migration keep the old layout until their meeting is reindexed.
ALTER TABLE "search_entries" ALTER COLUMN "title_tsv" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "search_entries" ALTER COLUMN "title" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "search_entries" ALTER COLUMN "case_number" SET STORAGE MAIN;
--> statement-breakpoint
-- The newest matches of a word in a few per cent of the entries were found by walking the date index
-- (tens of thousands of rows at 1 M entries) or by reading every match. With the year in the same
-- GIN index as the words, the search asks year by year, newest first, and reads only about as many
-- rows as it keeps (btree_gin lets a GIN index hold the year; PGlite ships it as contrib/btree_gin).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX IF EXISTS "search_entries_tsv_idx";--> statement-breakpoint
CREATE INDEX "search_entries_year_tsv_idx" ON "search_entries" USING gin ((extract(year from "date")::int), "tsv");
