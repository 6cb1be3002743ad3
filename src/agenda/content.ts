// An agenda item's structured content: sections in order, "at"-clauses, attachments.
// Written and read here only, so commands, the importer and renderers agree on its shape.
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
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

/**
 * Replaces the content of several items in a handful of statements; `fresh` items were just
 * created and have none to remove.
 */
export async function writeItemContents(tx: Tx, entries: { itemId: string; content: ItemContent; fresh?: boolean }[]): Promise<void> {
  if (entries.length === 0) return;
  const ids = entries.filter((e) => !e.fresh).map((e) => e.itemId);
  if (ids.length) await tx.delete(itemSections).where(inArray(itemSections.itemId, ids));
  const oldFiles = ids.length ? await tx.delete(itemAttachments).where(inArray(itemAttachments.itemId, ids)).returning({ fileId: itemAttachments.fileId }) : [];
  // Attachments named by an imported document have no content of their own: drop them with the link.
  if (oldFiles.length) {
    await tx.delete(files).where(and(inArray(files.id, oldFiles.map((f) => f.fileId)), isNull(files.storageKey)));
  }
  // One array per column (unnest) instead of a VALUES row per section: an agenda has hundreds of
  // sections and clauses, and binding each value as its own parameter was most of the cost.
  const sectionRows = entries.flatMap((e) => e.content.sections.map((s, position) => ({ id: randomUUID(), itemId: e.itemId, position, s })));
  if (sectionRows.length) {
    const col = <T>(f: (r: (typeof sectionRows)[number]) => T) => sql.param(sectionRows.map(f));
    await tx.execute(sql`insert into item_sections (id, item_id, position, kind, heading, text, proposer, lead)
      select * from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.itemId)}::uuid[], ${col((r) => r.position)}::int[],
        ${col((r) => r.s.kind)}::section_kind[], ${col((r) => r.s.heading)}::text[], ${col((r) => r.s.text)}::text[],
        ${col((r) => r.s.proposer)}::text[], ${col((r) => r.s.lead)}::text[])`);
    const clauseRows = sectionRows.flatMap((r) => r.s.clauses.map((c, position) => ({ sectionId: r.id, position, c })));
    if (clauseRows.length) {
      const ccol = <T>(f: (r: (typeof clauseRows)[number]) => T) => sql.param(clauseRows.map(f));
      await tx.execute(sql`insert into section_clauses (section_id, position, text, outcome, amended_text)
        select * from unnest(${ccol((r) => r.sectionId)}::uuid[], ${ccol((r) => r.position)}::int[], ${ccol((r) => r.c.text)}::text[],
          ${ccol((r) => r.c.outcome)}::clause_outcome[], ${ccol((r) => r.c.amendedText)}::text[])`);
    }
  }
  const attachmentRows = entries.flatMap((e) => e.content.attachments.map((name, position) => ({ itemId: e.itemId, name, position })));
  if (attachmentRows.length) {
    const made = await tx.insert(files).values(attachmentRows.map((a) => ({ name: a.name }))).returning({ id: files.id });
    await tx.insert(itemAttachments).values(attachmentRows.map((a, i) => ({ itemId: a.itemId, fileId: made[i]!.id, position: a.position })));
  }
}

export async function writeItemContent(tx: Tx, itemId: string, content: ItemContent): Promise<void> {
  await writeItemContents(tx, [{ itemId, content }]);
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

/** Replaces an item's sections only (attachments with stored files are left alone). */
export async function replaceSections(tx: Tx, itemId: string, sections: SectionInput[]): Promise<void> {
  await tx.delete(itemSections).where(eq(itemSections.itemId, itemId));
  if (sections.length === 0) return;
  const inserted = await tx.insert(itemSections).values(sections.map((s, position) => ({ itemId, position, kind: s.kind, heading: s.heading, text: s.text, proposer: s.proposer, lead: s.lead }))).returning({ id: itemSections.id });
  const clauseRows = inserted.flatMap((row, i) => sections[i]!.clauses.map((c, position) => ({ sectionId: row.id, position, text: c.text, outcome: c.outcome, amendedText: c.amendedText })));
  if (clauseRows.length) await tx.insert(sectionClauses).values(clauseRows);
}
