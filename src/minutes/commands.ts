// At and after the meeting: decisions per item and clause, statements, attendance, the closing
// time; then minutes are released, approved by members one by one, and locked by the body.
import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { hhmm, optionalText, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Tx } from '../db/connect.ts';
import { agendaItems, itemStatements } from '../agenda/schema.ts';
import { attendance, meetings } from '../meetings/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { persons } from '../people/schema.ts';
import { consultations } from '../cases/schema.ts';
import { minutesAddenda, minutesApprovals } from './schema.ts';
import { attendanceEntry, writeAttendance } from '../meetings/commands.ts';
import { lockForTransition, lockMeeting, moveToState } from '../meetings/transition.ts';
import { decisionsOpen } from '../meetings/state.ts';
import { clauseOutcomes, overallOutcome, type ClauseOutcome } from '../agenda/clauses.ts';
import { loadItemContents, replaceSections, type SectionInput } from '../agenda/content.ts';
import { lockItem } from '../agenda/items.ts';
import { meetingChanged, requireChangeNote } from '../agenda/changes.ts';
import { loadCheckItems, ReleaseRefused } from '../agenda/release.ts';
import { minutesReleaseProblems } from '../agenda/release-checks.ts';
import { composeAttendance, composeDecision } from './compose.ts';
import { conflict, invalid, ruleViolation, type FieldProblem } from '../shared/errors.ts';
import { itemsOf } from '../agenda/item-numbers.ts';
import { copenhagenToInstant, instantToCopenhagen } from '../shared/time.ts';
import { collator } from '../shared/i18n.ts';
import { notesOf, storedNotes } from './notes.ts';

function requireDecisionsOpen(m: { state: Parameters<typeof decisionsOpen>[0]; cancelled: boolean }) {
  if (m.cancelled) throw ruleViolation('rule.meeting.cancelled');
  if (m.state === 'minutes_approved') throw ruleViolation('rule.minutes.locked');
  if (!decisionsOpen(m.state)) throw ruleViolation('rule.minutes.not_yet', { state: `state.${m.state}` });
}

/** The item's sections with this decision in place of any earlier one, before "Bilag" as printed. */
function withDecision(sections: SectionInput[], decision: SectionInput): SectionInput[] {
  const others = sections.filter((s) => s.kind !== 'decision');
  const at = others.findIndex((s) => s.kind === 'attachments');
  return at === -1 ? [...others, decision] : [...others.slice(0, at), decision, ...others.slice(at)];
}

/** The attendance item's decision, rewritten from the recorded attendance. */
async function refreshAttendanceItem(tx: Tx, meetingId: string) {
  const [item] = await tx.select().from(agendaItems).where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.kind, 'attendance')));
  if (!item) return;
  const rows = await tx.select().from(attendance).where(eq(attendance.meetingId, meetingId));
  if (rows.length === 0) return;
  // The attendance item's decision is public text: who was not there for a closed item is not said in it.
  const open = new Set((await tx.select({ number: agendaItems.number }).from(agendaItems).where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.public, true)))).map((i) => i.number));
  const text = composeAttendance(rows.map((r) => ({
    name: r.name, status: r.status, substituteFor: r.substituteForName,
    arrivedDuringItem: r.arrivedDuringItem, leftDuringItem: r.leftDuringItem, absentDuringItems: r.absentDuringItems.filter((n) => open.has(n)),
  })), collator.compare);
  const content = (await loadItemContents(tx, [item.id])).get(item.id)!;
  const decision: SectionInput = { kind: 'decision', heading: 'Beslutning', text, proposer: null, lead: null, clauses: [] };
  await replaceSections(tx, item.id, withDecision(content.sections, decision));
}

/**
 * The items an attendance form names, as the agenda prints them ("1a" is the item printed "1.a"); an item the
 * agenda does not have is refused, naming the field.
 */
function onThisAgenda(entries: z.output<typeof attendanceEntry>[], itemNumbers: string[]): z.output<typeof attendanceEntry>[] {
  const onAgenda = itemsOf(itemNumbers);
  const problems: FieldProblem[] = [];
  const known = (k: number, field: string, item: string) => {
    const p = onAgenda(item);
    if (!p) problems.push({ field: `entries.${k}.${field}`, rule: 'rule.attendance.unknown_item', params: { item } });
    return p ?? item;
  };
  const out = entries.map((e, k) => ({
    ...e,
    arrivedDuringItem: e.arrivedDuringItem ? known(k, 'arrivedDuringItem', e.arrivedDuringItem) : null,
    leftDuringItem: e.leftDuringItem ? known(k, 'leftDuringItem', e.leftDuringItem) : null,
    absentDuringItems: (e.absentDuringItems ?? []).map((n) => known(k, 'absentDuringItems', n)),
  }));
  if (problems.length) throw invalid(problems);
  return out;
}

