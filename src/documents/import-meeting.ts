// Writes a parsed agenda or minutes document into the system of record: the meeting, its
// items with their sections, attendance and the cases they belong to. Importing the same
// document again changes nothing; importing minutes after the agenda updates that meeting.
import { z } from 'zod';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { attendance, meetings } from '../meetings/schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { consultations } from '../cases/schema.ts';
import { findOrCreateLocation, writeAttendance } from '../meetings/commands.ts';
import { takeTurn } from '../db/turns.ts';
import { loadItemContents, writeItemContents, type ItemContent } from '../agenda/content.ts';
import { agendaIsPublic, meetingStates, minutesArePublic, type MeetingState } from '../meetings/state.ts';
import { copenhagenToInstant } from '../shared/time.ts';
import { keepPublishedVersion, type MeetingSnapshot } from '../meetings/versions.ts';
import { screenParsed } from './screening.ts';
import { reindexMeeting, writeIndex } from '../search/indexer.ts';
import { renderItems } from './render/model.ts';
import { publicViewer } from '../permissions/visibility.ts';
import { publicScreening } from '../permissions/publication.ts';
import { AppError } from '../shared/errors.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { itemContentFromParsed } from './parsed-content.ts';
import { resolveOrganization } from './import-organization.ts';
import { attendanceFor } from './import-attendance.ts';
import { caseStep, resolveCases, writeConsultations } from './import-cases.ts';
import { combineItem, hasDecision, matchItems, precedenceOf, type ItemFacts } from './combine-items.ts';
import { findSameMeeting } from './same-meeting.ts';
import { notesShown, storedNotes } from '../minutes/notes.ts';

const signature = (i: { number: string; title: string; public: boolean; caseNumber: string | null }, content: ItemContent) =>
  JSON.stringify([i.number, i.title, i.public, i.caseNumber, content]);

/**
 * What one meeting can hold. No meeting comes near (a regional council's has some 60 items); a file beyond
 * it is several meetings in one, or not a meeting, and is refused in words before anything is written.
 */
export const MAX_ITEMS = 1000;
export const MAX_ATTACHMENTS = 5000;
/** People named in the attendance (as the secretariat's attendance form allows). */
export const MAX_ATTENDANCE = 500;

/** A document without items or a date, or with more than a meeting holds, is not a meeting Lighed can hold. */
export function assertImportable(parsed: ParsedMeeting): asserts parsed is ParsedMeeting & { date: string } {
  if (parsed.items.length === 0) throw new AppError('rule_violation', 'import.no_items');
  if (!parsed.date) throw new AppError('rule_violation', 'import.no_date');
  if (parsed.items.length > MAX_ITEMS) throw new AppError('rule_violation', 'import.too_many_items', { count: parsed.items.length, max: MAX_ITEMS });
  const attachments = parsed.items.reduce((n, i) => n + i.attachments.length, 0);
  if (attachments > MAX_ATTACHMENTS) throw new AppError('rule_violation', 'import.too_many_attachments', { count: attachments, max: MAX_ATTACHMENTS });
  const named = new Set([...parsed.absent, ...parsed.absentWithoutNotice, ...parsed.substitutes.flatMap((s) => [s.name, s.substituteFor]), ...parsed.attendanceChanges.map((c) => c.name)]);
  if (named.size > MAX_ATTENDANCE) throw new AppError('rule_violation', 'import.too_many_people', { count: named.size, max: MAX_ATTENDANCE });
}

