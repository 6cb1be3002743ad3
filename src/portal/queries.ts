// Read models for the public portal: the meeting plan, latest decisions, published documents.
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { meetings, locations } from '../meetings/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { searchEntries } from '../search/schema.ts';
import type { CalendarMeeting } from './ical.ts';

const meetingColumns = {
  id: meetings.id,
  organization: organizations.name,
  organizationSlug: organizations.slug,
  start: meetings.start,
  end: meetings.end,
  location: locations.description,
  cancelled: meetings.cancelled,
  state: meetings.state,
  modifiedAt: meetings.modifiedAt,
};

export type PlanMeeting = CalendarMeeting & { organizationSlug: string };

/** The meeting plan is public: every meeting, planned ones too, newest last. */
export async function planMeetings(db: Queryable, filter: { organ?: string; from?: Date; to?: Date } = {}): Promise<PlanMeeting[]> {
  const where = [
    filter.organ ? eq(organizations.slug, filter.organ) : undefined,
    filter.from ? gte(meetings.start, filter.from) : undefined,
    filter.to ? lt(meetings.start, filter.to) : undefined,
  ].filter((w) => w !== undefined);
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(organizations, eq(organizations.id, meetings.organizationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(meetings.start));
}

export async function upcomingMeetings(db: Queryable, now: Date, limit = 5): Promise<PlanMeeting[]> {
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(organizations, eq(organizations.id, meetings.organizationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .where(gte(meetings.start, now))
    .orderBy(asc(meetings.start))
    .limit(limit);
}

/** Latest decisions, from the public search index (which holds nothing closed or unreleased). */
export async function latestDecisions(db: Queryable, limit = 5) {
  return db
    .select({ meetingId: searchEntries.meetingId, number: searchEntries.number, title: searchEntries.title, date: searchEntries.date, body: searchEntries.body, organization: organizations.name })
    .from(searchEntries)
    .innerJoin(organizations, eq(organizations.id, searchEntries.organizationId))
    .where(eq(searchEntries.kind, 'decision'))
    .orderBy(desc(searchEntries.date), asc(sql`${searchEntries.number}::text`))
    .limit(limit);
}
