// What a rendered agenda or minutes contains — built from the database through the
// permissions layer, or from a parsed document (for round-trip checks).
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/connect.ts';
import { meetings, attendance, locations } from '../../meetings/schema.ts';
import { organizations } from '../../bodies/schema.ts';
import { agendaItems } from '../../agenda/schema.ts';
import { loadItemContents, type ItemContent, type SectionInput } from '../../agenda/content.ts';
import { itemVisibility, canSeeAgenda, type Viewer } from '../../permissions/visibility.ts';
import { agendaIsPublic, minutesArePublic } from '../../meetings/state.ts';
import { instantToCopenhagen } from '../../shared/time.ts';
import { sortDanish } from '../../shared/i18n.ts';
import type { ParsedMeeting, Substitution } from '../parse/types.ts';
import type { Movement } from './text.ts';
import { itemContentFromParsed } from '../parsed-content.ts';
import { maskContent, maskSensitive, type ScreeningOptions } from '../screening.ts';
import { publicScreening } from '../../permissions/publication.ts';
import { addendaOf } from '../../minutes/addenda.ts';
import { notesShown } from '../../minutes/notes.ts';

export interface RenderItem {
  number: string;
  /** null: a closed item whose title the public may not see. */
  title: string | null;
  public: boolean;
  caseNumber: string | null;
  /** null: closed content left out of the public version. */
  sections: SectionInput[] | null;
  attachments: string[];
}

export interface RenderModel {
  kind: 'agenda' | 'minutes';
  /** public: open content only; members: everything, marked so on every page. */
  audience: 'public' | 'members';
  /** Not released yet: shown to the secretariat and named reviewers, marked "Ikke frigivet version". */
  draft: boolean;
  organization: string;
  date: string;
  start: string | null;
  location: string | null;
  items: RenderItem[];
  /** Everyone not there, with notice or without. */
  absent: string[];
  /** Of those, who sent no word ("… var fraværende uden afbud."). */
  absentWithoutNotice?: string[];
  /** Who stood in for an absent member. */
  substitutes?: Substitution[];
  /** Who came late or left early (present members), printed under the attendance line. */
  movements?: Movement[];
  /** Whether attendance was recorded (then the minutes say who was absent, or that all came). */
  attendanceRecorded: boolean;
  closedAt: string | null;
  /** The minutes' notes on the meeting (who chaired, the order items were taken in), printed under "Bemærkninger". */
  notes?: string[];
  /** Additions to locked minutes (date, text), printed after the closing time. */
  addenda: { date: string; text: string }[];
}

export type DocumentKind = 'agenda' | 'minutes';

