// FirstAgenda Publication's API answer (GET /api/agenda/dagsorden/<id>): the meeting as
// JSON, each item's text as HTML fields with <h3> section headings.
import { toParagraphs } from './parse/paragraphs.ts';
import { absentThroughout, buildItem, newFacts } from './parse/build-item.ts';
import { splitClosed } from './parse/items.ts';
import { htmlToText } from './html-text.ts';
import { meetingAttendance } from './parse/substitutes.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import type { ParsedMeeting } from './parse/types.ts';

interface FirstAgendaItem {
  Punktnummer?: string;
  Number?: string;
  Navn?: string;
  Caption?: string;
  SagsNummer?: string | null;
  IsOpen?: boolean;
  Felter?: { Navn?: string; Html?: string | null; Tekst?: string | null }[];
  Bilag?: { Navn?: string }[] | null;
  ItemDecision?: unknown;
}

export interface FirstAgendaAgenda {
  Dagsordenpunkter: FirstAgendaItem[];
  Udvalg?: { Navn?: string };
  Moede?: { Dato?: string; MeetingBeginUtc?: string; MeetingEndUtc?: string | null; Sted?: string | null };
}

export function isFirstAgenda(value: unknown): value is FirstAgendaAgenda {
  return typeof value === 'object' && value !== null && Array.isArray((value as FirstAgendaAgenda).Dagsordenpunkter);
}

export function parseFirstAgenda(agenda: FirstAgendaAgenda): ParsedMeeting {
  const facts = newFacts();
  const begin = agenda.Moede?.MeetingBeginUtc ?? agenda.Moede?.Dato;
  const start = begin ? instantToCopenhagen(new Date(begin)) : null;
  const end = agenda.Moede?.MeetingEndUtc ? instantToCopenhagen(new Date(agenda.Moede.MeetingEndUtc)) : null;
  const items = agenda.Dagsordenpunkter.map((it) => {
    const text = (it.Felter ?? []).map((f) => [f.Navn ? `<h3>${f.Navn}</h3>` : '', f.Html ?? f.Tekst ?? ''].join('')).join('\n');
    const paragraphs = toParagraphs(htmlToText(text));
    const { title, public: open } = splitClosed(it.Navn ?? it.Caption ?? '');
    const item = buildItem(it.Punktnummer ?? it.Number ?? '', title, paragraphs, facts);
    item.public = open && it.IsOpen !== false;
    item.caseNumber = it.SagsNummer ?? null;
    if (item.attachments.length === 0) item.attachments = (it.Bilag ?? []).map((b) => b.Navn ?? '').filter(Boolean);
    return item;
  });
  absentThroughout(facts, items);
  const minutes = agenda.Dagsordenpunkter.some((i) => i.ItemDecision) || items.some((i) => i.decision !== null);
  return {
    kind: minutes ? 'minutes' : 'agenda',
    supplement: false,
    organization: agenda.Udvalg?.Navn?.trim() || null,
    date: start?.date ?? null,
    start: start?.time ?? facts.start,
    end: end?.time ?? null,
    location: agenda.Moede?.Sted?.trim() || null,
    items,
    ...meetingAttendance(facts, items.flatMap((i) => i.sections.map((s) => s.text)), items.map((i) => i.number)),
    closedAt: facts.closedAt,
    // (The API's meeting carries no notes of its own; the items' texts are read as items.)
    notes: [],
    warnings: [],
  };
}
