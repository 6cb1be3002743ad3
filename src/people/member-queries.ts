// A member's start page: next meetings, minutes awaiting their approval, what changed since last visit.
import { and, asc, desc, eq, gt, gte, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { meetings } from '../meetings/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { recordVersions } from '../audit/schema.ts';
import { reviewRequests } from '../agenda/schema.ts';
import { minutesApprovals } from '../minutes/schema.ts';
import { users } from '../accounts/schema.ts';
import { can, type Principal } from '../permissions/policy.ts';

export async function memberStart(db: Queryable, principal: Extract<Principal, { kind: 'user' }>, now = new Date()) {
  const all = await db.select().from(organizations);
  // A role held everywhere (an administrator's) covers every organization.
  const global = principal.grants.some((g) => g.organizationId === null);
  const mine = all.filter((o) => global || principal.grants.some((g) => g.organizationId === o.id));
  const orgIds = mine.map((o) => o.id);
  const name = new Map(all.map((o) => [o.id, o.name]));
  const upcoming = orgIds.length
    ? await db.select().from(meetings).where(and(inArray(meetings.organizationId, orgIds), gte(meetings.start, new Date(now.getTime() - 12 * 3600_000)), eq(meetings.cancelled, false))).orderBy(asc(meetings.start)).limit(10)
    : [];
  const approvable = orgIds.filter((id) => can(principal, 'minutes.approve_own', { organizationId: id }));
  const released = approvable.length
    ? await db.select().from(meetings).where(and(inArray(meetings.organizationId, approvable), eq(meetings.state, 'minutes_released'))).orderBy(desc(meetings.start))
    : [];
  const approved = released.length
    ? new Set((await db.select({ id: minutesApprovals.meetingId }).from(minutesApprovals).where(and(eq(minutesApprovals.userId, principal.userId), inArray(minutesApprovals.meetingId, released.map((m) => m.id))))).map((r) => r.id))
    : new Set<string>();
  const [user] = await db.select({ lastSeenAt: users.lastSeenAt }).from(users).where(eq(users.id, principal.userId));
  const since = user?.lastSeenAt ?? new Date(now.getTime() - 14 * 86_400_000);
  const changes = orgIds.length
    ? await db.select({ meetingId: recordVersions.entityId, note: recordVersions.note, at: recordVersions.createdAt, start: meetings.start, organizationId: meetings.organizationId })
      .from(recordVersions).innerJoin(meetings, eq(meetings.id, recordVersions.entityId))
      .where(and(eq(recordVersions.entity, 'meeting'), gt(recordVersions.createdAt, since), inArray(meetings.organizationId, orgIds), ne(meetings.state, 'planned')))
      .orderBy(desc(recordVersions.createdAt)).limit(30)
    : [];
  const reviews = await db.select({ meetingId: reviewRequests.meetingId, start: meetings.start, organizationId: meetings.organizationId })
    .from(reviewRequests).innerJoin(meetings, eq(meetings.id, reviewRequests.meetingId))
    .where(and(eq(reviewRequests.userId, principal.userId), eq(meetings.state, 'planned')));
  return {
    since: user?.lastSeenAt ?? null,
    organizations: mine,
    upcoming: upcoming.map((m) => ({ ...m, organization: name.get(m.organizationId)! })),
    awaitingApproval: released.filter((m) => !approved.has(m.id)).map((m) => ({ ...m, organization: name.get(m.organizationId)! })),
    changes: changes.map((c) => ({ ...c, organization: name.get(c.organizationId)! })),
    reviews: reviews.map((r) => ({ ...r, organization: name.get(r.organizationId)! })),
  };
}

/** Remembers the visit, so the next start page shows only what changed after it. */
export async function markSeen(db: Queryable, userId: string, at = new Date()) {
  await db.update(users).set({ lastSeenAt: at }).where(eq(users.id, userId));
}
