// An agenda item's structured content: sections in order, "at"-clauses, attachments.
// Written and read here only, so commands, the importer and renderers agree on its shape.
import { z } from 'zod';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/connect.ts';
import { itemSections, sectionClauses, sectionKind } from './schema.ts';
import { files, itemAttachments } from '../documents/schema.ts';
import { clauseOutcomes, clauseProblems } from './clauses.ts';
import { optionalText } from '../shared/schemas.ts';
import { groupBy } from '../shared/collections.ts';

export const clauseInput = z.object({
  text: z.string().trim().min(1).max(5_000),
  outcome: z.enum(clauseOutcomes).nullable().default(null),
  amendedText: optionalText,
});

export const sectionInput = z
  .object({
    kind: z.enum(sectionKind.enumValues),
    heading: z.string().trim().max(300),
    text: z.string().max(200_000).default(''),
    proposer: optionalText,
    lead: optionalText,
    clauses: z.array(clauseInput).max(100).default([]),
  })
  .superRefine((s, ctx) => {
    s.clauses.forEach((c, i) => {
      for (const rule of clauseProblems(c)) ctx.addIssue({ code: 'custom', message: rule, path: ['clauses', i, 'text'] });
    });
    if (s.kind !== 'recommendation' && s.kind !== 'decision' && s.clauses.length > 0) {
      ctx.addIssue({ code: 'custom', message: 'rule.section.clauses_only_in_recommendation_or_decision', path: ['clauses'] });
    }
  });

export type SectionInput = z.output<typeof sectionInput>;

export interface ItemContent {
  sections: SectionInput[];
  attachments: string[];
}

export async function writeItemContent(tx: Tx, itemId: string, content: ItemContent): Promise<void> {
  await tx.delete(itemSections).where(eq(itemSections.itemId, itemId));
  const oldFiles = await tx.select({ fileId: itemAttachments.fileId }).from(itemAttachments).where(eq(itemAttachments.itemId, itemId));
  await tx.delete(itemAttachments).where(eq(itemAttachments.itemId, itemId));
  // Attachments named by an imported document have no content of their own: drop them with the link.
  if (oldFiles.length) {
    const ids = oldFiles.map((f) => f.fileId);
    const unreferenced = (await tx.select({ id: files.id, storageKey: files.storageKey }).from(files).where(inArray(files.id, ids))).filter((f) => !f.storageKey);
    if (unreferenced.length) await tx.delete(files).where(inArray(files.id, unreferenced.map((f) => f.id)));
  }
  for (const [position, s] of content.sections.entries()) {
    const [row] = await tx
      .insert(itemSections)
      .values({ itemId, position, kind: s.kind, heading: s.heading, text: s.text, proposer: s.proposer, lead: s.lead })
      .returning({ id: itemSections.id });
    if (s.clauses.length) {
      await tx.insert(sectionClauses).values(s.clauses.map((c, i) => ({ sectionId: row!.id, position: i, text: c.text, outcome: c.outcome, amendedText: c.amendedText })));
    }
  }
  for (const [position, title] of content.attachments.entries()) {
    const [file] = await tx.insert(files).values({ name: title }).returning({ id: files.id });
    await tx.insert(itemAttachments).values({ itemId, fileId: file!.id, position });
  }
}

/** Content of several items at once (one query per table, not per item). */
export async function loadItemContents(db: Queryable, itemIds: string[]): Promise<Map<string, ItemContent>> {
  const out = new Map<string, ItemContent>(itemIds.map((id) => [id, { sections: [], attachments: [] }]));
  if (itemIds.length === 0) return out;
  const sections = await db.select().from(itemSections).where(inArray(itemSections.itemId, itemIds)).orderBy(asc(itemSections.itemId), asc(itemSections.position));
  const clauses = sections.length
    ? await db.select().from(sectionClauses).where(inArray(sectionClauses.sectionId, sections.map((s) => s.id))).orderBy(asc(sectionClauses.position))
    : [];
  const bySection = groupBy(clauses, (c) => c.sectionId);
  for (const s of sections) {
    out.get(s.itemId)!.sections.push({
      kind: s.kind,
      heading: s.heading,
      text: s.text,
      proposer: s.proposer,
      lead: s.lead,
      clauses: (bySection.get(s.id) ?? []).map((c) => ({ text: c.text, outcome: c.outcome, amendedText: c.amendedText })),
    });
  }
  const atts = await db
    .select({ itemId: itemAttachments.itemId, name: files.name })
    .from(itemAttachments)
    .innerJoin(files, eq(files.id, itemAttachments.fileId))
    .where(inArray(itemAttachments.itemId, itemIds))
    .orderBy(asc(itemAttachments.position));
  for (const a of atts) out.get(a.itemId)!.attachments.push(a.name);
  return out;
}
