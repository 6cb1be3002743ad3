import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { minutesAddenda } from './schema.ts';

/** Additions to locked minutes, oldest first. Kept apart from the commands: renderers read it. */
export async function addendaOf(db: Queryable, meetingId: string) {
  return db.select().from(minutesAddenda).where(eq(minutesAddenda.meetingId, meetingId)).orderBy(asc(minutesAddenda.createdAt));
}
