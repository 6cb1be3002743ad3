// The viewer a request is for one meeting: the public, a member (with or without closed items),
// or someone who may read the draft (secretariat, named reviewers).
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { meetings } from '../meetings/schema.ts';
import { reviewRequests } from '../agenda/schema.ts';
import type { Principal } from './policy.ts';
import { publicViewer, viewerFor, type Viewer } from './visibility.ts';

export async function viewerForMeeting(db: Queryable, principal: Principal, meetingId: string): Promise<{ meeting: typeof meetings.$inferSelect; viewer: Viewer } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) return null;
  const meeting = await db.query.meetings.findFirst({ where: eq(meetings.id, meetingId) });
  if (!meeting) return null;
  if (principal.kind !== 'user') return { meeting, viewer: publicViewer };
  const named = meeting.state === 'planned'
    ? (await db.select({ id: reviewRequests.id }).from(reviewRequests).where(and(eq(reviewRequests.meetingId, meeting.id), eq(reviewRequests.userId, principal.userId)))).length > 0
    : false;
  return { meeting, viewer: viewerFor(principal, meeting.organizationId, named) };
}
