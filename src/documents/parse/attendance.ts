// Attendance as minutes write it inside an item's decision (Københavns Kommune's eDoc and others):
// labelled lists of who was away, who came late or left, and the meeting's own start and end.
import { findTime } from './dates.ts';
import { change, splitNames } from './clauses.ts';
import type { AttendanceChange, Substitution } from './types.ts';
import { LIST_BULLET, PERSON, TITLE_BEFORE_NAME } from './names.ts';
import { pushAll } from '../../shared/collections.ts';
import { itemReference } from '../../agenda/item-numbers.ts';

// "Mødet startede kl. 15.30 og sluttede kl. 16.45."
// ("Mødet i Sundheds- og Omsorgsudvalget begyndte kl. 14:30 og sluttede kl. 17:00.")
const MEETING_SPAN = /^Mødet(?:\s+i\s+.{2,80}?)?\s+(?:startede|begyndte)\s+kl\.?\s*(\d{1,2}(?:[.:]\d{2})?)\s+og\s+(?:sluttede|blev hævet|afsluttedes)\s+kl\.?\s*(\d{1,2}(?:[.:]\d{2})?)\.?$/i;

/** The start and end a "Mødet startede kl. … og sluttede kl. …" line gives, or null. */
export function meetingSpan(p: string): { start: string | null; end: string | null } | null {
  const m = MEETING_SPAN.exec(p);
  return m ? { start: findTime(m[1]!), end: findTime(m[2]!) } : null;
}

const LABEL = /^(Fraværende med afbud|Afbud(?: fra)?|Følgende havde meldt afbud|Der var afbud fra|Der er afbud fra|Fraværende uden afbud|Følgende (?:udeblev|var fraværende) uden afbud|Fraværende i mødet|Delvis fraværende):\s*(.*)$/i;
// "- Britt Holm (suppleant Lærke Bro deltog i stedet)": one of a bulleted list, and who came in their place.
// "Borgmester Anna Holm pga. arbejde.": who, without the title before the name and the reason after it.
const REASON = /,?\s+(?:pga\.|på grund af|grundet)\s.*$/i;
const STOOD_IN_NOTE = /^(.+?)\s*\((?:\d\.\s*)?(?:suppleant|stedfortræder)\s+(.+?)\s+(?:deltog|deltager|mødte|indkaldt)(?:\s+i\s+stedet)?\)\.?$/iu;
const NAME = /^[A-ZÆØÅ][\p{L}.'\-]*(?:\s+(?:[A-ZÆØÅ][\p{L}.'\-]*|von|van|de|la)){0,5}(?:\s*\([^)]{1,12}\))?\.?$/u;
const NOBODY = /^(?:ingen|-)\.?$/i;
const STOOD_IN = /^(.+),\s*([A-ZÆØÅ][^,]{1,60}?)\s+(?:indkaldt|deltog)\.?$/u;
// "Carla Juhl til kl. 16.05 i punkt 2" (came at 16.05, during item 2), "Dorte Friis fra kl. 16.30 i punkt 3" (left).
const PART = /^(.+?)(?:\s*\([^)]{1,12}\))?\s+(til|fra)\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?\s+(?:i|under)\s+(?:punkt|pkt\.)\s*(\d{1,4}(?:\.?[a-zæøå])?)\.?$/i;

// "Fremmøde og inhabilitet:" / "Mikkel Holm havde meldt afbud, og Peter Lund deltog i stedet." / "Sofie Berg udeblev
// uden afbud." (Københavns Kommune's local committees): who was away, told in sentences.
const SENTENCE_LABEL = /^Fremmøde(?:\s+og\s+inhabilitet)?:$/i;
const WHO = "((?:[A-ZÆØÅ][\\p{L}'\\-]*\\.?\\s+){0,4}[A-ZÆØÅ][\\p{L}'\\-]*)(?:\\s*\\([^)]{1,12}\\))?";
const SENT_WORD = new RegExp(`^${WHO}\\s+havde meldt afbud\\b`, 'u');
const NO_SHOW = new RegExp(`^${WHO}\\s+udeblev\\b`, 'u');
// "Følgende udeblev uden afbud: Carla Juhl, Dan Berg og Ole Vang." (the same minutes, several at once).
const NO_SHOW_LIST = /^Følgende\s+(?:udeblev|var fraværende)\s+uden\s+afbud:\s*(.+?)\.?$/i;
// Sentences about attendance the model keeps no field for (substitutes, a substitute who did not come).
const OTHER_ATTENDANCE = /\b(?:deltog i stedet|mødte ikke frem|var indkaldt)\b|^(?:Som (?:stedfortræder|suppleant)|I stedet) for\b/;

