import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { meetings } from '../meetings/schema.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * What the public can find. Rows are written from the public version of a meeting (closed
 * items' content left out, personal data masked), so nothing else can ever be returned.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    id: id(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id'),
    /** For attachments with extracted text: the file, so a hit links to it. */
    fileId: uuid('file_id'),
    organizationId: uuid('organization_id').notNull(),
    bodyId: uuid('body_id').notNull(),
    /** item: an agenda item's text; decision: its decision; attachment: an attachment. */
    kind: text('kind').notNull(),
    /** agenda or minutes: which document the hit is in. */
    documentKind: text('document_kind').notNull(),
    hasDecision: boolean('has_decision').notNull().default(false),
    date: date('date').notNull(),
    number: text('number'),
    caseNumber: text('case_number'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(sql`setweight(to_tsvector('danish', coalesce(title, '')), 'A') || setweight(to_tsvector('danish', coalesce(body, '')), 'B')`),
    /** The title alone, so ranking can boost title matches without parsing titles per query. */
    titleTsv: tsvector('title_tsv').notNull().generatedAlwaysAs(sql`to_tsvector('danish', coalesce(title, ''))`),
    ...timestamps,
  },
  (t) => [
    index('search_entries_title_tsv_idx').using('gin', t.titleTsv),
    index('search_entries_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    index('search_entries_meeting_idx').on(t.meetingId),
    index('search_entries_date_idx').on(t.date),
    // Written by hand in drizzle/0005 and 0006 (drizzle-kit cannot express them):
    // search_entries_year_tsv_idx, GIN over (year of date, organization_id, tsv) through btree_gin;
    // search_entries_title_walk_idx on (date) and search_entries_body_title_walk_idx on
    // (organization_id, date), both INCLUDE (title_tsv and the filter columns).
  ],
);

/** Words the public text contains, for "did you mean" (pg_trgm similarity). */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
    plain: text('plain').notNull(),
  },
  (t) => [index('search_words_plain_trgm_idx').using('gin', sql`${t.plain} gin_trgm_ops`)],
);
