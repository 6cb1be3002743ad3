// Read models for recording a meeting and for members' approvals.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { memberships, persons } from '../people/schema.ts';
import { attendance } from '../meetings/schema.ts';
import { itemStatements } from '../agenda/schema.ts';
import { minutesApprovals } from './schema.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { sortDanish } from '../shared/i18n.ts';
import { builderPage } from '../agenda/queries.ts';
import { addendaOf } from './addenda.ts';

/** The organization's members on the meeting's day (substitutes included: they may stand in). */
export async function membersOn(db: Queryable, organizationId: string, date: string) {
  const rows = await db.select({ id: persons.id, name: persons.name, role: memberships.role, start: memberships.startDate, end: memberships.endDate })
    .from(memberships).innerJoin(persons, eq(persons.id, memberships.personId)).where(eq(memberships.organizationId, organizationId));
  const active = rows.filter((m) => (!m.start || m.start <= date) && (!m.end || m.end >= date));
  const unique = [...new Map(active.map((m) => [m.id, m])).values()];
  return sortDanish(unique, (m) => m.name);
}

export async function recordPage(db: Queryable, meetingId: string) {
  const page = await builderPage(db, meetingId);
  if (!page) return null;
  const date = instantToCopenhagen(page.meeting.start).date;
  const members = await membersOn(db, page.org.id, date);
  const present = await db.select().from(attendance).where(eq(attendance.meetingId, meetingId)).orderBy(asc(attendance.name));
  const approvals = await db.select().from(minutesApprovals).where(eq(minutesApprovals.meetingId, meetingId)).orderBy(asc(minutesApprovals.approvedAt));
  const addenda = await addendaOf(db, meetingId);
  return { ...page, date, members, attendance: present, approvals, addenda };
}

export async function statementsOf(db: Queryable, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.select().from(itemStatements).where(inArray(itemStatements.itemId, itemIds)).orderBy(asc(itemStatements.position));
}

export async function approvalOf(db: Queryable, meetingId: string, userId: string) {
  const [row] = await db.select().from(minutesApprovals).where(and(eq(minutesApprovals.meetingId, meetingId), eq(minutesApprovals.userId, userId)));
  return row ?? null;
}