export const recordMeetingAttendance = defineCommand({
  name: 'recordMeetingAttendance',
  input: z.object({ meetingId: uuid, entries: z.array(attendanceEntry).max(500), changeNote: optionalText }),
  async run(tx, actor, input) {
    const m = await lockMeeting(tx, input.meetingId);
    requireDecisionsOpen(m);
    const names = input.entries.map((e) => e.name.toLowerCase());
    if (new Set(names).size !== names.length) throw ruleViolation('rule.attendance.duplicate_name');
    const entries = onThisAgenda(input.entries, (await tx.select({ number: agendaItems.number }).from(agendaItems).where(eq(agendaItems.meetingId, m.id))).map((i) => i.number));
    const note = m.state === 'minutes_released' ? requireChangeNote(m.state, input.changeNote) : 'Fremmøde registreret';
    const before = await tx.select().from(attendance).where(eq(attendance.meetingId, m.id));
    await writeAttendance(tx, m.id, entries);
    await refreshAttendanceItem(tx, m.id);
    await meetingChanged(tx, actor, m.id, note);
    await writeAudit(tx, actor, { command: 'recordMeetingAttendance', entity: 'meeting', entityId: m.id, before: before.map((b) => ({ name: b.name, status: b.status })), after: entries });
    return { entries: entries.length };
  },
});

/**
 * The minutes' notes on the meeting — who chaired, the order items were taken in, guests — one a line. Part of the
 * minutes: published with them, changed after release only with a change note.
 */
export const recordMeetingNotes = defineCommand({
  name: 'recordMeetingNotes',
  input: z.object({ meetingId: uuid, notes: z.string().max(10_000), changeNote: optionalText, expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const m = await lockMeeting(tx, input.meetingId, input.expectedVersion);
    requireDecisionsOpen(m);
    const notes = storedNotes(notesOf(input.notes));
    if (notes === m.minutesNotes) return { changed: false };
    const note = m.state === 'minutes_released' ? requireChangeNote(m.state, input.changeNote) : 'Bemærkninger til mødet registreret';
    await tx.update(meetings).set({ minutesNotes: notes }).where(eq(meetings.id, m.id));
    await meetingChanged(tx, actor, m.id, note);
    await writeAudit(tx, actor, { command: 'recordMeetingNotes', entity: 'meeting', entityId: m.id, before: { notes: m.minutesNotes }, after: { notes } });
    return { changed: true };
  },
});

export const statementInput = z.object({ kind: z.enum(['remark', 'dissent', 'conflict']), personId: uuid, text: z.string().trim().max(5_000).default('') });

export const recordDecision = defineCommand({
  name: 'recordDecision',
  input: z.object({
    itemId: uuid,
    expectedVersion: z.number().int(),
    outcomes: z.array(z.object({ outcome: z.enum(clauseOutcomes), amendedText: optionalText })).max(100).default([]),
    note: z.string().max(50_000).default(''),
    statements: z.array(statementInput).max(50).default([]),
    changeNote: optionalText,
  }),
  async run(tx, actor, input) {
    const item = await lockItem(tx, input.itemId);
    const meeting = await lockMeeting(tx, item.meetingId);
    requireDecisionsOpen(meeting);
    if (item.version !== input.expectedVersion) throw conflict('rule.item.stale', { expected: input.expectedVersion, actual: item.version });
    const note = meeting.state === 'minutes_released' ? requireChangeNote(meeting.state, input.changeNote) : `Beslutning registreret for punkt ${item.number}`;
    const org = (await tx.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
    const content = (await loadItemContents(tx, [item.id])).get(item.id)!;
    const recommended = content.sections.find((s) => s.kind === 'recommendation')?.clauses ?? [];
    if (input.outcomes.length !== recommended.length) {
      throw ruleViolation('rule.decision.outcome_per_clause', { clauses: recommended.length, outcomes: input.outcomes.length });
    }
    const clauses = recommended.map((c, i) => ({ text: c.text, outcome: input.outcomes[i]!.outcome as ClauseOutcome, amendedText: input.outcomes[i]!.outcome === 'amended' ? input.outcomes[i]!.amendedText : null }));
    clauses.forEach((c, i) => {
      if (c.outcome === 'amended' && !c.amendedText) throw ruleViolation('rule.clause.amended_needs_text', { clause: i + 1 });
    });
    const people = input.statements.length
      ? await tx.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, input.statements.map((s) => s.personId)))
      : [];
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const statements = input.statements.map((s) => ({ ...s, name: nameOf.get(s.personId) ?? '' }));
    if (statements.some((s) => !s.name)) throw ruleViolation('rule.decision.unknown_person');
    if (statements.some((s) => s.kind !== 'conflict' && !s.text)) throw ruleViolation('rule.decision.statement_needs_text');
    const composed = composeDecision(org.name, clauses, input.note, statements);
    const decision: SectionInput = { kind: 'decision', heading: 'Beslutning', text: composed.text, proposer: org.name, lead: composed.lead, clauses: composed.clauses };
    await replaceSections(tx, item.id, withDecision(content.sections, decision));
    await tx.delete(itemStatements).where(eq(itemStatements.itemId, item.id));
    if (statements.length) await tx.insert(itemStatements).values(statements.map((s, position) => ({ itemId: item.id, kind: s.kind, personId: s.personId, name: s.name, text: s.text, position })));
    await tx.update(agendaItems).set({ version: item.version + 1, modifiedAt: new Date() }).where(eq(agendaItems.id, item.id));
    const outcome = overallOutcome(clauses.map((c) => c.outcome));
    if (outcome) {
      await tx.update(consultations).set({ outcome, decidedOn: instantToCopenhagen(meeting.start).date, modifiedAt: new Date() }).where(eq(consultations.agendaItemId, item.id));
    }
    await meetingChanged(tx, actor, meeting.id, note);
    // "Godkendelse af referat" approved: the body has approved the earlier minutes, which locks them.
    if (item.kind === 'previous_minutes' && item.refersToMeetingId && clauses.length > 0 && clauses.every((c) => c.outcome === 'approved')) {
      const [prev] = await tx.select().from(meetings).where(eq(meetings.id, item.refersToMeetingId));
      if (prev?.state === 'minutes_released') await approveMinutesByBody.run(tx, actor, { meetingId: prev.id });
    }
    await writeAudit(tx, actor, { command: 'recordDecision', entity: 'agenda_item', entityId: item.id, before: content.sections.find((s) => s.kind === 'decision') ?? null, after: { decision, statements } });
    return { itemId: item.id, version: item.version + 1, text: composed.text };
  },
});