/** Whether a meeting's minutes are there: released (imported), or decisions recorded in Lighed. */
export function minutesAreThere(state: MeetingState, contents: Iterable<ItemContent>): boolean {
  if (meetingStates.indexOf(state) >= meetingStates.indexOf('minutes_released')) return true;
  for (const c of contents) if (hasDecision(c)) return true;
  return false;
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
    assertImportable(parsed);
    const org = await resolveOrganization(tx, parsed, organizationId);
    // Two imports at once (two secretaries, or the CLI beside the browser) would each find no meeting
    // or case yet and both create it. Always in this order, so two imports cannot wait on each other.
    await takeTurn(tx, `cases:${org.bodyId}`, `meetings:${org.id}`);
    const screening = await publicScreening(tx);
    const itemContent = parsed.items.map(itemContentFromParsed);
    const minutes = parsed.kind === 'minutes';
    const start = copenhagenToInstant(parsed.date, parsed.start ?? '00:00');
    let meeting = (await findSameMeeting(tx, org.id, parsed, true)) ?? undefined;
    const created = !meeting;
    let changed = created;
    // What the meeting holds already (a meeting this import creates holds nothing to compare with).
    const existingItems = created ? [] : await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting!.id)).orderBy(asc(agendaItems.position));
    const contents = created ? new Map<string, ItemContent>() : await loadItemContents(tx, existingItems.map((i) => i.id));
    const hasMinutes = !created && minutesAreThere(meeting!.state, contents.values());
    const precedence = created ? 'replace' : precedenceOf(parsed.kind, hasMinutes);
    const older = precedence === 'older';
    const wantedState: MeetingState = minutes ? 'minutes_released' : 'agenda_released';
    const locationId = parsed.location ? await findOrCreateLocation(tx, parsed.location, org.bodyId) : null;
    const adjournedAt = parsed.closedAt ? copenhagenToInstant(parsed.date, parsed.closedAt) : null;
    const end = parsed.end ? copenhagenToInstant(parsed.date, parsed.end) : null;
    // (Only minutes have notes; a ParsedMeeting built before notes existed, e.g. by a script, has none.)
    const notes = minutes ? storedNotes(parsed.notes ?? []) : '';
    if (!meeting) {
      meeting = (await tx.insert(meetings).values({ organizationId: org.id, start, end, state: wantedState, locationId, adjournedAt, minutesNotes: notes }).returning())[0]!;
    } else {
      const state = meetingStates.indexOf(meeting.state) >= meetingStates.indexOf(wantedState) ? meeting.state : wantedState;
      // An agenda after the minutes fills in only what the meeting lacks (the minutes say when it began).
      const patch = older
        ? { state, start: meeting.start, end: meeting.end ?? end, locationId: meeting.locationId ?? locationId, adjournedAt: meeting.adjournedAt, minutesNotes: meeting.minutesNotes }
        : {
            state, start: parsed.start ? start : meeting.start, end: end ?? meeting.end, locationId: locationId ?? meeting.locationId, adjournedAt: adjournedAt ?? meeting.adjournedAt,
            // Minutes with notes say what they are; many layouts have no place for any, so minutes without leave the
            // meeting's (a secretary's) as they are, and an agenda has none to say.
            minutesNotes: notes || meeting.minutesNotes,
          };
      const differs = patch.state !== meeting.state || patch.start.getTime() !== meeting.start.getTime() || patch.locationId !== meeting.locationId || patch.minutesNotes !== meeting.minutesNotes ||
        (patch.end?.getTime() ?? null) !== (meeting.end?.getTime() ?? null) || (patch.adjournedAt?.getTime() ?? null) !== (meeting.adjournedAt?.getTime() ?? null);
      if (differs) {
        meeting = (await tx.update(meetings).set({ ...patch, version: meeting.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, meeting.id)).returning())[0]!;
        changed = true;
      }
    }

    // A tillægsdagsorden adds to the items already there: theirs keep their places, new ones follow.
    const supplement = parsed.supplement === true && existingItems.length > 0;
    // Items keep their places when the document is a supplement, an agenda after the minutes, or gives its items no
    // numbers (a web page copied without them: its order is no numbering).
    const keepPlaces = supplement || older || (existingItems.length > 0 && parsed.items.every((i) => i.untitled));
    let nextPosition = existingItems.reduce((max, i) => Math.max(max, i.position), -1) + 1;
    // Otherwise free positions first: the new document may renumber or reorder items.
    if (existingItems.length && !keepPlaces) await tx.update(agendaItems).set({ position: sql`-1 - ${agendaItems.position}` }).where(eq(agendaItems.meetingId, meeting.id));
    // Each of the document's items with what it will hold: combined with the meeting's item where it is
    // the same item. An agenda after the minutes adds no items and leaves alone any it cannot match surely.
    const kept = new Set<string>();
    const plan: { index: number; prev: (typeof existingItems)[number] | undefined; facts: ItemFacts; asDocument: boolean }[] = [];
    const matches = matchItems(existingItems, parsed.items);
    for (const [index, item] of parsed.items.entries()) {
      const match = matches[index];
      if (older && !match?.sameItem) continue;
      const prev = match?.held;
      if (prev) kept.add(prev.id);
      // (A title the document does not give, made by the importer, does not replace the meeting's.)
      const title = item.untitled && prev && match?.sameItem ? prev.title : item.title;
      const doc: ItemFacts = { title, public: item.public, caseNumber: item.caseNumber, content: itemContent[index]! };
      const held: ItemFacts | null = prev ? { title: prev.title, public: prev.public, caseNumber: prev.caseNumber, content: contents.get(prev.id)! } : null;
      const facts = held && match?.sameItem ? combineItem(precedence, held, doc) : doc;
      plan.push({ index, prev, facts, asDocument: facts === doc || JSON.stringify(facts) === JSON.stringify(doc) });
    }
    const { ids: caseIds, created: newCases } = await resolveCases(tx, org.bodyId, plan.map((p) => p.facts), parsed.date);
    const rewrite: { itemId: string; content: ItemContent; fresh?: boolean }[] = [];
    const inserts: { index: number; k: number; position: number }[] = [];
    const itemIds: string[] = [];
    for (const [k, { index, prev, facts }] of plan.entries()) {
      const caseId = caseIds[k]!;
      const position = !keepPlaces ? index : prev ? prev.position : nextPosition++;
      if (prev) {
        itemIds[k] = prev.id;
        // The document's number, unless an agenda after the minutes (whose numbers stand).
        const number = older || parsed.items[index]!.untitled ? prev.number : parsed.items[index]!.number;
        const same = signature(prev, contents.get(prev.id)!) === signature({ number, ...facts }, facts.content);
        if (!same || prev.position !== position || prev.caseId !== caseId) changed = true;
        await tx.update(agendaItems)
          .set(same ? { position, caseId } : { position, caseId, number, title: facts.title, public: facts.public, caseNumber: facts.caseNumber, version: prev.version + 1, modifiedAt: new Date() })
          .where(eq(agendaItems.id, prev.id));
        if (!same) rewrite.push({ itemId: prev.id, content: facts.content });
      } else {
        inserts.push({ index, k, position });
      }
    }
    if (inserts.length) {
      const made = await tx.insert(agendaItems).values(inserts.map(({ index, k, position }) => {
        const facts = plan[k]!.facts;
        return { meetingId: meeting.id, position, number: parsed.items[index]!.number, title: facts.title, public: facts.public, caseNumber: facts.caseNumber, caseId: caseIds[k], supplementary: supplement };
      })).returning({ id: agendaItems.id });
      inserts.forEach((ins, n) => {
        itemIds[ins.k] = made[n]!.id;
        rewrite.push({ itemId: made[n]!.id, content: plan[ins.k]!.facts.content, fresh: true });
      });
      changed = true;
    }
    await writeItemContents(tx, rewrite);
    // An agenda does not list what a tillægsdagsorden added to it: those items stay, after the agenda's.
    const added = keepPlaces || minutes ? [] : existingItems.filter((i) => !kept.has(i.id) && i.supplementary);
    for (const [k, item] of added.entries()) {
      const position = parsed.items.length + k;
      if (item.position !== position) changed = true;
      await tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, item.id));
      kept.add(item.id);
    }
    const stale = keepPlaces ? [] : existingItems.filter((i) => !kept.has(i.id));
    if (stale.length) {
      await tx.delete(consultations).where(inArray(consultations.agendaItemId, stale.map((i) => i.id)));
      await tx.delete(agendaItems).where(inArray(agendaItems.id, stale.map((i) => i.id)));
      changed = true;
    }
    const decided = minutes || hasMinutes;
    const steps = plan.flatMap((p, k) => (caseIds[k] ? [caseStep(itemIds[k]!, caseIds[k]!, p.facts.content, decided)] : []));
    await writeConsultations(tx, org.id, meeting.id, steps, decided ? parsed.date : null, created, newCases);
    let attendanceWritten: Awaited<ReturnType<typeof attendanceFor>> = [];
    if (minutes) {
      // (A ParsedMeeting built before attendanceChanges, absentWithoutNotice and substitutes existed, e.g. by a script, has none.)
      const entries = await attendanceFor(tx, org.id, parsed.date, parsed.absent, parsed.absentWithoutNotice ?? [], parsed.attendanceChanges ?? [], parsed.substitutes ?? []);
      attendanceWritten = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const key = (e: Omit<(typeof entries)[number], 'status'> & { status: string }) =>
        `${e.name}|${e.personId}|${e.status}|${e.substituteForId}|${e.substituteForName}|${e.arrivedDuringItem}|${e.leftDuringItem}|${e.absentDuringItems.join(',')}`;
      const current = created ? [] : await tx.select().from(attendance).where(eq(attendance.meetingId, meeting.id));
      if (JSON.stringify(current.map(key).sort()) !== JSON.stringify(entries.map(key).sort())) {
        await writeAttendance(tx, meeting.id, entries);
        changed = true;
      }
    }
    if (changed) {
      // Any change to a published meeting is a new version of it (caches key on this); a meeting
      // this import created is new as inserted.
      if (!created) await tx.update(meetings).set({ version: meeting.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, meeting.id));
      // A meeting created by this import is exactly what was just written: no need to read it back.
      const known: MeetingSnapshot | undefined = created
        ? {
            state: meeting.state, cancelled: meeting.cancelled, start: meeting.start.toISOString(), end: meeting.end?.toISOString() ?? null,
            adjournedAt: meeting.adjournedAt?.toISOString() ?? null, minutesNotes: meeting.minutesNotes, locationId: meeting.locationId,
            items: parsed.items.map((i, k) => ({ number: i.number, title: i.title, public: i.public, closedReason: null, caseNumber: i.caseNumber, ...itemContent[k]! })),
            attendance: attendanceWritten.map((a) => ({ name: a.name, status: a.status, substituteForId: a.substituteForId, substituteForName: a.substituteForName, arrivedDuringItem: a.arrivedDuringItem, leftDuringItem: a.leftDuringItem, absentDuringItems: a.absentDuringItems })),
          }
        : undefined;
      await keepPublishedVersion(tx, actor, meeting.id, minutes ? 'Referat importeret' : 'Dagsorden importeret', known, created);
      // The public version is what was just written: build the index from it, not from a read-back
      // (a supplement wrote only part of the meeting: that one is read back).
      // (Also read back where items were combined with what the meeting held: the document alone is not the meeting.)
      if (supplement || older || !plan.every((p) => p.asDocument) || meeting.cancelled || !agendaIsPublic(meeting.state)) await reindexMeeting(tx, meeting.id);
      else {
        const kind = minutesArePublic(meeting.state) ? 'minutes' : 'agenda';
        await writeIndex(tx, {
          meetingId: meeting.id, organization: org, kind, date: parsed.date, newMeeting: created,
          items: renderItems(parsed.items, (_, k) => itemContent[k]!, kind, publicViewer, org, screening),
          itemIds: new Map(parsed.items.map((i, k) => [i.number, itemIds[k]!])),
          notes: kind === 'minutes' ? notesShown(meeting.minutesNotes, screening) : [],
        });
      }
      await writeAudit(tx, actor, {
        command: 'importMeeting', entity: 'meeting', entityId: meeting.id,
        after: { source: source ?? null, kind: parsed.kind, organization: org.name, date: parsed.date, items: parsed.items.length, precedence },
      });
    }
    const findings = screenParsed(parsed, screening);
    return { meetingId: meeting.id, created, changed, items: parsed.items.length, findings };
  },
});
