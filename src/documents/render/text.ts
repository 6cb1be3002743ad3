// Agendas and minutes as plain text in the layout the region publishes (seeds 001 and 004):
// the importer reads this text back into the same meeting.
import type { SectionInput } from '../../agenda/content.ts';
import { longDanishDate, shortDanishDate } from '../parse/dates.ts';
import type { RenderItem, RenderModel } from './model.ts';
import type { AttendanceChange, Substitution } from '../parse/types.ts';
import { caseNumberOf } from '../parse/items.ts';
import { NOTES_LABEL } from '../parse/meeting-notes.ts';
import { pushAll } from '../../shared/collections.ts';

export const MEMBERS_NOTICE = 'Medlemsudgave — indeholder lukkede punkter. Må ikke offentliggøres.';
export const DRAFT_NOTICE = 'Ikke frigivet version';
const CLOSED = 'Lukket punkt';

/** "at a," … "at b, og" … "at c." — the separators Danish recommendations put between clauses. */
export function joinClauses(clauses: string[]): string[] {
  return clauses.map((c, i) => (i === clauses.length - 1 ? `${c}.` : i === clauses.length - 2 ? `${c}, og` : `${c},`));
}

/** The section's text as printed: stored text, or for a generated section its lead and clauses. */
export function sectionParagraphs(s: SectionInput, attachments: string[]): string[] {
  if (s.kind === 'attachments') return attachments;
  if (s.text.trim()) return s.text.split(/\n{2,}/);
  if (s.clauses.length) return [s.lead ?? '', ...joinClauses(s.clauses.map((c) => (c.outcome === 'amended' && c.amendedText ? c.amendedText : c.text)))].filter(Boolean);
  return [];
}

export function itemHeading(item: RenderItem): string {
  if (item.public) return `Punkt ${item.number}: ${item.title}`;
  return item.title === null ? `Punkt ${item.number}: ${CLOSED}` : `Punkt ${item.number}: Lukket: ${item.title}`;
}

/**
 * The case number as printed: alone where its form says what it is ("1-36-70-7-25", "23/1234"), with
 * its label where it is digits only ("Sagsnr.: 249050"), which alone would read as any number.
 */
export const caseNumberLine = (n: string) => (caseNumberOf(n) === n ? n : `Sagsnr.: ${n}`);

/** An agenda's known apologies ("Afbud: A og B"), printed with the meeting's facts; minutes say it under "Fremmøde". */
export const agendaApologies = (model: RenderModel): string | null =>
  model.kind === 'agenda' && model.absent.length ? danishList(model.absent) : null;

