-- Attendance names items by their number as printed ("6", "1.a"), not by an integer.
ALTER TABLE "attendance" ALTER COLUMN "absent_during_items" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "attendance" ALTER COLUMN "arrived_during_item" SET DATA TYPE text USING "arrived_during_item"::text;--> statement-breakpoint
ALTER TABLE "attendance" ALTER COLUMN "left_during_item" SET DATA TYPE text USING "left_during_item"::text;--> statement-breakpoint
ALTER TABLE "attendance" ALTER COLUMN "absent_during_items" SET DATA TYPE text[] USING "absent_during_items"::text[];--> statement-breakpoint
ALTER TABLE "attendance" ALTER COLUMN "absent_during_items" SET DEFAULT '{}'::text[];--> statement-breakpoint
-- The versions kept of released meetings hold attendance the same way, so a later snapshot compares equal to them.
UPDATE "record_versions" SET "snapshot" = jsonb_set("snapshot", '{attendance}', (
  SELECT coalesce(jsonb_agg(a.value || jsonb_build_object(
    'arrivedDuringItem', CASE WHEN jsonb_typeof(a.value->'arrivedDuringItem') = 'number' THEN to_jsonb(a.value->>'arrivedDuringItem') ELSE a.value->'arrivedDuringItem' END,
    'leftDuringItem', CASE WHEN jsonb_typeof(a.value->'leftDuringItem') = 'number' THEN to_jsonb(a.value->>'leftDuringItem') ELSE a.value->'leftDuringItem' END,
    'absentDuringItems', (SELECT coalesce(jsonb_agg(to_jsonb(x.value #>> '{}') ORDER BY x.ordinality), '[]'::jsonb)
                          FROM jsonb_array_elements(coalesce(a.value->'absentDuringItems', '[]'::jsonb)) WITH ORDINALITY AS x)
  ) ORDER BY a.ordinality), '[]'::jsonb)
  FROM jsonb_array_elements("snapshot"->'attendance') WITH ORDINALITY AS a))
WHERE "entity" = 'meeting' AND jsonb_typeof("snapshot"->'attendance') = 'array';
