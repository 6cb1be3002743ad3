// Writes a parsed agenda or minutes document into the system of record: the meeting, its
// items with their sections, attendance and the cases they belong to. Importing the same
// document again changes nothing; importing minutes after the agenda updates that meeting.
import { z } from 'zod';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Tx } from '../db/connect.ts';
import { organizations } from '../bodies/schema.ts';
import { memberships, persons } from '../people/schema.ts';
import { attendance, meetings } from '../meetings/schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { cases, consultations } from '../cases/schema.ts';
import { findOrCreateLocation, writeAttendance } from '../meetings/commands.ts';
import { loadItemContents, writeItemContent, type ItemContent } from '../agenda/content.ts';
import { outcomeFromLead, overallOutcome, type ClauseOutcome } from '../agenda/clauses.ts';
import { meetingStates, type MeetingState } from '../meetings/state.ts';
import { copenhagenToInstant } from '../shared/time.ts';
import { keepPublishedVersion } from '../meetings/versions.ts';
import { screenParsed } from './screening.ts';
import { publicScreening } from '../permissions/publication.ts';
import { AppError } from '../shared/errors.ts';
import type { ParsedItem, ParsedMeeting } from './parse/types.ts';

export function itemContentFromParsed(item: ParsedItem): ItemContent {
  let recommendationDone = false;
  let decisionDone = false;
  const sections = item.sections.map((s) => {
    const base = { kind: s.kind, heading: s.heading, text: s.text, proposer: null as string | null, lead: null as string | null, clauses: [] as ItemContent['sections'][number]['clauses'] };
    if (s.kind === 'recommendation' && item.recommendation && !recommendationDone) {
      recommendationDone = true;
      return { ...base, proposer: item.recommendation.proposer, lead: item.recommendation.lead, clauses: item.recommendation.clauses.map((text) => ({ text, outcome: null, amendedText: null })) };
    }
    if (s.kind === 'decision' && !decisionDone) {
      decisionDone = true;
      return { ...base, lead: item.decisionLead, clauses: item.decisionClauses.map((c) => ({ text: c.text, outcome: c.outcome, amendedText: null })) };
    }
    return base;
  });
  return { sections, attachments: item.attachments };
}

const signature = (i: { number: string; title: string; public: boolean; caseNumber: string | null }, content: ItemContent) =>
  JSON.stringify([i.number, i.title, i.public, i.caseNumber, content]);

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

async function resolveOrganization(tx: Tx, parsed: ParsedMeeting, organizationId: string | undefined) {
  if (organizationId) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.id, organizationId) });
    if (!org) throw new AppError('not_found', 'error.not_found', { what: 'organization', id: organizationId });
    return org;
  }
  if (!parsed.organization) throw new AppError('rule_violation', 'import.no_organization');
  const all = await tx.select().from(organizations);
  const wanted = norm(parsed.organization);
  const org = all.find((o) => norm(o.name) === wanted || (o.shortName && norm(o.shortName) === wanted));
  if (!org) throw new AppError('rule_violation', 'import.unknown_organization', { name: parsed.organization });
  return org;
}

/** Attendance from "Alle var mødt, undtagen …": the named are absent, the other members present. */
async function attendanceFor(tx: Tx, organizationId: string, date: string, absent: string[]) {
  const members = await tx
    .select({ id: persons.id, name: persons.name, role: memberships.role, start: memberships.startDate, end: memberships.endDate })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.organizationId, organizationId));
  const active = members.filter((m) => m.role !== 'substitute' && (!m.start || m.start <= date) && (!m.end || m.end >= date));
  const byName = new Map(members.map((m) => [norm(m.name), m.id]));
  const absentSet = new Set(absent.map(norm));
  return [
    ...absent.map((name) => ({ name, personId: byName.get(norm(name)) ?? null, status: 'absent_with_notice' as const })),
    ...active.filter((m) => !absentSet.has(norm(m.name))).map((m) => ({ name: m.name, personId: m.id, status: 'present' as const })),
  ];
}

