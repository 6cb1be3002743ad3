import { index, date, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { bodies, organizations } from '../bodies/schema.ts';
import { meetings } from '../meetings/schema.ts';

/** OParl Paper: a case (sag). The case number is opaque: formats differ between bodies. */
export const cases = pgTable('cases', {
  id: id(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  caseNumber: text('case_number'),
  title: text('title').notNull(),
  caseType: text('case_type'),
  date: date('date'),
  ...timestamps,
}, (t) => [
  // An import finds each item's case by body and number: without this it read every case of the archive.
  index('cases_body_case_number_idx').on(t.bodyId, t.caseNumber),
]);

export const consultationRole = pgEnum('consultation_role', ['decision', 'hearing', 'information', 'preparation']);
export const consultationOutcome = pgEnum('consultation_outcome', [
  'pending',
  'approved',
  'amended',
  'rejected',
  'noted',
  'forwarded',
]);

/** OParl Consultation: one step of a case's path through the bodies (sagsgang). */
export const consultations = pgTable('consultations', {
  id: id(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  meetingId: uuid('meeting_id').references(() => meetings.id),
  /** Set when the consultation is an item on a meeting's agenda. */
  agendaItemId: uuid('agenda_item_id'),
  position: integer('position').notNull(),
  role: consultationRole('role').notNull(),
  outcome: consultationOutcome('outcome').notNull().default('pending'),
  decidedOn: date('decided_on'),
  ...timestamps,
}, (t) => [index('consultations_case_id_idx').on(t.caseId), index('consultations_meeting_id_idx').on(t.meetingId), index('consultations_agenda_item_id_idx').on(t.agendaItemId)]);
