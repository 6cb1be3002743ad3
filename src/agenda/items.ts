// Commands that build an agenda: add, edit, reorder, move and remove items. Numbers follow the
// order; after release every change is a new version with a change note (tillægsdagsorden when
// an item is added).
import { z } from 'zod';
import { and, asc, desc, eq, lt, ne, sql } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { optionalText, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Tx } from '../db/connect.ts';
import { agendaItems, recurringItems } from './schema.ts';
import { meetings } from '../meetings/schema.ts';
import { cases, consultations } from '../cases/schema.ts';
import { lockMeeting } from '../meetings/transition.ts';
import { agendaStructureOpen, itemContentOpen, type MeetingState } from '../meetings/state.ts';
import { conflict, notFound, ruleViolation } from '../shared/errors.ts';
import { loadItemContents, replaceSections, sectionInput, type SectionInput } from './content.ts';
import { meetingChanged, requireChangeNote } from './changes.ts';
import { stripSeparator } from '../documents/parse/clauses.ts';

const title = z.string().trim().min(1).max(500);

/** Numbers follow positions: 1, 2, 3 … (positions are freed first: they are unique per meeting). */
export async function renumber(tx: Tx, meetingId: string, orderedIds: string[]): Promise<void> {
  await tx.update(agendaItems).set({ position: sql`-1 - ${agendaItems.position}` }).where(eq(agendaItems.meetingId, meetingId));
  for (const [i, id] of orderedIds.entries()) {
    await tx.update(agendaItems).set({ position: i, number: String(i + 1) }).where(eq(agendaItems.id, id));
  }
}

