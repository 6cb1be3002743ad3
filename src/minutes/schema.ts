import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id } from '../db/columns.ts';
import { meetings } from '../meetings/schema.ts';
import { persons } from '../people/schema.ts';

/** A member's own approval of released minutes (timestamped). */
export const minutesApprovals = pgTable('minutes_approvals', {
  id: id(),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull(),
  personId: uuid('person_id').references(() => persons.id),
  name: text('name').notNull(),
  approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [unique('minutes_approvals_meeting_user').on(t.meetingId, t.userId)]);

/** After the body approved the minutes they are locked: corrections only as addenda. */
export const minutesAddenda = pgTable('minutes_addenda', {
  id: id(),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  actorName: text('actor_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('minutes_addenda_meeting_idx').on(t.meetingId)]);