export const closeMeeting = defineCommand({
  name: 'closeMeeting',
  input: z.object({ meetingId: uuid, adjournedAt: hhmm, expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const m = await lockForTransition(tx, input.meetingId, 'held', input.expectedVersion);
    const { date, time } = instantToCopenhagen(m.start);
    if (input.adjournedAt <= time) throw ruleViolation('rule.meeting.adjourned_before_start', { start: time });
    return moveToState(tx, actor, m, 'held', { command: 'closeMeeting', note: 'Mødet er afholdt', set: { adjournedAt: copenhagenToInstant(date, input.adjournedAt) }, audit: { adjournedAt: input.adjournedAt } });
  },
});

export const releaseMinutes = defineCommand({
  name: 'releaseMinutes',
  input: z.object({ meetingId: uuid, expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const m = await lockForTransition(tx, input.meetingId, 'minutes_released', input.expectedVersion);
    await refreshAttendanceItem(tx, m.id);
    const problems = minutesReleaseProblems(await loadCheckItems(tx, m.id), m.adjournedAt !== null);
    if (problems.length) throw new ReleaseRefused(problems, 'release.minutes_refused');
    const row = await moveToState(tx, actor, m, 'minutes_released', { command: 'releaseMinutes', note: 'Referat frigivet' });
    // The next meeting's "Godkendelse af referat" item now points at these minutes.
    await tx.update(agendaItems).set({ refersToMeetingId: m.id }).where(and(eq(agendaItems.kind, 'previous_minutes'), inArray(agendaItems.meetingId,
      tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.organizationId, m.organizationId), eq(meetings.state, 'planned'))))));
    return row;
  },
});

export const approveMinutesAsMember = defineCommand({
  name: 'approveMinutesAsMember',
  input: z.object({ meetingId: uuid, userId: uuid, personId: uuid.nullish() }),
  async run(tx, actor, input) {
    const m = await lockMeeting(tx, input.meetingId);
    if (m.state !== 'minutes_released' && m.state !== 'minutes_approved') throw ruleViolation('rule.minutes.not_released');
    const [row] = await tx.insert(minutesApprovals).values({ meetingId: m.id, userId: input.userId, personId: input.personId ?? null, name: actor.name }).onConflictDoNothing().returning();
    if (!row) throw conflict('rule.minutes.already_approved');
    await writeAudit(tx, actor, { command: 'approveMinutesAsMember', entity: 'meeting', entityId: m.id, after: { approvedAt: row.approvedAt.toISOString() } });
    return row;
  },
});

export const approveMinutesByBody = defineCommand({
  name: 'approveMinutesByBody',
  input: z.object({ meetingId: uuid, expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const m = await lockForTransition(tx, input.meetingId, 'minutes_approved', input.expectedVersion);
    return moveToState(tx, actor, m, 'minutes_approved', { command: 'approveMinutesByBody', note: 'Referat godkendt' });
  },
});

export const addMinutesAddendum = defineCommand({
  name: 'addMinutesAddendum',
  input: z.object({ meetingId: uuid, text: z.string().trim().min(1).max(20_000) }),
  async run(tx, actor, input) {
    const m = await lockMeeting(tx, input.meetingId);
    if (m.state !== 'minutes_approved') throw ruleViolation('rule.minutes.addendum_only_when_locked');
    const [row] = await tx.insert(minutesAddenda).values({ meetingId: m.id, text: input.text, actorName: actor.name }).returning();
    await meetingChanged(tx, actor, m.id, 'Tilføjelse til referatet');
    await writeAudit(tx, actor, { command: 'addMinutesAddendum', entity: 'meeting', entityId: m.id, after: { text: input.text } });
    return row!;
  },
});
