ALTER TABLE "attendance" ADD COLUMN "substitute_for_name" text;--> statement-breakpoint
-- Substitutes recorded before this column: their names from the persons they stood in for.
UPDATE "attendance" AS a SET "substitute_for_name" = p."name" FROM "persons" AS p WHERE a."substitute_for_id" = p."id";