/** "A, B og C" */
export const danishList = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`);

/**
 * The minutes' attendance line when no item already says it (seed 001 has its own
 * "Mødedeltagelse" item): printed under the heading "Fremmøde" after the last item.
 */
export function attendanceBlock(model: RenderModel): string[] {
  if (model.kind !== 'minutes' || !model.attendanceRecorded) return [];
  const said = model.items.some((i) => (i.sections ?? []).some((s) => /alle(?: medlemmer)? var mødt/i.test(s.text)));
  if (said) return [];
  return ['Fremmøde', ...attendanceLines(model)];
}

/** What the minutes say of attendance, wherever they say it (the "Fremmøde" block, the attendance item). */
export interface AttendanceSummary {
  /** Everyone not there, with notice or without, in the order to print. */
  absent: string[];
  absentWithoutNotice?: string[];
  substitutes?: Substitution[];
  movements?: Movement[];
}

/**
 * "Alle var mødt, undtagen A og B.", "B var fraværende uden afbud.", "C deltog som stedfortræder for A.",
 * then who came late, left early or was not there for some items — one sentence each, in that order.
 */
export function attendanceLines(a: AttendanceSummary): string[] {
  const noNotice = a.absentWithoutNotice ?? [];
  return [
    a.absent.length ? `Alle var mødt, undtagen ${danishList(a.absent)}.` : 'Alle var mødt.',
    ...(noNotice.length ? [`${danishList(noNotice)} var fraværende uden afbud.`] : []),
    ...(a.substitutes ?? []).map((s) => `${s.name} deltog som stedfortræder for ${s.substituteFor}.`),
    ...movementLines(a.movements ?? []),
  ];
}

/** Who came late, left early or was not there for some items (the parser's AttendanceChange; the items may be left out). */
export type Movement = Omit<AttendanceChange, 'absentDuringItems'> & { absentDuringItems?: string[] };

/**
 * "X ankom under behandlingen af punkt 3.", "Y forlod mødet under behandlingen af punkt 5.", "Z deltog ikke
 * i behandlingen af punkt 6 og 8." — in that order.
 */
export function movementLines(movements: Movement[]): string[] {
  return [
    ...movements.filter((m) => m.arrivedDuringItem).map((m) => `${m.name} ankom under behandlingen af punkt ${m.arrivedDuringItem}.`),
    ...movements.filter((m) => m.leftDuringItem).map((m) => `${m.name} forlod mødet under behandlingen af punkt ${m.leftDuringItem}.`),
    ...movements.filter((m) => m.absentDuringItems?.length).map((m) => `${m.name} deltog ikke i behandlingen af punkt ${danishList(m.absentDuringItems!)}.`),
  ];
}

/** The minutes' notes on the meeting under their label, with the meeting's facts ("Bemærkninger" / one paragraph each). */
export const notesBlock = (model: RenderModel): string[] =>
  model.kind === 'minutes' && model.notes?.length ? [NOTES_LABEL, ...model.notes] : [];

export const addendumHeading = (date: string) => `Tilføjelse til referatet ${shortDanishDate(date)}`;

export const tocTitle = (item: RenderItem) => (item.public ? item.title! : item.title === null ? CLOSED : `Lukket: ${item.title}`);

/** Pages as the PDF lays them out: front page, contents, then each item on a new page. */
export function estimatePages(model: RenderModel): number[] {
  const out: number[] = [];
  let page = 3;
  for (const item of model.items) {
    out.push(page);
    const chars = (item.sections ?? []).reduce((n, s) => n + s.heading.length + sectionParagraphs(s, item.attachments).join('\n').length, 0);
    page += Math.max(1, Math.ceil(chars / 3200));
  }
  return out;
}

export function renderText(model: RenderModel, pages = estimatePages(model)): string {
  const out: string[] = [];
  out.push(`${model.kind === 'minutes' ? 'REFERAT' : 'DAGSORDEN'} ${model.organization} d. ${shortDanishDate(model.date)}`);
  out.push(`Mødedato ${longDanishDate(model.date)}${model.start ? ` kl. ${model.start}` : ''}`);
  if (model.location) out.push(`Mødested ${model.location}`);
  const apologies = agendaApologies(model);
  if (apologies) out.push(`Afbud: ${apologies}`);
  pushAll(out, notesBlock(model));
  if (model.draft) out.push(DRAFT_NOTICE);
  if (model.audience === 'members') out.push(MEMBERS_NOTICE);
  out.push('Indholdsfortegnelse');
  out.push(model.items.map((item, i) => `${tocTitle(item)}.....\t${pages[i]}`).join('\n'));
  for (const item of model.items) {
    out.push(itemHeading(item));
    if (item.caseNumber) out.push(caseNumberLine(item.caseNumber));
    for (const s of item.sections ?? []) {
      if (s.heading) out.push(s.heading);
      pushAll(out, sectionParagraphs(s, item.attachments));
    }
  }
  pushAll(out, attendanceBlock(model));
  if (model.kind === 'minutes' && model.closedAt) out.push(`Mødet blev hævet kl. ${model.closedAt.replace(':', '.')}.`);
  for (const a of model.addenda) out.push(addendumHeading(a.date), a.text);
  // The region's exports open with two empty lines.
  return `\n\n${out.join('\n\n')}`;
}