async function orderedItems(tx: Tx, meetingId: string) {
  return tx
    .select({ id: agendaItems.id, title: agendaItems.title, recurringItemId: agendaItems.recurringItemId, placement: recurringItems.placement, number: agendaItems.number })
    .from(agendaItems)
    .leftJoin(recurringItems, eq(recurringItems.id, agendaItems.recurringItemId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

export async function lockItem(tx: Tx, itemId: string, expectedVersion?: number) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).for('update');
  if (!item) throw notFound('item', itemId);
  if (expectedVersion !== undefined && item.version !== expectedVersion) {
    throw conflict('rule.item.stale', { expected: expectedVersion, actual: item.version });
  }
  return item;
}

/** The item and its meeting, both locked; refused once the minutes are approved (then only addenda). */
export async function lockItemForContent(tx: Tx, itemId: string) {
  const item = await lockItem(tx, itemId);
  const meeting = await lockMeeting(tx, item.meetingId);
  if (!itemContentOpen(meeting.state)) throw ruleViolation('rule.minutes.locked');
  return { item, meeting };
}

function requireStructureOpen(state: MeetingState, cancelled: boolean) {
  if (cancelled) throw ruleViolation('rule.meeting.cancelled');
  if (!agendaStructureOpen(state)) throw ruleViolation('rule.agenda.structure_closed', { state: `state.${state}` });
}

/** The standard sections a secretary writes, in the order agendas print them. */
export const standardSections = [
  { kind: 'summary', heading: 'Resume' },
  { kind: 'recommendation', heading: 'Indstilling' },
  { kind: 'presentation', heading: 'Sagsfremstilling' },
  { kind: 'financial_consequences', heading: 'Økonomiske konsekvenser' },
  { kind: 'practical_information', heading: 'Praktiske oplysninger' },
] as const;

export const itemFields = z.object({
  title,
  public: z.boolean().default(true),
  closedReason: optionalText,
  caseNumber: z.string().trim().max(100).nullish().transform((v) => v || null),
  summary: z.string().max(100_000).default(''),
  proposer: z.string().trim().max(200).nullish().transform((v) => v || null),
  /** One "at"-clause per line. */
  clauses: z.array(z.string().max(5_000)).max(100).default([]),
  presentation: z.string().max(200_000).default(''),
  financial: z.string().max(100_000).default(''),
  practical: z.string().max(100_000).default(''),
  changeNote: optionalText,
});
export type ItemFields = z.output<typeof itemFields>;

/** The item's sections from the form: standard ones rebuilt, others (decision, imported headings, Bilag) kept in place. */
export function sectionsFromFields(fields: ItemFields, existing: SectionInput[]): SectionInput[] {
  const text: Record<string, string> = { summary: fields.summary, presentation: fields.presentation, financial_consequences: fields.financial, practical_information: fields.practical };
  const clauses = fields.clauses.map((c) => c.trim()).filter((c) => c !== '');
  const out: SectionInput[] = [];
  for (const std of standardSections) {
    const old = existing.find((s) => s.kind === std.kind);
    if (std.kind === 'recommendation') {
      if (clauses.length === 0 && !fields.proposer) continue;
      const proposer = fields.proposer;
      out.push({
        kind: 'recommendation', heading: old?.heading ?? std.heading, text: '', proposer,
        lead: proposer ? `${proposer} indstiller,` : 'Det indstilles,',
        clauses: clauses.map((c) => ({ text: stripSeparator(c) || c, outcome: null, amendedText: null })),
      });
      continue;
    }
    const value = text[std.kind]!.replace(/\r\n/g, '\n').trim();
    if (value) out.push({ kind: std.kind, heading: old?.heading ?? std.heading, text: value, proposer: null, lead: null, clauses: [] });
  }
  const standard = new Set<string>(standardSections.map((s) => s.kind));
  const kept = existing.filter((s) => !standard.has(s.kind));
  // Decision and attachments last, as printed; other imported sections before them.
  return [...out, ...kept.filter((s) => s.kind !== 'decision' && s.kind !== 'attachments'), ...kept.filter((s) => s.kind === 'decision'), ...kept.filter((s) => s.kind === 'attachments')];
}

const validSections = (sections: SectionInput[]) => z.array(sectionInput).parse(sections);

export const addItem = defineCommand({
  name: 'addItem',
  input: itemFields.extend({ meetingId: uuid, caseId: uuid.nullish() }),
  async run(tx, actor, input) {
    const meeting = await lockMeeting(tx, input.meetingId);
    requireStructureOpen(meeting.state, meeting.cancelled);
    const items = await orderedItems(tx, meeting.id);
    let caseNumber = input.caseNumber;
    if (input.caseId) {
      const c = await tx.query.cases.findFirst({ where: eq(cases.id, input.caseId) });
      if (!c) throw notFound('case', input.caseId);
      caseNumber ??= c.caseNumber;
    }
    const released = meeting.state !== 'planned';
    // Before the body's closing recurring items while planning; after release at the end, so numbers already sent out stay.
    const firstEnd = released ? -1 : items.findIndex((i, k) => i.placement === 'end' && items.slice(k).every((x) => x.placement === 'end'));
    const at = firstEnd === -1 ? items.length : firstEnd;
    const note = requireChangeNote(meeting.state, input.changeNote, released ? `Tillægsdagsorden: punkt ${items.length + 1} "${input.title}" tilføjet` : null);
    const [row] = await tx.insert(agendaItems).values({
      meetingId: meeting.id, position: -1000 - items.length, number: '0', title: input.title, public: input.public,
      closedReason: input.public ? null : input.closedReason, caseId: input.caseId ?? null, caseNumber, supplementary: released,
    }).returning();
    const order = items.map((i) => i.id);
    order.splice(at, 0, row!.id);
    await renumber(tx, meeting.id, order);
    await replaceSections(tx, row!.id, validSections(sectionsFromFields(input, [])));
    if (input.caseId) {
      const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(consultations).where(eq(consultations.caseId, input.caseId))) as [{ n: number }];
      await tx.insert(consultations).values({ caseId: input.caseId, organizationId: meeting.organizationId, meetingId: meeting.id, agendaItemId: row!.id, position: n, role: 'decision' });
    }
    await meetingChanged(tx, actor, meeting.id, note);
    await writeAudit(tx, actor, { command: 'addItem', entity: 'agenda_item', entityId: row!.id, after: { meetingId: meeting.id, title: input.title, position: at, note } });
    return { ...row!, number: String(at + 1) };
  },
});

export const updateItem = defineCommand({
  name: 'updateItem',
  input: itemFields.extend({ itemId: uuid, expectedVersion: z.number().int() }),
  async run(tx, actor, input) {
    const { item, meeting } = await lockItemForContent(tx, input.itemId);
    const before = { ...item, ...(await loadItemContents(tx, [item.id])).get(item.id)! };
    if (item.version !== input.expectedVersion) {
      // Refused with what changed, so the second editor can merge by hand; their text is re-shown.
      throw conflict('rule.item.stale', { expected: input.expectedVersion, actual: item.version });
    }
    const note = requireChangeNote(meeting.state, input.changeNote);
    const sections = validSections(sectionsFromFields(input, before.sections));
    const [row] = await tx.update(agendaItems).set({
      title: input.title, public: input.public, closedReason: input.public ? null : input.closedReason, caseNumber: input.caseNumber,
      version: item.version + 1, modifiedAt: new Date(),
    }).where(eq(agendaItems.id, item.id)).returning();
    await replaceSections(tx, item.id, sections);
    await meetingChanged(tx, actor, meeting.id, note);
    await writeAudit(tx, actor, { command: 'updateItem', entity: 'agenda_item', entityId: item.id, before: { title: before.title, public: before.public, sections: before.sections }, after: { title: row!.title, public: row!.public, sections, note } });
    return row!;
  },
});

