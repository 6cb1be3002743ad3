// Keeps the public search index in step with a meeting. The rows are taken from the public
// version of the meeting's latest released document, so the index never holds closed
// content, unreleased drafts or unmasked personal data.
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.ts';
import { meetings } from '../meetings/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { loadRenderModel, type DocumentKind, type RenderItem } from '../documents/render/model.ts';
import { sectionParagraphs } from '../documents/render/text.ts';
import { publicViewer } from '../permissions/visibility.ts';
import { agendaIsPublic, minutesArePublic } from '../meetings/state.ts';
import { searchEntries } from './schema.ts';
import { files, itemAttachments } from '../documents/schema.ts';
import { publicScreening } from '../permissions/publication.ts';
import { maskSensitive } from '../documents/screening.ts';

/** A tsvector holds at most 1 MB; the first 200,000 characters of an attachment are indexed. */
const ATTACHMENT_TEXT_LIMIT = 200_000;

/** Folds Danish letters and accents for typo-tolerant matching: "Udsatterådet" → "udsatteraadet". */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** A meeting's public version as the index needs it: what loadRenderModel gives the public. */
export interface IndexSource {
  meetingId: string;
  organization: { id: string; bodyId: string };
  kind: DocumentKind;
  date: string;
  items: RenderItem[];
  /** Each item's id by its number. */
  itemIds: Map<string, string>;
  /** A meeting created in this transaction (by an import): no uploaded files and no index rows yet. */
  newMeeting: boolean;
  /** The released minutes' notes on the meeting (who chaired, guests), masked as the public reads them. */
  notes?: string[];
}

/** The title a meeting's notes are indexed under (the search page shows its own words for them). */
export const NOTES_TITLE = 'Bemærkninger til mødet';

export async function reindexMeeting(tx: Tx, meetingId: string): Promise<void> {
  const meeting = await tx.query.meetings.findFirst({ where: eq(meetings.id, meetingId) });
  if (!meeting || meeting.cancelled || !agendaIsPublic(meeting.state)) {
    await tx.delete(searchEntries).where(eq(searchEntries.meetingId, meetingId));
    return;
  }
  const kind = minutesArePublic(meeting.state) ? 'minutes' : 'agenda';
  const model = await loadRenderModel(tx, meetingId, kind, publicViewer);
  if (!model) {
    await tx.delete(searchEntries).where(eq(searchEntries.meetingId, meetingId));
    return;
  }
  const org = (await tx.query.organizations.findFirst({ where: eq(organizations.id, meeting.organizationId) }))!;
  const items = await tx.select({ id: agendaItems.id, number: agendaItems.number }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  await writeIndex(tx, { meetingId, organization: org, kind, date: model.date, items: model.items, itemIds: new Map(items.map((i) => [i.number, i.id])), newMeeting: false, notes: model.notes });
}

/** Replaces a meeting's index rows with those of its public version (already built by the caller). */
export async function writeIndex(tx: Tx, source: IndexSource): Promise<void> {
  const { meetingId, organization: org, kind, itemIds: itemId } = source;
  if (!source.newMeeting) await tx.delete(searchEntries).where(eq(searchEntries.meetingId, meetingId));
  // Text extracted from uploaded attachments, masked like every public text.
  const publicIds = source.items.filter((i) => i.public && i.sections).map((i) => itemId.get(i.number)).filter((id): id is string => Boolean(id));
  const attachmentTexts = publicIds.length && !source.newMeeting
    ? await tx
        .select({ itemId: itemAttachments.itemId, fileId: files.id, name: files.name, text: files.text })
        .from(itemAttachments)
        .innerJoin(files, eq(files.id, itemAttachments.fileId))
        .where(and(inArray(itemAttachments.itemId, publicIds), isNotNull(files.text), isNull(files.checkProblem)))
    : [];
  const screening = attachmentTexts.length ? await publicScreening(tx) : {};
  const base = { meetingId, organizationId: org.id, bodyId: org.bodyId, documentKind: kind, date: source.date };
  const rows: (typeof searchEntries.$inferInsert)[] = [];
  for (const item of source.items) {
    // Closed items are not searchable at all: their title is shown on the meeting page only.
    if (!item.public || !item.sections) continue;
    const common = { ...base, agendaItemId: itemId.get(item.number) ?? null, number: item.number, caseNumber: item.caseNumber, title: item.title! };
    const text = (kinds: (k: string) => boolean) =>
      item.sections!.filter((s) => kinds(s.kind)).map((s) => sectionParagraphs(s, item.attachments).join('\n\n')).join('\n\n');
    const decision = text((k) => k === 'decision');
    rows.push({ ...common, kind: 'item', hasDecision: decision.length > 0, body: [item.caseNumber ?? '', text((k) => k !== 'decision' && k !== 'attachments')].join('\n\n').trim() });
    if (decision) rows.push({ ...common, kind: 'decision', hasDecision: true, body: decision });
    const withText = attachmentTexts.filter((a) => a.itemId === common.agendaItemId);
    for (const a of item.attachments) {
      const file = withText.find((f) => f.name === a);
      const body = file?.text ? maskSensitive(file.text.slice(0, ATTACHMENT_TEXT_LIMIT), screening) : item.title!;
      rows.push({ ...common, kind: 'attachment', hasDecision: false, title: a, body, fileId: file?.fileId ?? null });
    }
  }
  // The meeting's own notes ("Per Høymark fra Ernst & Young deltog under punkt 24"): a hit on the meeting, not an item.
  if (kind === 'minutes' && source.notes?.length) rows.push({ ...base, agendaItemId: null, number: null, caseNumber: null, kind: 'notes', hasDecision: false, title: NOTES_TITLE, body: source.notes.join('\n\n') });
  if (rows.length === 0) return;
  // One array per column: a meeting has dozens of entries with long texts.
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  await tx.execute(sql`insert into search_entries (meeting_id, agenda_item_id, file_id, organization_id, body_id, kind, document_kind, has_decision, date, number, case_number, title, body)
    select * from unnest(${col((r) => r.meetingId)}::uuid[], ${col((r) => r.agendaItemId ?? null)}::uuid[], ${col((r) => r.fileId ?? null)}::uuid[],
      ${col((r) => r.organizationId)}::uuid[], ${col((r) => r.bodyId)}::uuid[], ${col((r) => r.kind)}::text[], ${col((r) => r.documentKind)}::text[],
      ${col((r) => r.hasDecision ?? false)}::bool[], ${col((r) => r.date)}::date[], ${col((r) => r.number ?? null)}::text[],
      ${col((r) => r.caseNumber ?? null)}::text[], ${col((r) => r.title)}::text[], ${col((r) => r.body)}::text[])`);
  const words = new Set<string>();
  for (const r of rows) for (const w of `${r.title} ${r.body}`.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) words.add(w);
  const list = [...words];
  await tx.execute(sql`insert into search_words (word, plain) select w, p from unnest(${sql.param(list)}::text[], ${sql.param(list.map(plainWord))}::text[]) as t(w, p) on conflict do nothing`);
}
