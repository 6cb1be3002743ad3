import { index, boolean, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { meetings } from '../meetings/schema.ts';
import { cases } from '../cases/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { persons } from '../people/schema.ts';

/** What a recurring item does beyond its text: the minutes fill attendance and previous-minutes items themselves. */
export const itemKind = pgEnum('item_kind', ['normal', 'previous_minutes', 'attendance']);

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
    kind: itemKind('kind').notNull().default('normal'),
    /** Added after the agenda was released (tillægsdagsorden). */
    supplementary: boolean('supplementary').notNull().default(false),
    /** For "Godkendelse af referat": the meeting whose minutes are to be approved. */
    refersToMeetingId: uuid('refers_to_meeting_id').references(() => meetings.id),
    /** The body's recurring item this was made from (its placement keeps it first or last). */
    recurringItemId: uuid('recurring_item_id'),
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

/** Items a body puts on every agenda (Velkomst, Godkendelse af referat, Mødedeltagelse …). */
export const recurringItems = pgTable('recurring_items', {
  id: id(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  title: text('title').notNull(),
  /** Placed before the meeting's other items (start) or after them (end). */
  placement: text('placement', { enum: ['start', 'end'] }).notNull(),
  position: integer('position').notNull(),
  kind: itemKind('kind').notNull().default('normal'),
  /** Sections the item starts with (same shape as an item's content). */
  sections: jsonb('sections').notNull().default([]),
  ...timestamps,
}, (t) => [index('recurring_items_org_idx').on(t.organizationId)]);

export const statementKind = pgEnum('statement_kind', ['remark', 'dissent', 'conflict']);

/** Protocol remarks (protokollat), dissents and declared conflicts of interest, by named members. */
export const itemStatements = pgTable('item_statements', {
  id: id(),
  itemId: uuid('item_id').notNull().references(() => agendaItems.id, { onDelete: 'cascade' }),
  kind: statementKind('kind').notNull(),
  personId: uuid('person_id').references(() => persons.id),
  name: text('name').notNull(),
  text: text('text').notNull().default(''),
  position: integer('position').notNull(),
  ...timestamps,
}, (t) => [index('item_statements_item_idx').on(t.itemId)]);

/** People asked to review a draft agenda before release. */
export const reviewRequests = pgTable('review_requests', {
  id: id(),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull(),
  requestedBy: text('requested_by').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [unique('review_requests_meeting_user').on(t.meetingId, t.userId)]);