/** The sentences of an attendance paragraph, or null when any sentence is about something else. */
function attendanceSentences(p: string): { absent: string[]; noShow: string[] } | null {
  const sentences = p.split(/(?<=\.)\s+(?=[A-ZÆØÅ0-9])/);
  const out = { absent: [] as string[], noShow: [] as string[] };
  for (const sentence of sentences) {
    const sent = SENT_WORD.exec(sentence);
    const no = NO_SHOW.exec(sentence);
    const listed = NO_SHOW_LIST.exec(sentence);
    if (listed) pushAll(out.noShow, splitNames(listed[1]!));
    else if (sent) out.absent.push(sent[1]!.trim());
    else if (no) out.noShow.push(no[1]!.trim());
    else if (!OTHER_ATTENDANCE.test(sentence)) return null;
  }
  return out;
}

// "I mødet deltog:" / "Udvalgsmedlemmer:" / "Karen Vig, Lars Holm (ankom under behandlingen af punkt 3) og Jonas
// Ravn (mødeleder)." / "Fra Sundheds- og Omsorgsforvaltningen:" / … (Københavns Kommune's committees): who was there,
// in groups. Only the notes on late arrivals and early departures say something the model keeps.
const PRESENT_LABEL = /^(?:I mødet deltog|Til ?stede(?: var)?|Fremmødte):$/i;
const GROUP_LABEL = /^[A-ZÆØÅ][^.:]{0,80}:$/u;
const NOTED = /^([A-ZÆØÅ][^()]{1,60}?)\s*(?:\(([^)]{1,80})\))?\.?$/u;
const MOVED = /^(ankom|forlod mødet)(?:\s+kl\.?\s*\d{1,2}[.:]\d{2})?\s+under\s+behandlingen\s+af\s+punkt\s+(\d{1,4}(?:\.?[a-zæøå])?)$/i;

/** The people of a paragraph that lists who was there ("A, B (ankom under behandlingen af punkt 6) og C."), or null. */
function presentList(p: string): { name: string; note: string | null }[] | null {
  const parts = p.replace(/\.$/, '').split(/\s*,\s*(?![^()]*\))|\s+og\s+(?![^()]*\))/u);
  const out: { name: string; note: string | null }[] = [];
  for (const part of parts) {
    const m = NOTED.exec(part.trim());
    if (!m || !NAME.test(m[1]!.trim())) return null;
    out.push({ name: m[1]!.trim(), note: m[2] ?? null });
  }
  return out;
}

export interface AttendanceBlocks {
  /** The paragraphs that are not attendance. (changes: one per line; mergeChanges combines them.) */
  rest: string[];
  absent: string[] | null;
  absentWithoutNotice: string[] | null;
  changes: AttendanceChange[];
  substitutes: Substitution[];
  span: { start: string | null; end: string | null } | null;
}

const names = (p: string) => splitNames(p.replace(/\.$/, ''));

/**
 * Takes the labelled attendance lists ("Fraværende med afbud:" / names, "Fraværende i mødet:" /
 * "X til kl. 18.40 i punkt 2", "Fraværende uden afbud:" / names) and the meeting's span out of an
 * item's decision.
 */