function consultationOutcome(item: ParsedItem): ClauseOutcome | null {
  const outcomes = item.decisionClauses.map((c) => c.outcome).filter((o): o is ClauseOutcome => o !== null);
  return overallOutcome(outcomes) ?? (item.decision ? outcomeFromLead(item.decision.split('\n')[0]!) : null);
}

async function linkCase(tx: Tx, bodyId: string, organizationId: string, meetingId: string, itemId: string, item: ParsedItem, date: string, minutes: boolean) {
  if (!item.caseNumber) return null;
  let kase = await tx.query.cases.findFirst({ where: and(eq(cases.bodyId, bodyId), eq(cases.caseNumber, item.caseNumber), eq(cases.title, item.title)) });
  kase ??= (await tx.insert(cases).values({ bodyId, caseNumber: item.caseNumber, title: item.title, date }).returning())[0]!;
  const informational = item.recommendation?.clauses.some((c) => /til efterretning|orientering/i.test(c)) ?? false;
  const outcome = minutes ? (consultationOutcome(item) ?? 'pending') : 'pending';
  const existing = await tx.query.consultations.findFirst({ where: and(eq(consultations.caseId, kase.id), eq(consultations.meetingId, meetingId)) });
  if (existing) {
    if (existing.outcome !== outcome || existing.agendaItemId !== itemId) {
      await tx.update(consultations).set({ outcome, agendaItemId: itemId, decidedOn: minutes ? date : null, modifiedAt: new Date() }).where(eq(consultations.id, existing.id));
    }
  } else {
    const position = (await tx.select().from(consultations).where(eq(consultations.caseId, kase.id))).length;
    await tx.insert(consultations).values({
      caseId: kase.id, organizationId, meetingId, agendaItemId: itemId, position,
      role: informational ? 'information' : 'decision', outcome, decidedOn: minutes ? date : null,
    });
  }
  return kase.id;
}

export interface ImportResult {
  meetingId: string;
  created: boolean;
  changed: boolean;
  items: number;
  /** Personal data found in the document: masked in public output, listed for the secretary. */
  findings: ReturnType<typeof screenParsed>;
}

