// Which meeting a document is about. The agenda and the minutes of one meeting may give different
// times ("kl. 13.00" and "kl. 13.30"), so the day decides — but a body can meet twice a day (an
// extraordinary meeting after the ordinary one), and a document of the second must not overwrite
// the first.
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { meetings } from '../meetings/schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { copenhagenToInstant } from '../shared/time.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { looseKey } from '../shared/schemas.ts';

/** The organization's meetings on a day (Copenhagen time). */
export function onDay(organizationId: string, date: string) {
  const dayStart = copenhagenToInstant(date, '00:00');
  const dayEnd = copenhagenToInstant(new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10), '00:00');
  return and(eq(meetings.organizationId, organizationId), gte(meetings.start, dayStart), lt(meetings.start, dayEnd));
}

export interface Candidate<M> {
  meeting: M;
  start: Date;
  titles: string[];
}

/**
 * The meeting at the document's time; else the day's meeting with items in common with the document (most of them);
 * else the day's only meeting, unless both give a time, they differ, and that meeting has items none of which the
 * document has: then it is another meeting (null: a new one).
 */
export function chooseMeeting<M>(candidates: Candidate<M>[], start: Date | null, titles: string[]): M | null {
  if (candidates.length === 0) return null;
  if (start) {
    const exact = candidates.find((c) => c.start.getTime() === start.getTime());
    if (exact) return exact.meeting;
  }
  const wanted = new Set(titles.map(looseKey));
  const shared = candidates
    .map((c) => ({ c, n: c.titles.filter((t) => wanted.has(looseKey(t))).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  if (shared.length) return shared[0]!.c.meeting;
  if (candidates.length === 1 && (!start || candidates[0]!.titles.length === 0)) return candidates[0]!.meeting;
  return null;
}

/** The meeting a parsed document is about, if the organization has it (locked for the import when `lock`). */
export async function findSameMeeting(db: Queryable, organizationId: string, parsed: ParsedMeeting & { date: string }, lock = false) {
  const query = db.select().from(meetings).where(onDay(organizationId, parsed.date));
  const day = lock ? await query.for('update') : await query;
  if (day.length === 0) return null;
  const start = parsed.start ? copenhagenToInstant(parsed.date, parsed.start) : null;
  // The meeting at the document's time is the one (as chooseMeeting decides), without reading any items.
  const exact = start && day.find((m) => m.start.getTime() === start.getTime());
  if (exact) return exact;
  const items = await db.select({ meetingId: agendaItems.meetingId, title: agendaItems.title }).from(agendaItems).where(inArray(agendaItems.meetingId, day.map((m) => m.id)));
  return chooseMeeting(day.map((m) => ({ meeting: m, start: m.start, titles: items.filter((i) => i.meetingId === m.id).map((i) => i.title) })), start, parsed.items.map((i) => i.title));
}