export function readAttendanceBlocks(paragraphs: string[]): AttendanceBlocks {
  const out: AttendanceBlocks = { rest: [], absent: null, absentWithoutNotice: null, changes: [], substitutes: [], span: null };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const span = meetingSpan(p);
    if (span) {
      out.span = span;
      continue;
    }
    if (SENTENCE_LABEL.test(p)) {
      let any = false;
      while (i + 1 < paragraphs.length) {
        const told = attendanceSentences(paragraphs[i + 1]!);
        if (!told) break;
        any = true;
        i++;
        if (told.absent.length) out.absent = [...(out.absent ?? []), ...told.absent];
        if (told.noShow.length) out.absentWithoutNotice = [...(out.absentWithoutNotice ?? []), ...told.noShow];
      }
      if (!any) out.rest.push(p);
      continue;
    }
    if (PRESENT_LABEL.test(p)) {
      let j = i + 1;
      const moves: AttendanceChange[] = [];
      for (; j < paragraphs.length; j++) {
        const q = paragraphs[j]!;
        if (LABEL.test(q) || (!GROUP_LABEL.test(q) && !presentList(q))) break;
        for (const { name, note } of presentList(q) ?? []) {
          const moved = note ? MOVED.exec(note.trim()) : null;
          if (moved) moves.push(change(name, /^ankom/i.test(moved[1]!) ? { arrivedDuringItem: itemReference(moved[2]!) } : { leftDuringItem: itemReference(moved[2]!) }));
        }
      }
      if (j > i + 1) {
        pushAll(out.changes, moves);
        i = j - 1;
        continue;
      }
    }
    const label = LABEL.exec(p);
    if (!label) {
      out.rest.push(p);
      continue;
    }
    const kind = /uden afbud$/i.test(label[1]!) ? 'fraværende uden afbud' : label[1]!.toLowerCase();
    const lines = label[2] ? [label[2]] : [];
    const nameList = (p: string) => /,|\sog\s/.test(p) && p.split(/,|\sog\s/).every((n) => NAME.test(n.trim()));
    while (i + 1 < paragraphs.length) {
      const next = paragraphs[i + 1]!.replace(LIST_BULLET, '').replace(REASON, '').replace(TITLE_BEFORE_NAME, '');
      const note = STOOD_IN_NOTE.exec(next);
      if (note && NAME.test(note[1]!) && NAME.test(note[2]!)) {
        out.substitutes.push({ name: note[2]!.trim(), substituteFor: note[1]!.trim() });
        lines.push(note[1]!);
        i++;
        continue;
      }
      // "Maria Holm, Peter Lund indkaldt" / "Jens Berg og Ole Dam, Eva Krogh deltog": away, and who came in their place.
      const stood = STOOD_IN.exec(next);
      if (stood && NAME.test(stood[2]!) && (NAME.test(stood[1]!) || nameList(stood[1]!))) {
        const away = names(stood[1]!);
        // With one person away the substitute is theirs; with several the list does not say whose.
        if (away.length === 1) out.substitutes.push({ name: stood[2]!.trim(), substituteFor: away[0]! });
        lines.push(stood[1]!);
        i++;
        continue;
      }
      if (!(NAME.test(next) || NOBODY.test(next) || PART.test(next) || nameList(next))) break;
      lines.push(next);
      i++;
    }
    const listed = lines.filter((l) => !NOBODY.test(l));
    if (kind === 'fraværende i mødet' || kind === 'delvis fraværende') {
      for (const m of listed.map((l) => PART.exec(l)).filter((x) => x !== null)) {
        out.changes.push(change(m[1]!.trim(), m[2]!.toLowerCase() === 'til' ? { arrivedDuringItem: itemReference(m[3]!) } : { leftDuringItem: itemReference(m[3]!) }));
      }
    } else if (kind === 'fraværende uden afbud') out.absentWithoutNotice = [...(out.absentWithoutNotice ?? []), ...listed.flatMap(names)];
    else out.absent = [...(out.absent ?? []), ...listed.flatMap(names)];
  }
  return out;
}

// Inside an item: "Bent Lund (D) og Carla Juhl (Ø) deltog ikke i sagens behandling.", "Bent Lund (C), Næstformand
// deltog ikke i Udvalget for det nære sundhedsvæsens behandling af sagen.", "Bo Lund erklærede sig inhabil."
// ("Rådmand Kristian Holm og Keld Lund var forhindret i at deltage i sagens behandling", Aarhus; "… var forhindrede …".)
const NOT_FOR_THIS = /(?:^|[.:;]\s+)([A-ZÆØÅ][^.:;]{1,300}?)\s+(?:deltog ikke i (?:sagens behandling|behandlingen af (?:sagen|punktet|dette punkt)|[^.]{1,150}?s behandling af (?:sagen|punktet))|erklærede sig inhabile?|var forhindre(?:t|de) i at deltage i (?:sagens|punktets) behandling)\b/gu;

/** The people a paragraph of an item says were not there for that item. */
export function absentFromThisItem(p: string): string[] {
  if (!p.includes('deltog ikke') && !p.includes('inhabil') && !p.includes('forhindre')) return [];
  return [...p.matchAll(NOT_FOR_THIS)].flatMap((m) => splitNames(m[1]!).map((n) => n.replace(TITLE_BEFORE_NAME, '')).filter((n) => PERSON.test(n) && !/^(?:formand|næstformand)$/i.test(n)));
}