export const importMeeting = defineCommand({
  name: 'importMeeting',
  input: z.object({ parsed: z.custom<ParsedMeeting>((v) => typeof v === 'object' && v !== null && Array.isArray((v as ParsedMeeting).items)), organizationId: uuid.optional(), source: z.string().max(1000).optional() }),
  async run(tx, actor, { parsed, organizationId, source }): Promise<ImportResult> {
    if (parsed.items.length === 0) throw new AppError('rule_violation', 'import.no_items');
    if (!parsed.date) throw new AppError('rule_violation', 'import.no_date');
    const org = await resolveOrganization(tx, parsed, organizationId);
    const minutes = parsed.kind === 'minutes';
    const start = copenhagenToInstant(parsed.date, parsed.start ?? '00:00');
    const dayStart = copenhagenToInstant(parsed.date, '00:00');
    const dayEnd = copenhagenToInstant(new Date(Date.parse(parsed.date) + 86_400_000).toISOString().slice(0, 10), '00:00');
    // The same meeting is the same organization on the same day (the agenda and minutes may differ in time).
    let [meeting] = await tx.select().from(meetings).where(and(eq(meetings.organizationId, org.id), gte(meetings.start, dayStart), lt(meetings.start, dayEnd))).for('update');
    const created = !meeting;
    let changed = created;
    const wantedState: MeetingState = minutes ? 'minutes_released' : 'agenda_released';
    const locationId = parsed.location ? await findOrCreateLocation(tx, parsed.location, org.bodyId) : null;
    const adjournedAt = parsed.closedAt ? copenhagenToInstant(parsed.date, parsed.closedAt) : null;
    const end = parsed.end ? copenhagenToInstant(parsed.date, parsed.end) : null;
    if (!meeting) {
      meeting = (await tx.insert(meetings).values({ organizationId: org.id, start, end, state: wantedState, locationId, adjournedAt }).returning())[0]!;
    } else {
      const state = meetingStates.indexOf(meeting.state) >= meetingStates.indexOf(wantedState) ? meeting.state : wantedState;
      const patch = {
        state,
        start: parsed.start ? start : meeting.start,
        end: end ?? meeting.end,
        locationId: locationId ?? meeting.locationId,
        adjournedAt: adjournedAt ?? meeting.adjournedAt,
      };
      const differs = patch.state !== meeting.state || patch.start.getTime() !== meeting.start.getTime() || patch.locationId !== meeting.locationId ||
        (patch.end?.getTime() ?? null) !== (meeting.end?.getTime() ?? null) || (patch.adjournedAt?.getTime() ?? null) !== (meeting.adjournedAt?.getTime() ?? null);
      if (differs) {
        meeting = (await tx.update(meetings).set({ ...patch, version: meeting.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, meeting.id)).returning())[0]!;
        changed = true;
      }
    }

    const existingItems = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position));
    const contents = await loadItemContents(tx, existingItems.map((i) => i.id));
    const byNumber = new Map(existingItems.map((i) => [i.number, i]));
    // Free positions first: items may be renumbered or reordered by the new document.
    if (existingItems.length) {
      for (const i of existingItems) await tx.update(agendaItems).set({ position: -1 - i.position }).where(eq(agendaItems.id, i.id));
    }
    const kept = new Set<string>();
    for (const [position, item] of parsed.items.entries()) {
      const content = itemContentFromParsed(item);
      const prev = byNumber.get(item.number);
      let itemId: string;
      if (prev && !kept.has(prev.id)) {
        itemId = prev.id;
        const same = signature(prev, contents.get(prev.id)!) === signature(item, content);
        await tx.update(agendaItems).set(same ? { position: prev.position } : { position, title: item.title, public: item.public, caseNumber: item.caseNumber, version: prev.version + 1, modifiedAt: new Date() }).where(eq(agendaItems.id, prev.id));
        if (!same) {
          await writeItemContent(tx, itemId, content);
          changed = true;
        }
        if (prev.position !== position) {
          await tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, prev.id));
          changed = true;
        }
      } else {
        const [row] = await tx.insert(agendaItems).values({ meetingId: meeting.id, position, number: item.number, title: item.title, public: item.public, caseNumber: item.caseNumber }).returning({ id: agendaItems.id });
        itemId = row!.id;
        await writeItemContent(tx, itemId, content);
        changed = true;
      }
      kept.add(itemId);
      const caseId = await linkCase(tx, org.bodyId, org.id, meeting.id, itemId, item, parsed.date, minutes);
      await tx.update(agendaItems).set({ caseId }).where(eq(agendaItems.id, itemId));
    }
    for (const stale of existingItems.filter((i) => !kept.has(i.id))) {
      await tx.delete(consultations).where(eq(consultations.agendaItemId, stale.id));
      await tx.delete(agendaItems).where(eq(agendaItems.id, stale.id));
      changed = true;
    }
    if (minutes) {
      const entries = await attendanceFor(tx, org.id, parsed.date, parsed.absent);
      const key = (e: { name: string; personId: string | null; status: string }) => `${e.name}|${e.personId}|${e.status}`;
      const current = await tx.select().from(attendance).where(eq(attendance.meetingId, meeting.id));
      if (JSON.stringify(current.map(key).sort()) !== JSON.stringify(entries.map(key).sort())) {
        await writeAttendance(tx, meeting.id, entries);
        changed = true;
      }
    }
    if (changed) {
      // Any change to a published meeting is a new version of it (caches key on this).
      await tx.update(meetings).set({ version: meeting.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, meeting.id));
      await keepPublishedVersion(tx, actor, meeting.id, minutes ? 'Referat importeret' : 'Dagsorden importeret');
      await writeAudit(tx, actor, {
        command: 'importMeeting', entity: 'meeting', entityId: meeting.id,
        after: { source: source ?? null, kind: parsed.kind, organization: org.name, date: parsed.date, items: parsed.items.length },
      });
    }
    const findings = screenParsed(parsed.items, await publicScreening(tx));
    return { meetingId: meeting.id, created, changed, items: parsed.items.length, findings };
  },
});
