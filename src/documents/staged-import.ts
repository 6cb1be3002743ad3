// Importing from the browser in two steps: the secretary uploads a document and sees what Lighed
// read from it (staged), then imports exactly that. Nothing about the meeting is written before
// they confirm, and what they confirm is what they saw, not a second reading of the file.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { and, eq, inArray, lt, or } from 'drizzle-orm';
import { defineCommand, runInTx } from '../shared/command.ts';
import { uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { AppError } from '../shared/errors.ts';
import type { Queryable } from '../db/connect.ts';
import { stagedImports } from './schema.ts';
import { assertImportable, importMeeting, minutesAreThere, type ImportResult } from './import-meeting.ts';
import { findSameMeeting } from './same-meeting.ts';
import { precedenceOf } from './combine-items.ts';
import { agendaItems } from '../agenda/schema.ts';
import { loadItemContents } from '../agenda/content.ts';
import { screenParsed } from './screening.ts';
import { publicScreening } from '../permissions/publication.ts';
import type { ParsedMeeting } from './parse/types.ts';

/** How long an upload waits for its secretary to import it. */
const STAGED_FOR_MS = 24 * 60 * 60 * 1000;

const parsedMeeting = z.custom<ParsedMeeting>((v) => typeof v === 'object' && v !== null && Array.isArray((v as ParsedMeeting).items));

/** The most documents one upload may stage (an archive is imported a batch at a time). */
export const MAX_STAGED_DOCUMENTS = 50;

const stagedDocument = z.object({ organizationId: uuid, fileName: z.string().trim().min(1).max(300), parsed: parsedMeeting });

export const stageImport = defineCommand({
  name: 'stageImport',
  input: z.object({ documents: z.array(stagedDocument).min(1).max(MAX_STAGED_DOCUMENTS) }),
  async run(tx, actor, input) {
    if (actor.kind !== 'user') throw new AppError('unauthenticated');
    for (const d of input.documents) assertImportable(d.parsed);
    // One upload (of one or more documents) waits per secretary; uploads left for a day are nobody's any more.
    await tx.delete(stagedImports).where(or(eq(stagedImports.userId, actor.id), lt(stagedImports.createdAt, new Date(Date.now() - STAGED_FOR_MS))));
    // Ids made here, so that each is known to belong to its document (RETURNING promises no order).
    const ids = input.documents.map(() => randomUUID());
    await tx.insert(stagedImports).values(input.documents.map((d, i) => ({ id: ids[i]!, userId: actor.id, organizationId: d.organizationId, fileName: d.fileName, parsed: d.parsed })));
    for (const [i, d] of input.documents.entries()) {
      await writeAudit(tx, actor, {
        command: 'stageImport', entity: 'staged_import', entityId: ids[i]!,
        after: { file: d.fileName, organizationId: d.organizationId, kind: d.parsed.kind, date: d.parsed.date, items: d.parsed.items.length },
      });
    }
    return { ids };
  },
});

/** Imports what the secretary saw in the preview, and forgets the upload in the same transaction. */
export const importStaged = defineCommand({
  name: 'importStaged',
  input: z.object({ stagedId: uuid }),
  async run(tx, actor, { stagedId }): Promise<ImportResult> {
    if (actor.kind !== 'user') throw new AppError('unauthenticated');
    const [row] = await tx.delete(stagedImports).where(and(eq(stagedImports.id, stagedId), eq(stagedImports.userId, actor.id))).returning();
    if (!row || row.createdAt.getTime() < Date.now() - STAGED_FOR_MS) throw new AppError('rule_violation', 'import.staged_missing');
    // importMeeting writes the audit entry, naming the uploaded file as its source.
    return runInTx(tx, actor, importMeeting, { parsed: row.parsed, organizationId: row.organizationId, source: row.fileName });
  },
});

/** This user's staged uploads among the ids that are still waiting. */
export async function stagedImportsOf(db: Queryable, stagedIds: string[], userId: string) {
  const ids = stagedIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return [];
  const rows = await db.select().from(stagedImports).where(and(inArray(stagedImports.id, ids), eq(stagedImports.userId, userId)));
  return rows.filter((r) => r.createdAt.getTime() >= Date.now() - STAGED_FOR_MS).map((r) => ({ ...r, parsed: r.parsed as ParsedMeeting }));
}

/** A staged upload of this user, if it is still waiting. */
export async function stagedImportOf(db: Queryable, stagedId: string, userId: string) {
  return (await stagedImportsOf(db, [stagedId], userId))[0] ?? null;
}

/** What importing each document would do: the meeting it would update (or none: a new one) and the personal data it would mask. */
export async function importEffects(db: Queryable, documents: { organizationId: string; parsed: ParsedMeeting }[]) {
  const screening = await publicScreening(db);
  const out = [];
  for (const { organizationId, parsed } of documents) {
    const existing = parsed.date ? await findSameMeeting(db, organizationId, { ...parsed, date: parsed.date }) : null;
    // Which document wins where the meeting holds another (see combine-items).
    const held = existing ? (await db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, existing.id))).map((i) => i.id) : [];
    const precedence = existing ? precedenceOf(parsed.kind, minutesAreThere(existing.state, (await loadItemContents(db, held)).values())) : 'replace';
    out.push({ existing, precedence, findings: screenParsed(parsed, screening) });
  }
  return out;
}
