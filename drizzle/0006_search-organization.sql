-- Written by hand (drizzle-kit cannot express expression GIN columns or INCLUDE). See
-- docs/decisions/0005-search-bounded-work.md. A search filtered to one body found the newest matches
-- through the (year, words) index and then discarded the other bodies' matches, and walked the
-- title index past every other body's entries: for a body with 1 % of 1 M entries and a common word,
-- 850 ms. With the body in both, each year gives that body's matches only, and the title walk
-- stays within the body: 22-31 ms.
DROP INDEX IF EXISTS "search_entries_year_tsv_idx";--> statement-breakpoint
CREATE INDEX "search_entries_year_tsv_idx" ON "search_entries" USING gin ((extract(year from "date")::int), "organization_id", "tsv");--> statement-breakpoint
CREATE INDEX "search_entries_body_title_walk_idx" ON "search_entries" USING btree ("organization_id", "date") INCLUDE ("title_tsv", "document_kind", "has_decision", "kind", "id");
