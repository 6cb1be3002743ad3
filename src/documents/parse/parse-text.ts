// Reads the text of a Danish agenda (DAGSORDEN) or minutes (REFERAT) into structured data.
// The layout of seeds 001/004 is the reference; the municipal single-case layout (seed 003)
// and the variations in shared/samples are handled too.
import { toParagraphs } from './paragraphs.ts';
import { headingKind } from './headings.ts';
import { findDanishDate, findTime, shortDanishDate } from './dates.ts';
import { change, parseAbsent, parseAbsentSentence } from './clauses.ts';
import { readHeader } from './header.ts';
import { anotherMeetingDate, LABEL } from './header-lines.ts';
import { absentInHeader, awayForItemsInHeader } from './header-attendance.ts';
import { CASE_META, caseNumberOf, findItemStarts, ITEM_STATUS, LETTER_ID, plainNumberedItemStarts, splitClosed } from './items.ts';
import { tidyParagraphs } from './tidy-paragraphs.ts';
import { derivedTitle, headlessItemStarts, unnumberedItemStarts } from './unnumbered-items.ts';
import { caseBox, closedInContents, inClosedGroup, markedStatus, titlesAsInContents, withoutItemGroups } from './item-status.ts';
import { meetingAttendance } from './substitutes.ts';
import { itemKey, itemReference } from '../../agenda/item-numbers.ts';
import { absentThroughout, ADJOURNED, buildItem, decidedBy, newFacts, sameBody } from './build-item.ts';
import type { ParsedItem, ParsedMeeting } from './types.ts';
import { pushAll } from '../../shared/collections.ts';
import { meetingNotes } from './meeting-notes.ts';

export class ParseError extends Error {
  constructor(readonly rule: string, readonly params: Record<string, string | number> = {}) {
    super(rule);
    this.name = 'ParseError';
  }
}


const UI_TEXT = /^(se alle bilag|søg|abonnér|fold alle punkter|luk alle punkter|til top(?:pen)?|gå til indhold)$/i;

/** Where a single-case page's title is: the last short line before the first section that is not a label or UI text; -1 for none. */
function titleBefore(paragraphs: string[]): number {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.length < 150 && !/[.:]$/.test(p) && !UI_TEXT.test(p) && !LABEL.test(p) && !/^https?:/.test(p)) return i;
  }
  return -1;
}

