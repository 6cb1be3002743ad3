// What minutes say about the meeting itself that Lighed keeps no other field for: who chaired it, the order the
// items were taken in, guests, a departure during a closed item ("1. næstformand Hanne Roed var mødeleder.",
// "Punkt 24 og 25 blev behandlet først på mødet.", Region Midtjylland). Kept as written, so that imported minutes
// lose nothing their front page said. Two ways to find them: the paragraphs under a "Bemærkninger" label (the
// case systems' front page, and Lighed's own documents), and sentences about the meeting anywhere in the header.
import { parseAbsent, parseAbsentSentence, parseAttendanceChanges } from './clauses.ts';
import { readAbsentWithoutNotice, readSubstitutes } from './substitutes.ts';
import { absentFromThisItem, meetingSpan } from './attendance.ts';
import { ADJOURNED } from './build-item.ts';
import { FACT_LINE, HELD_ON, KIND_LINE, LABEL } from './header-lines.ts';
import { LIST_BULLET } from './names.ts';
import { pushAll } from '../../shared/collections.ts';

/** The label Lighed prints over the notes (as FirstAgenda and other case systems do on their front page). */
export const NOTES_LABEL = 'Bemærkninger';
const LABELLED = /^Bemærkninger(?:\s+til\s+mødet)?(?:\s*:\s*(.*))?$/i;

// A sentence: a capital (or "1. næstformand …") to a full stop, one paragraph, not a list or a table's row.
const SENTENCE = /^(?:\d{1,2}\.\s+[a-zæøå]|[A-ZÆØÅ])[^\t]{10,400}[.!]$/u;
// What a sentence about the meeting says: someone was, took part, left; items were taken.
const ABOUT_THE_MEETING = /\b(?:var|blev|deltog|forlod|ankom|mødte|havde|behandledes|afholdtes|ledede|overværede)\b/u;
const sentenceAboutTheMeeting = (s: string) => SENTENCE.test(s) && ABOUT_THE_MEETING.test(s);
// Said already by the meeting's own fields (attendance, times, place).
const UNDERSTOOD = [
  (p: string) => parseAbsent(p) !== null || parseAbsentSentence(p) !== null,
  (p: string) => /^(?:Afbud|Fraværende|Ikke til stede|Til stede|Deltagere|Mødedeltagere|Medlemmer)\b/i.test(p),
  (p: string) => ADJOURNED.test(p) || /\bMødet\s+(?:blev\s+)?hævet\b/i.test(p),
  (p: string) => readSubstitutes([p]).length > 0 || readAbsentWithoutNotice([p]).length > 0,
  (p: string) => parseAttendanceChanges([p]).length > 0 || absentFromThisItem(p).length > 0,
  (p: string) => /\bI stedet (?:deltog|mødte)\b|\bDer mødte ikke\b/.test(p),
  (p: string) => meetingSpan(p) !== null || HELD_ON.test(p) || LABEL.test(p) || FACT_LINE.test(p),
];
const understood = (p: string) => UNDERSTOOD.some((u) => u(p));
// The notices Lighed prints on its own documents (render/text.ts: MEMBERS_NOTICE, DRAFT_NOTICE).
const OWN_NOTICE = /^(?:Medlemsudgave|Ikke frigivet)\b/i;
// Not about the meeting: a web page's own text, a notice.
const notANote = (p: string) => /cookie|\bklik\b|hjemmeside/i.test(p) || OWN_NOTICE.test(p);
// Where a labelled block ends: the contents, another label ("Følgende sager behandles:"), a notice.
const blockEnds = (p: string) => /^(?:Indholdsfortegnelse|Indhold|Dagsorden|Punkter|Sager)$|:$|\t|\.{4}|^Pkt\.?\s/i.test(p) || OWN_NOTICE.test(p);

// Who led the meeting, took the minutes, or came as a guest, labelled as front pages put it, with the value after the
// label or on the lines under it (short ones, not themselves labels or headings).
const ROLE = /^(Mødeleder|Ordstyrer|Dirigent|Referent|Gæst|Gæster|Eksterne deltagere|Oplægsholdere?)(?:\s*:\s*(\S.*?)|\s*:?)$/i;
const ROLE_VALUE = /^(?:[•▪\-–]\s*)?[\p{Lu}][^:\t]{1,78}$/u;
const roleValue = (p: string) => ROLE_VALUE.test(p) && !blockEnds(p) && !ROLE.test(p) && !KIND_LINE.test(p) && !FACT_LINE.test(p);

// A sentence ends at a full stop after a word or a number, not after an initial ("Anne V. Kristensen") or an
// abbreviation ("kl. 16.10").
const SENTENCE_END = /(?<=[\p{Ll}\d)][.!])\s+(?=[\p{Lu}\d])/u;
const ABBREVIATION = /\b(?:kl|pkt|nr|jf|ca|evt|stk|mv|bl\.a|f\.eks|dvs)\.$/i;
// Sentences about attendance that the readers of it take only together with the sentence before ("Jacob Holm var
// fraværende. Som stedfortræder deltog Helle Lund"): never a note of their own.
const ABOUT_ATTENDANCE = /stedfortræder|suppleant|afbud|forfald|fraværende|\bI stedet\b|\bmødt\b/i;

function sentencesOf(p: string): string[] {
  const out: string[] = [];
  for (const piece of p.split(SENTENCE_END)) {
    if (out.length && ABBREVIATION.test(out[out.length - 1]!)) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  return out;
}

function notesAmongAttendance(p: string): string[] {
  const runs: string[][] = [];
  let last = -2;
  sentencesOf(p).forEach((sentence, k) => {
    if (!sentenceAboutTheMeeting(sentence) || ABOUT_ATTENDANCE.test(sentence) || understood(sentence)) return;
    if (last === k - 1) runs[runs.length - 1]!.push(sentence);
    else runs.push([sentence]);
    last = k;
  });
  return runs.map((r) => r.join(' '));
}

/** The notes on the meeting in the paragraphs of minutes' header (and their attendance block), in order. */
export function meetingNotes(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const label = LABELLED.exec(p);
    if (label) {
      const block = label[1] ? [label[1]] : [];
      while (i + 1 < paragraphs.length && !blockEnds(paragraphs[i + 1]!) && !LABELLED.test(paragraphs[i + 1]!)) block.push(paragraphs[++i]!);
      for (const q of block) if (!understood(q) && !notANote(q)) out.push(q);
      continue;
    }
    const role = ROLE.exec(p);
    if (role) {
      // "Referent: Hanne Lund"; "Ordstyrer" / "Formand Marlene Dahl"; "Gæst:" / "• Katrine Linneboe, SIOU" (a line each).
      const values = role[2] ? [role[2]] : [];
      while (i + 1 < paragraphs.length && roleValue(paragraphs[i + 1]!)) values.push(paragraphs[++i]!.replace(LIST_BULLET, '').replace(/\.$/, ''));
      if (values.length) out.push(`${role[1]}: ${values.join(', ')}`);
      continue;
    }
    if (!sentenceAboutTheMeeting(p) || p.includes('....') || notANote(p)) continue;
    if (!understood(p)) out.push(p);
    // (Attendance and a note in one paragraph — text run together, "… meldt afbud. Jonas Dahl forlod mødet … efter
    // behandlingen af punkt 2." — the note's sentences; those of a run, one note.)
    else pushAll(out, notesAmongAttendance(p));
  }
  return [...new Set(out)];
}
