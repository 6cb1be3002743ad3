import { sql } from 'drizzle-orm';
import { boolean, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { bodies, organizations } from '../bodies/schema.ts';
import { persons } from '../people/schema.ts';

/** OParl Location: where meetings are held. */
export const locations = pgTable('locations', {
  id: id(),
  bodyId: uuid('body_id').references(() => bodies.id),
  /** The place as written on the agenda, e.g. "Konferencelokalet, Regionshuset Viborg". */
  description: text('description').notNull().unique(),
  streetAddress: text('street_address'),
  postalCode: text('postal_code'),
  locality: text('locality'),
  room: text('room'),
  ...timestamps,
});

export const meetingState = pgEnum('meeting_state', [
  'planned',
  'agenda_released',
  'held',
  'minutes_released',
  'minutes_approved',
]);

/** OParl Meeting. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name'),
    state: meetingState('state').notNull().default('planned'),
    cancelled: boolean('cancelled').notNull().default(false),
    start: timestamp('start', { withTimezone: true, mode: 'date' }).notNull(),
    end: timestamp('end', { withTimezone: true, mode: 'date' }),
    /** When the chair closed the meeting ("Mødet blev hævet kl. 11.30"). */
    adjournedAt: timestamp('adjourned_at', { withTimezone: true, mode: 'date' }),
    /**
     * What the minutes note about the meeting itself beyond attendance and times — who chaired, the order items were
     * taken in, guests — one a line (src/minutes/notes.ts). Part of the minutes: public with them.
     */
    minutesNotes: text('minutes_notes').notNull().default(''),
    locationId: uuid('location_id').references(() => locations.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [unique('meetings_org_start').on(t.organizationId, t.start)],
);

export const attendanceStatus = pgEnum('attendance_status', ['present', 'absent_with_notice', 'absent']);

/** Who attended: present, absent with notice, substitutes, arrivals and departures during items. */
export const attendance = pgTable(
  'attendance',
  {
    id: id(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id),
    /** Name as recorded, kept even when matched to a person. */
    name: text('name').notNull(),
    status: attendanceStatus('status').notNull(),
    substituteForId: uuid('substitute_for_id').references(() => persons.id),
    /** Whom a substitute stood in for, as recorded (the minutes name them; imported ones may match no person). */
    substituteForName: text('substitute_for_name'),
    /** Items by their number as printed ("6", "1.a": src/agenda/item-numbers.ts). */
    arrivedDuringItem: text('arrived_during_item'),
    leftDuringItem: text('left_during_item'),
    /** Present, but not for these items (inhabil, or away for a while). */
    absentDuringItems: text('absent_during_items').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [unique('attendance_meeting_name').on(t.meetingId, t.name)],
);
