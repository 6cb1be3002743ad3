import { index, boolean, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { meetings } from '../meetings/schema.ts';
import { cases } from '../cases/schema.ts';

/** OParl AgendaItem. Closed items (lukkede punkter) are never shown to the public. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The number as printed ("1", "12"); numbers may continue across meetings. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    public: boolean('public').notNull().default(true),
    closedReason: text('closed_reason'),
    caseId: uuid('case_id').references(() => cases.id),
    /** The case number as printed on this item. */
    caseNumber: text('case_number'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [unique('agenda_items_meeting_position').on(t.meetingId, t.position)],
);

export const sectionKind = pgEnum('section_kind', [
  'summary',
  'recommendation',
  'presentation',
  'financial_consequences',
  'decision',
  'practical_information',
  'attachments',
  'consultation_path',
  'other',
]);

/** The item's sections in printed order; recommendation and decision also carry clauses. */
export const itemSections = pgTable('item_sections', {
  id: id(),
  itemId: uuid('item_id').notNull().references(() => agendaItems.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: sectionKind('kind').notNull(),
  /** Heading as written ("Indstilling", "Beslutning i Voksen- og plejeudvalget den 22-11-2023"). */
  heading: text('heading').notNull(),
  /** Free text; for recommendation/decision the lead-in ("Direktionen indstiller,") is in lead. */
  text: text('text').notNull().default(''),
  /** Who recommends ("Direktionen") or who decides ("Udvalg for lighed i sundhed"). */
  proposer: text('proposer'),
  lead: text('lead'),
  ...timestamps,
}, (t) => [index('item_sections_item_id_idx').on(t.itemId)]);

export const clauseOutcome = pgEnum('clause_outcome', ['approved', 'amended', 'rejected', 'noted']);

/** An "at"-clause of a recommendation or a decision, with the outcome for decision clauses. */
export const sectionClauses = pgTable('section_clauses', {
  id: id(),
  sectionId: uuid('section_id').notNull().references(() => itemSections.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  outcome: clauseOutcome('outcome'),
  amendedText: text('amended_text'),
  ...timestamps,
}, (t) => [index('section_clauses_section_id_idx').on(t.sectionId)]);
