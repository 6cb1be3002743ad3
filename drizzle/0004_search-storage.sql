ALTER TABLE "search_entries" ADD COLUMN "file_id" uuid;--> statement-breakpoint
CREATE INDEX "search_entries_title_tsv_idx" ON "search_entries" USING gin ("title_tsv");--> statement-breakpoint
-- Written by hand (drizzle-kit cannot express storage). Keep each entry's tsvector in the row,
-- compressed, so matching and ranking read no TOAST table; move the body, needed only for the
-- 20 snippets of a page, out of the row. See docs/decisions/0005-search-bounded-work.md.
ALTER TABLE "search_entries" ALTER COLUMN "tsv" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "search_entries" ALTER COLUMN "body" SET STORAGE EXTERNAL;