export function parseMeetingText(raw: string): ParsedMeeting {
  if (!raw.trim()) throw new ParseError('import.empty');
  const { paragraphs, groups } = withoutItemGroups(tidyParagraphs(toParagraphs(raw)));
  // The minutes' own attendance block ("Fremmøde" after the last item) belongs to the meeting.
  let fremmoede = -1;
  paragraphs.forEach((p, i) => {
    if (/^Fremmøde:?$/.test(p)) fremmoede = i;
  });
  const meetingLevel: string[] = [];
  if (fremmoede !== -1 && findItemStarts(paragraphs).every((s) => s.index < fremmoede)) {
    pushAll(meetingLevel, paragraphs.splice(fremmoede).slice(1));
    // The closing line after it stays where the item parser looks for it.
    const closing = meetingLevel.findIndex((p) => ADJOURNED.test(p));
    if (closing !== -1) pushAll(paragraphs, meetingLevel.splice(closing));
  }
  let starts = findItemStarts(paragraphs);
  if (starts.length === 0) starts = unnumberedItemStarts(paragraphs);
  if (starts.length === 0) {
    const plain = plainNumberedItemStarts(paragraphs);
    // Numbered lines are items only where the document says it is an agenda or minutes (not a letter with a list).
    if (plain.length > 0 && paragraphs.slice(0, plain[0]!.index).some((p) => /^(?:møde)?(?:dagsorden|referat)\b/i.test(p))) starts = plain;
  }
  if (starts.length === 0) starts = headlessItemStarts(paragraphs);
  const itemStarts = starts.map((s) => s.index);
  const header = readHeader(paragraphs, itemStarts[0] ?? -1);
  const facts = newFacts();
  // "Forretningsudvalgets beslutning den …": this meeting's decisions are its own body's. In a
  // regional council's agenda the committee's earlier decision is quoted the same way.
  const bodyDecisions = paragraphs.flatMap((p) => (headingKind(p) === 'decision' ? [decidedBy(p)] : [])).filter((d) => d !== null);
  if (bodyDecisions.length) {
    const org = header.organization;
    // (Where none names the header's body, the decisions of the meeting's own day are its: a committee renamed between
    // the page's header and its case system — "Udvalget "Aktiv Hele Livet"" over "Beslutning i Udvalget for Voksne den …", Holbæk.)
    const own = (org ? bodyDecisions.find((d) => sameBody(d.body, org)) : bodyDecisions[0]) ??
      (header.date ? bodyDecisions.find((d) => d.date === header.date) : undefined);
    facts.ownDecision = own ?? null;
    if (own) header.date ??= own.date;
    // A header that does not name the body: the decisions do ("Økonomiudvalgets beslutning i mødet den …",
    // "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16").
    if (own && !org) header.organization = own.body;
  }
  // Several meetings in one file (a year's minutes saved together) read as one would mix their items: refused, with the dates.
  const other = header.date && itemStarts.length ? anotherMeetingDate(paragraphs.slice(itemStarts[0]! + 1), header.date) : null;
  if (other) throw new ParseError('import.several_meetings', { first: shortDanishDate(header.date!), second: shortDanishDate(other) });
  const warnings: string[] = [];
  const items: ParsedItem[] = [];

  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const next = starts[k + 1];
    // The next item's "Sagnr.:" line is not part of this item's text.
    const end = next ? next.index - (next.caseNumberBefore ? 1 : 0) : paragraphs.length;
    let body = s.bodyless ? [] : paragraphs.slice(s.index + (s.headless ? 0 : 1), end);
    // Under the item header, in the order each layout puts them: the title repeated (Holbæk), the
    // item's status ("Åbent", Region Sjælland), the case system's letter id, the case number.
    let status: RegExpExecArray | null = null;
    // (An item the document gives no title opens with its case number, or with its first heading: headless.)
    let caseNumber = s.caseNumberBefore ?? (s.untitled && !s.headless ? caseNumberOf(paragraphs[s.index]) : null);
    for (let p = body[0]; p !== undefined; p = body[0]) {
      if (s.headless) break;
      if (p === s.title || p === paragraphs[s.index]) { /* the header repeated */ }
      else if (!status && ITEM_STATUS.test(p)) status = ITEM_STATUS.exec(p);
      else if (LETTER_ID.test(p) || CASE_META.test(p)) { /* not content */ }
      else if (caseNumber === null && caseNumberOf(p) !== null) caseNumber = caseNumberOf(p);
      else break;
      body = body.slice(1);
    }
    // "Åben sag" / "Sagsnr: 15/16285" / "Forvaltning: …" / "Sbh: …" / "Besl. komp: SUU": a box beside the item's text
    // (Frederikshavn's PDFs), extracted wherever it stood on the page. Its status and case number; no text.
    const box = caseBox(body);
    if (box) {
      status ??= box.status;
      caseNumber ??= box.caseNumber;
      body = [...body.slice(0, box.at), ...body.slice(box.at + box.length)];
    }
    // ("Status: Lukket" as the item's last line: the flag a web page prints after each item.)
    const flag = body.at(-1)?.startsWith('Status:') ? ITEM_STATUS.exec(body.at(-1)!) : null;
    if (flag) {
      status ??= flag;
      body = body.slice(0, -1);
    }
    const item = buildItem(s.number, s.title, body, facts);
    if ((status && !/^åben/i.test(status[1]!)) || s.closed || inClosedGroup(groups, starts[0]!.index, s.index)) item.public = false;
    if (caseNumber) item.caseNumber = caseNumber;
    if (s.untitled) Object.assign(item, { title: derivedTitle(item), untitled: true });
    items.push(item);
  }

  markedStatus(items);
  titlesAsInContents(items, paragraphs.slice(0, itemStarts[0] ?? 0));
  // Closed in the contents, closed in the document.
  const contents = closedInContents(paragraphs.slice(0, itemStarts[0] ?? 0));
  // (By title only where one item has it: two items may share a title, "Orientering", and only one be closed.)
  const once = (title: string) => items.filter((i) => i.title.toLowerCase() === title).length === 1;
  for (const item of items) if (contents.numbers.has(item.number) || (contents.titles.has(item.title.toLowerCase()) && once(item.title.toLowerCase()))) item.public = false;
  if (items.length === 0) {
    // Municipal case layout (seed 003): one case, its sections and the committee's decision.
    const firstHeading = paragraphs.findIndex((p) => headingKind(p) !== null);
    if (firstHeading === -1) throw new ParseError('import.no_items');
    // ("2. Godkendelse af dagsorden" over the case: one item's own page, Københavns Kommune's — its number and title.)
    const at = titleBefore(paragraphs.slice(0, firstHeading));
    const titled = at === -1 ? null : paragraphs[at]!;
    const numbered = titled === null ? null : /^(\d{1,4})\.\s+(\S.*)$/.exec(titled);
    // (Text between the title and the first heading is the case's, its summary with no heading of its own.)
    const lead = at === -1 ? [] : paragraphs.slice(at + 1, firstHeading).filter((p) => !UI_TEXT.test(p) && !LABEL.test(p));
    const item = buildItem(numbered ? numbered[1]! : '1', '', [...lead, ...paragraphs.slice(firstHeading)], facts);
    if (!item.sections.some((s) => s.kind !== 'other')) throw new ParseError('import.no_items');
    const own = titled === null ? null : splitClosed(numbered ? numbered[2]! : titled);
    item.title = own?.title ?? derivedTitle(item);
    if (own && !own.public) item.public = false;
    if (!titled) {
      warnings.push('import.warning.title_derived');
      item.untitled = true;
    }
    const decided = item.sections.find((s) => s.kind === 'decision' && /^Beslutning i /i.test(s.heading));
    if (decided) {
      const m = /^Beslutning i (.+?)\s+(?:den|d\.)\s+(.+)$/i.exec(decided.heading);
      if (m) {
        header.organization ??= m[1]!.trim();
        header.date ??= findDanishDate(m[2]!);
      }
    }
    items.push(item);
  }

  absentThroughout(facts, items);
  for (const p of meetingLevel) {
    const absent = parseAbsent(p) ?? parseAbsentSentence(p);
    if (absent) facts.absent = absent;
  }
  const head = paragraphs.slice(0, itemStarts[0] ?? 0);
  const afbud = absentInHeader(head);
  if (afbud && facts.absent === null) facts.absent = afbud;
  // Away for every item is away from the meeting; for some, not there for those.
  const numbers = items.map((i) => i.number).filter((n) => itemReference(n) !== null).map(itemKey);
  for (const { name, items: away } of awayForItemsInHeader(head)) {
    const missed = new Set(away.map(itemKey));
    if (numbers.length > 0 && numbers.every((n) => missed.has(n))) facts.absent = [...(facts.absent ?? []), name];
    else facts.changes.push(change(name, { absentDuringItems: away }));
  }
  // (Each sentence of the header may name some: "Anna Holm og Bo Lund havde meldt forfald." / "Sine Holt havde meldt forfald.")
  const saidInHead: string[] = [];
  for (const p of head) {
    const absent = parseAbsent(p) ?? parseAbsentSentence(p);
    if (absent) pushAll(saidInHead, absent);
    const adj = ADJOURNED.exec(p);
    if (adj) facts.closedAt = findTime(adj[1]!);
  }
  if (facts.absent === null && saidInHead.length > 0) facts.absent = [...new Set(saidInHead)];
  if (starts.some((s) => s.untitled)) warnings.push('import.warning.titles_missing');
  if (!header.date) warnings.push('import.warning.no_date');
  if (!header.organization) warnings.push('import.warning.no_organization');
  const hasDecisions = items.some((i) => i.decision !== null);
  // Region Nordjylland labels every page "Dagsorden"; an item's "Referat" section says these are minutes.
  const itemMinutes = items.some((i) => i.sections.some((s) => /^referat$/i.test(s.heading) && s.text));
  const attendance = meetingAttendance(facts, [...paragraphs, ...meetingLevel], items.map((i) => i.number));
  // Frederiksberg's "Åben dagsorden" after the meeting: its decisions and who was away say it is the minutes.
  const heldMeeting = hasDecisions && !header.supplement && (attendance.absent.length > 0 || attendance.substitutes.length > 0);
  const kind = itemMinutes || (header.kind === 'agenda' && heldMeeting) ? 'minutes' : header.kind ?? (hasDecisions ? 'minutes' : 'agenda');
  return {
    kind,
    supplement: header.supplement,
    organization: header.organization,
    date: header.date,
    start: header.start ?? facts.start,
    end: header.end,
    location: header.location,
    items,
    ...attendance,
    closedAt: facts.closedAt,
    notes: kind === 'minutes' ? meetingNotes([...head, ...meetingLevel]) : [],
    warnings,
  };
}