/** The meeting as the viewer may have it rendered, or null when there is nothing they may see. */
export async function loadRenderModel(db: Queryable, meetingId: string, kind: DocumentKind, viewer: Viewer): Promise<RenderModel | null> {
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) return null;
  const meeting = await db.query.meetings.findFirst({ where: eq(meetings.id, meetingId) });
  if (!meeting) return null;
  if (!canSeeAgenda(viewer, meeting.state)) return null;
  const drafts = viewer.kind === 'member' && viewer.drafts;
  const released = kind === 'agenda' ? agendaIsPublic(meeting.state) : minutesArePublic(meeting.state);
  if (!released && !drafts) return null;
  const org = (await db.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
  const location = meeting.locationId ? await db.query.locations.findFirst({ where: eq(locations.id, meeting.locationId) }) : undefined;
  const rows = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position));
  const readable = rows.filter((r) => itemVisibility(viewer, r, org).content);
  const contents = await loadItemContents(db, readable.map((r) => r.id));
  // Who was not there for a closed item says something about that item: only where its content may be read.
  const readableNumbers = new Set(readable.map((r) => r.number));
  const people = kind === 'minutes' ? await db.select().from(attendance).where(eq(attendance.meetingId, meeting.id)) : [];
  const { date, time } = instantToCopenhagen(meeting.start);
  const screening = viewer.kind === 'public' ? await publicScreening(db) : null;
  return {
    kind,
    audience: viewer.kind === 'member' && viewer.closed ? 'members' : 'public',
    draft: !released,
    organization: org.name,
    date,
    start: time === '00:00' ? null : time,
    location: location?.description ?? null,
    items: renderItems(rows, (r) => contents.get(r.id)!, kind, viewer, org, screening),
    absent: sortDanish(people.filter((p) => p.status !== 'present'), (p) => p.name).map((p) => p.name),
    absentWithoutNotice: sortDanish(people.filter((p) => p.status === 'absent'), (p) => p.name).map((p) => p.name),
    substitutes: sortDanish(people.filter((p) => p.status === 'present' && p.substituteForName), (p) => p.name).map((p) => ({ name: p.name, substituteFor: p.substituteForName! })),
    movements: sortDanish(people.filter((p) => p.status === 'present'), (p) => p.name)
      .map((p) => ({ name: p.name, arrivedDuringItem: p.arrivedDuringItem, leftDuringItem: p.leftDuringItem, absentDuringItems: p.absentDuringItems.filter((n) => readableNumbers.has(n)) }))
      .filter((p) => p.arrivedDuringItem || p.leftDuringItem || p.absentDuringItems.length),
    attendanceRecorded: people.length > 0,
    closedAt: kind === 'minutes' && meeting.adjournedAt ? instantToCopenhagen(meeting.adjournedAt).time : null,
    notes: kind === 'minutes' ? notesShown(meeting.minutesNotes, screening) : [],
    addenda: kind === 'minutes' ? (await addendaOf(db, meeting.id)).map((a) => ({ date: instantToCopenhagen(a.createdAt).date, text: screening ? maskSensitive(a.text, screening) : a.text })) : [],
  };
}

type ItemRow = { number: string; title: string; public: boolean; caseNumber: string | null };

/**
 * The items as the viewer may have them: closed content left out, titles only where the body
 * allows, personal data masked for the public. Pure, so an import can build the public version
 * from what it just wrote without reading it back.
 */
export function renderItems<R extends ItemRow>(
  rows: R[],
  contentOf: (row: R, index: number) => ItemContent,
  kind: DocumentKind,
  viewer: Viewer,
  org: { closedItemTitlesPublic: boolean },
  screening: ScreeningOptions | null,
): RenderItem[] {
  return rows.map((r, index) => {
    const v = itemVisibility(viewer, r, org);
    const c = v.content ? (screening ? maskContent(contentOf(r, index), screening) : contentOf(r, index)) : null;
    return {
      number: r.number,
      title: v.title ? (screening ? maskSensitive(r.title, screening) : r.title) : null,
      public: r.public,
      caseNumber: v.content ? r.caseNumber : null,
      // An agenda shows no decisions, even when the minutes exist.
      sections: c ? (kind === 'agenda' ? c.sections.filter((s) => s.kind !== 'decision') : c.sections) : null,
      attachments: c?.attachments ?? [],
    };
  });
}

export function renderModelFromParsed(parsed: ParsedMeeting, audience: 'public' | 'members' = 'members'): RenderModel {
  return {
    kind: parsed.kind,
    audience,
    draft: false,
    organization: parsed.organization ?? '',
    date: parsed.date ?? '',
    start: parsed.start,
    location: parsed.location,
    items: parsed.items.map((i) => {
      const content = itemContentFromParsed(i);
      return { number: i.number, title: i.title, public: i.public, caseNumber: i.caseNumber, sections: content.sections, attachments: content.attachments };
    }),
    // (A ParsedMeeting built before absentWithoutNotice and substitutes existed, e.g. by a script, has none.)
    absent: [...parsed.absent, ...(parsed.absentWithoutNotice ?? [])],
    absentWithoutNotice: parsed.absentWithoutNotice ?? [],
    substitutes: parsed.substitutes ?? [],
    movements: parsed.attendanceChanges ?? [],
    attendanceRecorded: parsed.absent.length + (parsed.absentWithoutNotice ?? []).length + (parsed.substitutes ?? []).length + (parsed.attendanceChanges ?? []).length > 0,
    closedAt: parsed.closedAt,
    // (A ParsedMeeting built before notes existed has none.)
    notes: parsed.kind === 'minutes' ? parsed.notes ?? [] : [],
    addenda: [],
  };
}
