// Read models for the secretariat: the organizations one works for, a meeting's agenda as it is
// being built, one item for editing.
import { and, asc, desc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { organizations } from '../bodies/schema.ts';
import { meetings, locations } from '../meetings/schema.ts';
import { agendaItems, recurringItems, reviewRequests } from './schema.ts';
import { publishedVersions } from '../meetings/versions.ts';
import { cases } from '../cases/schema.ts';
import { roleGrants, users } from '../accounts/schema.ts';
import { loadItemContents } from './content.ts';
import { attachmentsOf } from './attachments.ts';
import { agendaReleaseProblems, maskedFindings, minutesReleaseProblems } from './release-checks.ts';
import { publicScreening } from '../permissions/publication.ts';
import { loadCheckItems } from './release.ts';
import { organizationsWhere, type Principal } from '../permissions/policy.ts';
import { sortOrganizations } from '../bodies/queries.ts';

export async function staffOrganizations(db: Queryable, principal: Principal) {
  const ids = organizationsWhere(principal, 'agenda.edit');
  if (ids.length === 0) return [];
  const all = await db.select().from(organizations);
  const orgs = ids.includes(null) ? all : all.filter((o) => ids.includes(o.id));
  const since = new Date(Date.now() - 120 * 86_400_000);
  const rows = orgs.length
    ? await db.select().from(meetings).where(and(inArray(meetings.organizationId, orgs.map((o) => o.id)), gte(meetings.start, since))).orderBy(asc(meetings.start))
    : [];
  return sortOrganizations(orgs).map((o) => ({ org: o, meetings: rows.filter((m) => m.organizationId === o.id) }));
}

export async function organizationBySlug(db: Queryable, slug: string) {
  return (await db.query.organizations.findFirst({ where: eq(organizations.slug, slug) })) ?? null;
}

export async function recurringRules(db: Queryable, organizationId: string) {
  return db.select().from(recurringItems).where(eq(recurringItems.organizationId, organizationId)).orderBy(asc(recurringItems.position));
}

export async function builderPage(db: Queryable, meetingId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) return null;
  const meeting = await db.query.meetings.findFirst({ where: eq(meetings.id, meetingId) });
  if (!meeting) return null;
  const org = (await db.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
  const location = meeting.locationId ? ((await db.query.locations.findFirst({ where: eq(locations.id, meeting.locationId) })) ?? null) : null;
  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position));
  const checkItems = await loadCheckItems(db, meeting.id);
  const problems = meeting.state === 'planned' ? agendaReleaseProblems(checkItems) : meeting.state === 'held' ? minutesReleaseProblems(checkItems, meeting.adjournedAt !== null) : [];
  const masked = maskedFindings(checkItems, await publicScreening(db));
  const versions = await publishedVersions(db, meeting.id);
  const reviewers = await db.select({ userId: reviewRequests.userId, name: users.name, requestedAt: reviewRequests.requestedAt })
    .from(reviewRequests).innerJoin(users, eq(users.id, reviewRequests.userId)).where(eq(reviewRequests.meetingId, meeting.id));
  const candidates = await db.selectDistinct({ id: users.id, name: users.name, email: users.email }).from(users).innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(users.disabled, false), or(eq(roleGrants.organizationId, org.id), isNull(roleGrants.organizationId))));
  const others = await db.select({ id: meetings.id, start: meetings.start, state: meetings.state }).from(meetings)
    .where(and(eq(meetings.organizationId, org.id), eq(meetings.cancelled, false), inArray(meetings.state, ['planned', 'agenda_released']))).orderBy(asc(meetings.start));
  // Cases of the same body an item can be made from (newest first).
  const caseOptions = await db.select({ id: cases.id, caseNumber: cases.caseNumber, title: cases.title }).from(cases)
    .where(eq(cases.bodyId, org.bodyId)).orderBy(desc(cases.createdAt)).limit(200);
  return { meeting, org, location, items, checkItems, problems, masked, versions, reviewers, candidates, caseOptions, otherMeetings: others.filter((m) => m.id !== meeting.id) };
}

export async function itemEditPage(db: Queryable, itemId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(itemId)) return null;
  const item = await db.query.agendaItems.findFirst({ where: eq(agendaItems.id, itemId) });
  if (!item) return null;
  const meeting = (await db.query.meetings.findFirst({ where: eq(meetings.id, item.meetingId) }))!;
  const org = (await db.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
  const content = (await loadItemContents(db, [item.id])).get(item.id)!;
  const attachments = await attachmentsOf(db, [item.id]);
  return { item, meeting, org, content, attachments };
}
