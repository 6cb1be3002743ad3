// Importing from the browser in two steps: the secretary uploads a document and sees what Lighed
// read from it (staged), then imports exactly that. Nothing about the meeting is written before
// they confirm, and what they confirm is what they saw, not a second reading of the file.
import { z } from 'zod';
import { and, eq, lt, or } from 'drizzle-orm';
import { defineCommand, runInTx } from '../shared/command.ts';
import { uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { AppError } from '../shared/errors.ts';
import type { Queryable } from '../db/connect.ts';
import { meetings } from '../meetings/schema.ts';
import { stagedImports } from './schema.ts';
import { assertImportable, importMeeting, sameMeeting, type ImportResult } from './import-meeting.ts';
import { screenParsed } from './screening.ts';
import { publicScreening } from '../permissions/publication.ts';
import type { ParsedMeeting } from './parse/types.ts';

/** How long an upload waits for its secretary to import it. */
const STAGED_FOR_MS = 24 * 60 * 60 * 1000;

const parsedMeeting = z.custom<ParsedMeeting>((v) => typeof v === 'object' && v !== null && Array.isArray((v as ParsedMeeting).items));

export const stageImport = defineCommand({
  name: 'stageImport',
  input: z.object({ organizationId: uuid, fileName: z.string().trim().min(1).max(300), parsed: parsedMeeting }),
  async run(tx, actor, input) {
    if (actor.kind !== 'user') throw new AppError('unauthenticated');
    assertImportable(input.parsed);
    // One upload waits per secretary; uploads left for a day are nobody's any more.
    await tx.delete(stagedImports).where(or(eq(stagedImports.userId, actor.id), lt(stagedImports.createdAt, new Date(Date.now() - STAGED_FOR_MS))));
    const [row] = await tx.insert(stagedImports).values({ userId: actor.id, organizationId: input.organizationId, fileName: input.fileName, parsed: input.parsed }).returning({ id: stagedImports.id });
    await writeAudit(tx, actor, {
      command: 'stageImport', entity: 'staged_import', entityId: row!.id,
      after: { file: input.fileName, organizationId: input.organizationId, kind: input.parsed.kind, date: input.parsed.date, items: input.parsed.items.length },
    });
    return { id: row!.id };
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

/** A staged upload of this user, if it is still waiting. */
export async function stagedImportOf(db: Queryable, stagedId: string, userId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(stagedId)) return null;
  const row = await db.query.stagedImports.findFirst({ where: and(eq(stagedImports.id, stagedId), eq(stagedImports.userId, userId)) });
  if (!row || row.createdAt.getTime() < Date.now() - STAGED_FOR_MS) return null;
  return { ...row, parsed: row.parsed as ParsedMeeting };
}

/** What importing would do: the meeting it would update (or none: a new one) and the personal data it would mask. */
export async function importEffect(db: Queryable, organizationId: string, parsed: ParsedMeeting) {
  const existing = parsed.date ? ((await db.select().from(meetings).where(sameMeeting(organizationId, parsed.date)))[0] ?? null) : null;
  const findings = screenParsed(parsed.items, await publicScreening(db));
  return { existing, findings };
}
