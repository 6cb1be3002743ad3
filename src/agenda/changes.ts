// What every change to a meeting's agenda or minutes does besides the change itself: the
// meeting gets a new version (caches key on it), a released meeting keeps a snapshot with the
// change note, and the public search index is brought up to date.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.ts';
import type { Actor } from '../shared/actor.ts';
import { meetings } from '../meetings/schema.ts';
import { keepPublishedVersion } from '../meetings/versions.ts';
import { reindexMeeting } from '../search/indexer.ts';
import { changeNoteNeeded, type MeetingState } from '../meetings/state.ts';
import { invalid } from '../shared/errors.ts';

export async function meetingChanged(tx: Tx, actor: Actor, meetingId: string, note: string): Promise<void> {
  const [m] = await tx.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, meetingId));
  await tx.update(meetings).set({ version: m!.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, meetingId));
  await keepPublishedVersion(tx, actor, meetingId, note);
  await reindexMeeting(tx, meetingId);
}

/** The change note a released agenda needs, or a refusal naming the field. */
export function requireChangeNote(state: MeetingState, note: string | null | undefined, fallback: string | null = null): string {
  if (!changeNoteNeeded(state)) return note?.trim() || fallback || 'Ændret';
  const text = note?.trim() || fallback;
  if (!text) throw invalid([{ field: 'changeNote', rule: 'rule.change_note_required' }]);
  return text;
}
