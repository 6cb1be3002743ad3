// A case's path through the bodies, and an agenda item with its case — as the public may see them.
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { cases, consultations } from './schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { meetings } from '../meetings/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { canSeeAgenda, itemVisibility, type Viewer } from '../permissions/visibility.ts';
import { minutesArePublic } from '../meetings/state.ts';
import { instantToCopenhagen } from '../shared/time.ts';

export interface Step {
  organization: { slug: string; name: string };
  role: 'decision' | 'hearing' | 'information' | 'preparation';
  /** What the step says, unambiguously: an outcome only where the minutes are released. */
  status: 'decided' | 'pending' | 'on_agenda' | 'awaiting_minutes';
  outcome: 'approved' | 'amended' | 'rejected' | 'noted' | 'forwarded' | 'pending';
  date: string | null;
  meetingId: string | null;
  itemId: string | null;
  itemNumber: string | null;
}

const uuidLike = /^[0-9a-f-]{36}$/i;

/** The steps the viewer may see: on a released agenda, and never through a closed item. */
export async function caseSteps(db: Queryable, caseId: string, viewer: Viewer): Promise<Step[]> {
  const rows = await db
    .select({ c: consultations, org: organizations, m: meetings, item: agendaItems })
    .from(consultations)
    .innerJoin(organizations, eq(organizations.id, consultations.organizationId))
    .leftJoin(meetings, eq(meetings.id, consultations.meetingId))
    .leftJoin(agendaItems, eq(agendaItems.id, consultations.agendaItemId))
    .where(eq(consultations.caseId, caseId))
    .orderBy(asc(consultations.position));
  return rows
    .filter((r) => !r.m || (canSeeAgenda(viewer, r.m.state) && !r.m.cancelled))
    .filter((r) => !r.item || itemVisibility(viewer, r.item, r.org).content)
    .map((r) => {
      const released = r.m ? minutesArePublic(r.m.state) || (viewer.kind === 'member' && viewer.drafts) : false;
      return {
        organization: { slug: r.org.slug, name: r.org.name },
        role: r.c.role,
        status: !r.m ? 'pending' : released && r.c.outcome !== 'pending' ? 'decided' : r.m.state === 'agenda_released' ? 'on_agenda' : 'awaiting_minutes',
        outcome: released ? r.c.outcome : 'pending',
        date: r.m ? instantToCopenhagen(r.m.start).date : null,
        meetingId: r.m?.id ?? null,
        itemId: r.item?.id ?? null,
        itemNumber: r.item?.number ?? null,
      } satisfies Step;
    });
}

export async function casePage(db: Queryable, id: string, viewer: Viewer) {
  if (!uuidLike.test(id)) return null;
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, id) });
  if (!kase) return null;
  const steps = await caseSteps(db, kase.id, viewer);
  // A case seen only through closed items does not exist for the public: even its title could tell.
  if (steps.length === 0) return null;
  return { kase, steps };
}

export async function itemPage(db: Queryable, id: string, viewer: Viewer) {
  if (!uuidLike.test(id)) return null;
  const item = await db.query.agendaItems.findFirst({ where: eq(agendaItems.id, id) });
  if (!item) return null;
  const meeting = (await db.query.meetings.findFirst({ where: eq(meetings.id, item.meetingId) }))!;
  if (!canSeeAgenda(viewer, meeting.state)) return null;
  const org = (await db.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
  const visibility = itemVisibility(viewer, item, org);
  const steps = visibility.content && item.caseId ? await caseSteps(db, item.caseId, viewer) : [];
  return { item, meeting, org, visibility, steps };
}
