// Attachments (bilag) on an item. The route stores the bytes in the blob store first (keys are
// content hashes, so a stored blob without a record is harmless); the command records the file,
// its check result and its link in one transaction.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { optionalText, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { files, itemAttachments } from '../documents/schema.ts';
import { notFound, AppError } from '../shared/errors.ts';
import { loadItemContents, replaceSections } from './content.ts';
import { lockItemForContent } from './items.ts';
import { meetingChanged, requireChangeNote } from './changes.ts';
import { sniffType, uploadProblem } from '../documents/sniff.ts';
import type { BlobStore } from '../documents/blobs.ts';
import { extractPdfText } from '../documents/pdf-text.ts';

/** "25" or "0.05": the limit as the message shows it. */
export const megabytes = (bytes: number) => { const mb = bytes / 1024 / 1024; return mb >= 1 ? String(Math.round(mb)) : mb.toFixed(2); };

export interface StoredUpload {
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  checkProblem: string | null;
  text: string | null;
}

/** Checks and stores an upload's bytes. Too large is refused outright; a wrong type is stored but marked. */
export async function storeUpload(blobs: BlobStore, fileName: string, bytes: Uint8Array, maxBytes: number): Promise<StoredUpload> {
  if (bytes.length > maxBytes) throw new AppError('payload_too_large', 'rule.attachment.too_large', { max: megabytes(maxBytes) });
  if (bytes.length === 0) throw new AppError('validation', 'error.validation', {}, [{ field: 'file', rule: 'rule.attachment.empty' }]);
  const sniffed = sniffType(bytes);
  let checkProblem = uploadProblem(fileName, sniffed);
  let text: string | null = null;
  if (!checkProblem && sniffed === 'application/pdf') {
    // The text makes the attachment searchable and lets release look for CPR numbers in it.
    try {
      text = (await extractPdfText(bytes, fileName)).text;
    } catch {
      checkProblem = 'rule.attachment.unreadable_pdf';
    }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const mimeType = sniffed ?? 'application/octet-stream';
  await blobs.put(sha256, bytes, mimeType);
  return { fileName, mimeType, size: bytes.length, sha256, checkProblem, text };
}

export const attachFile = defineCommand({
  name: 'attachFile',
  input: z.object({
    itemId: uuid,
    name: z.string().trim().min(1).max(300),
    upload: z.object({ fileName: z.string().min(1).max(300), mimeType: z.string(), size: z.number().int().positive(), sha256: z.string().regex(/^[a-f0-9]{64}$/), checkProblem: z.string().nullable(), text: z.string().nullable() }),
    changeNote: optionalText,
  }),
  async run(tx, actor, input) {
    const { item, meeting } = await lockItemForContent(tx, input.itemId);
    const note = requireChangeNote(meeting.state, input.changeNote, `Bilag "${input.name}" tilføjet til punkt ${item.number}`);
    const u = input.upload;
    const [file] = await tx.insert(files).values({ name: input.name, fileName: u.fileName, mimeType: u.mimeType, size: u.size, sha256: u.sha256, storageKey: u.sha256, text: u.text, checkProblem: u.checkProblem }).returning();
    const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(itemAttachments).where(eq(itemAttachments.itemId, item.id))) as [{ n: number }];
    await tx.insert(itemAttachments).values({ itemId: item.id, fileId: file!.id, position: n });
    // Agendas print attachments under "Bilag": make sure the item has that section.
    const content = (await loadItemContents(tx, [item.id])).get(item.id)!;
    if (!content.sections.some((s) => s.kind === 'attachments')) {
      await replaceSections(tx, item.id, [...content.sections, { kind: 'attachments', heading: 'Bilag', text: '', proposer: null, lead: null, clauses: [] }]);
    }
    await tx.update(files).set({ modifiedAt: new Date() }).where(eq(files.id, file!.id));
    await meetingChanged(tx, actor, meeting.id, note);
    await writeAudit(tx, actor, { command: 'attachFile', entity: 'agenda_item', entityId: item.id, after: { file: file!.id, name: input.name, size: u.size, type: u.mimeType, checkProblem: u.checkProblem } });
    return file!;
  },
});

export const removeAttachment = defineCommand({
  name: 'removeAttachment',
  input: z.object({ itemId: uuid, fileId: uuid, changeNote: optionalText }),
  async run(tx, actor, input) {
    const { item, meeting } = await lockItemForContent(tx, input.itemId);
    const [link] = await tx.delete(itemAttachments).where(and(eq(itemAttachments.itemId, item.id), eq(itemAttachments.fileId, input.fileId))).returning();
    if (!link) throw notFound('file', input.fileId);
    const [file] = await tx.delete(files).where(eq(files.id, input.fileId)).returning();
    const note = requireChangeNote(meeting.state, input.changeNote, `Bilag "${file!.name}" fjernet fra punkt ${item.number}`);
    await meetingChanged(tx, actor, meeting.id, note);
    await writeAudit(tx, actor, { command: 'removeAttachment', entity: 'agenda_item', entityId: item.id, before: { file: file!.id, name: file!.name } });
    return { removed: true };
  },
});

/** An item's attachments with their check results (for the builder and release checks). */
export async function attachmentsOf(db: Parameters<typeof loadItemContents>[0], itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({ itemId: itemAttachments.itemId, fileId: files.id, name: files.name, fileName: files.fileName, size: files.size, mimeType: files.mimeType, checkProblem: files.checkProblem, text: files.text, storageKey: files.storageKey })
    .from(itemAttachments)
    .innerJoin(files, eq(files.id, itemAttachments.fileId))
    .where(sql`${itemAttachments.itemId} = any(${sql.param(itemIds)}::uuid[])`)
    .orderBy(asc(itemAttachments.position));
}