export const moveItem = defineCommand({
  name: 'moveItem',
  input: z.object({ itemId: uuid, direction: z.enum(['up', 'down']), changeNote: optionalText }),
  async run(tx, actor, input) {
    const item = await lockItem(tx, input.itemId);
    const meeting = await lockMeeting(tx, item.meetingId);
    requireStructureOpen(meeting.state, meeting.cancelled);
    const order = (await orderedItems(tx, meeting.id)).map((i) => i.id);
    const from = order.indexOf(item.id);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { moved: false };
    [order[from], order[to]] = [order[to]!, order[from]!];
    const note = requireChangeNote(meeting.state, input.changeNote, `Punkt "${item.title}" flyttet fra nr. ${from + 1} til nr. ${to + 1}`);
    await renumber(tx, meeting.id, order);
    await meetingChanged(tx, actor, meeting.id, note);
    await writeAudit(tx, actor, { command: 'moveItem', entity: 'agenda_item', entityId: item.id, before: { position: from }, after: { position: to } });
    return { moved: true };
  },
});

export const moveItemToMeeting = defineCommand({
  name: 'moveItemToMeeting',
  input: z.object({ itemId: uuid, targetMeetingId: uuid, changeNote: optionalText }),
  async run(tx, actor, input) {
    const item = await lockItem(tx, input.itemId);
    const from = await lockMeeting(tx, item.meetingId);
    const to = await lockMeeting(tx, input.targetMeetingId);
    if (from.id === to.id) throw ruleViolation('rule.item.same_meeting');
    requireStructureOpen(from.state, from.cancelled);
    requireStructureOpen(to.state, to.cancelled);
    if (from.organizationId !== to.organizationId) throw ruleViolation('rule.item.other_organization');
    const rest = (await orderedItems(tx, from.id)).map((i) => i.id).filter((id) => id !== item.id);
    const target = await orderedItems(tx, to.id);
    // The item keeps its id, so its audit trail and case steps follow it.
    await tx.update(agendaItems).set({ meetingId: to.id, position: -5000, supplementary: to.state !== 'planned', version: item.version + 1, modifiedAt: new Date() }).where(eq(agendaItems.id, item.id));
    const firstEnd = to.state === 'planned' ? target.findIndex((i, k) => i.placement === 'end' && target.slice(k).every((x) => x.placement === 'end')) : -1;
    const order = target.map((i) => i.id);
    order.splice(firstEnd === -1 ? order.length : firstEnd, 0, item.id);
    await renumber(tx, from.id, rest);
    await renumber(tx, to.id, order);
    await tx.update(consultations).set({ meetingId: to.id, modifiedAt: new Date() }).where(eq(consultations.agendaItemId, item.id));
    const date = to.start.toISOString().slice(0, 10);
    await meetingChanged(tx, actor, from.id, requireChangeNote(from.state, input.changeNote, `Punkt "${item.title}" flyttet til mødet ${date}`));
    await meetingChanged(tx, actor, to.id, to.state === 'planned' ? 'Punkt tilføjet' : `Tillægsdagsorden: punkt "${item.title}" flyttet hertil`);
    await writeAudit(tx, actor, { command: 'moveItemToMeeting', entity: 'agenda_item', entityId: item.id, before: { meetingId: from.id, number: item.number }, after: { meetingId: to.id } });
    return { meetingId: to.id };
  },
});

export const removeItem = defineCommand({
  name: 'removeItem',
  input: z.object({ itemId: uuid, changeNote: optionalText }),
  async run(tx, actor, input) {
    const item = await lockItem(tx, input.itemId);
    const meeting = await lockMeeting(tx, item.meetingId);
    requireStructureOpen(meeting.state, meeting.cancelled);
    const note = requireChangeNote(meeting.state, input.changeNote, meeting.state === 'planned' ? `Punkt "${item.title}" fjernet` : null);
    const content = (await loadItemContents(tx, [item.id])).get(item.id)!;
    await tx.delete(consultations).where(eq(consultations.agendaItemId, item.id));
    await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
    await renumber(tx, meeting.id, (await orderedItems(tx, meeting.id)).map((i) => i.id));
    await meetingChanged(tx, actor, meeting.id, note);
    await writeAudit(tx, actor, { command: 'removeItem', entity: 'agenda_item', entityId: item.id, before: { ...item, ...content } });
    return { removed: true };
  },
});

/** The meeting before this one in the same organization (whose minutes the next one approves). */
export async function previousMeeting(tx: Tx, meeting: { id: string; organizationId: string; start: Date }) {
  const [prev] = await tx.select().from(meetings)
    .where(and(eq(meetings.organizationId, meeting.organizationId), lt(meetings.start, meeting.start), eq(meetings.cancelled, false), ne(meetings.id, meeting.id)))
    .orderBy(desc(meetings.start)).limit(1);
  return prev ?? null;
}
