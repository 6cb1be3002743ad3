// Read model of one meeting as a viewer may see it.
import { asc, eq, inArray } from 'drizzle-orm';
import { minutesArePublic } from './state.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import type { Queryable } from '../db/connect.ts';
import { attendance, locations, meetings } from './schema.ts';
import { organizations } from '../bodies/schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { loadItemContents, type ItemContent } from '../agenda/content.ts';
import { canSeeAgenda, decisionsVisible, itemVisibility, visibleContent, type Viewer } from '../permissions/visibility.ts';
import { notesShown } from '../minutes/notes.ts';
import { publicScreening } from '../permissions/publication.ts';
import { maskContent, maskSensitive } from '../documents/screening.ts';
import { attachmentLinks, type AttachmentLink } from '../documents/attachment-links.tsx';

export interface VisibleItem {
  id: string;
  number: string;
  /** null when the title of a closed item is withheld. */
  title: string | null;
  public: boolean;
  caseNumber: string | null;
  /** null when the viewer may not see the content. */
  content: ItemContent | null;
  attachmentLinks: AttachmentLink[];
  /** Added after the agenda was released (tillægsdagsorden). */
  supplementary: boolean;
  /** For "Godkendelse af referat": the earlier meeting whose released minutes are to be approved. */
  previousMinutes: { meetingId: string; date: string } | null;
}

/** The meeting (already read by the route to decide the viewer) as that viewer may see it. */
export async function meetingPage(db: Queryable, meeting: typeof meetings.$inferSelect, viewer: Viewer) {
  const org = (await db.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
  const location = meeting.locationId ? await db.query.locations.findFirst({ where: eq(locations.id, meeting.locationId) }) : undefined;
  const showAgenda = canSeeAgenda(viewer, meeting.state);
  const screening = showAgenda && viewer.kind === 'public' ? await publicScreening(db) : null;
  let items: VisibleItem[] = [];
  if (showAgenda) {
    const rows = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position));
    const visible = rows.map((r) => ({ row: r, vis: itemVisibility(viewer, r, org) }));
    // Content is loaded only for items the viewer may see: closed text never leaves the database.
    const contents = await loadItemContents(db, visible.filter((v) => v.vis.content).map((v) => v.row.id));
    const links = await attachmentLinks(db, visible.filter((v) => v.vis.content).map((v) => v.row.id));
    const referred = rows.map((r) => r.refersToMeetingId).filter((x): x is string => Boolean(x));
    const earlier = referred.length ? await db.select().from(meetings).where(inArray(meetings.id, referred)) : [];
    const minutesOf = new Map(earlier.filter((m) => minutesArePublic(m.state)).map((m) => [m.id, instantToCopenhagen(m.start).date]));
    const mask = (c: ItemContent) => (screening ? maskContent(c, screening) : c);
    items = visible.map(({ row, vis }) => ({
      id: row.id,
      number: row.number,
      supplementary: row.supplementary,
      title: vis.title ? (screening ? maskSensitive(row.title, screening) : row.title) : null,
      public: row.public,
      caseNumber: vis.content ? row.caseNumber : null,
      content: vis.content ? mask(visibleContent(contents.get(row.id)!, viewer, meeting.state)) : null,
      previousMinutes: row.refersToMeetingId && minutesOf.has(row.refersToMeetingId) ? { meetingId: row.refersToMeetingId, date: minutesOf.get(row.refersToMeetingId)! } : null,
      attachmentLinks: vis.content ? (links.get(row.id) ?? []).map((l) => (screening ? { ...l, name: maskSensitive(l.name, screening) } : l)) : [],
    }));
  }
  // Attendance and the notes on the meeting are part of the minutes: not shown before the minutes are.
  const minutes = showAgenda && decisionsVisible(viewer, meeting.state);
  const people = minutes ? await db.select().from(attendance).where(eq(attendance.meetingId, meeting.id)) : [];
  const notes = minutes ? notesShown(meeting.minutesNotes, screening) : [];
  return { meeting, organization: org, location: location ?? null, showAgenda, items, attendance: people, notes };
}
