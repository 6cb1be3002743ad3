// Minutes written from what was recorded, in the wording Danish minutes use (seed 001):
// "Udvalg for lighed i sundhed godkendte," followed by the "at"-clauses, then remarks,
// dissents and conflicts of interest; the attendance item says "Alle var mødt, undtagen …".
import type { ClauseOutcome, DecisionClause } from '../agenda/clauses.ts';
import { attendanceLines, joinClauses } from '../documents/render/text.ts';

export interface Statement {
  kind: 'remark' | 'dissent' | 'conflict';
  name: string;
  text: string;
}

export interface ComposedDecision {
  lead: string | null;
  clauses: DecisionClause[];
  text: string;
}

const verbs: Record<ClauseOutcome, string> = {
  approved: 'godkendte',
  amended: 'godkendte med ændringer',
  rejected: 'godkendte ikke',
  noted: 'tog til efterretning',
};
const order: ClauseOutcome[] = ['approved', 'amended', 'rejected', 'noted'];

/** "at …" as the decision prints it: the amended wording where the clause was amended. */
const printed = (c: DecisionClause) => (c.outcome === 'amended' && c.amendedText ? c.amendedText : c.text).replace(/[,.;]\s*(og)?\s*$/u, '');

export function composeDecision(decider: string, clauses: DecisionClause[], note: string, statements: Statement[]): ComposedDecision {
  const paragraphs: string[] = [];
  let lead: string | null = null;
  for (const outcome of order) {
    const group = clauses.filter((c) => c.outcome === outcome);
    if (group.length === 0) continue;
    const line = `${decider} ${verbs[outcome]},`;
    lead ??= line;
    paragraphs.push(line, ...joinClauses(group.map(printed)));
  }
  if (note.trim()) paragraphs.push(...note.trim().split(/\n{2,}/).map((p) => p.trim()));
  for (const s of statements.filter((x) => x.kind === 'conflict')) {
    paragraphs.push(`${s.name} deltog ikke i behandlingen af punktet på grund af inhabilitet${s.text.trim() ? ` (${s.text.trim()})` : ''}.`);
  }
  for (const s of statements.filter((x) => x.kind === 'dissent')) {
    paragraphs.push(`${s.name} kunne ikke tiltræde beslutningen.${s.text.trim() ? ` ${s.name} ønskede følgende ført til protokols: ${s.text.trim()}` : ''}`);
  }
  for (const s of statements.filter((x) => x.kind === 'remark')) {
    paragraphs.push(`${s.name} ønskede følgende ført til protokols: ${s.text.trim()}`);
  }
  return { lead, clauses, text: paragraphs.join('\n\n') };
}

/** The free text of a composed decision: its paragraphs less those the clauses and statements make. */
export function decisionNote(decider: string, clauses: DecisionClause[], statements: Statement[], text: string): string {
  const composed = new Set(composeDecision(decider, clauses, '', statements).text.split('\n\n'));
  return text.split('\n\n').filter((p) => !composed.has(p)).join('\n\n');
}

export interface AttendanceFact {
  name: string;
  status: 'present' | 'absent_with_notice' | 'absent';
  substituteFor: string | null;
  /** Items by their number as printed ("6", "1.a"). */
  arrivedDuringItem: string | null;
  leftDuringItem: string | null;
  absentDuringItems?: string[];
}

/** The attendance item's decision: who was absent, who stood in, who came late or left (as the minutes' "Fremmøde" says it). */
export function composeAttendance(facts: AttendanceFact[], collate: (a: string, b: string) => number): string {
  const byName = [...facts].sort((a, b) => collate(a.name, b.name));
  const present = byName.filter((f) => f.status === 'present');
  return attendanceLines({
    absent: byName.filter((f) => f.status !== 'present').map((f) => f.name),
    absentWithoutNotice: byName.filter((f) => f.status === 'absent').map((f) => f.name),
    substitutes: present.filter((f) => f.substituteFor).map((f) => ({ name: f.name, substituteFor: f.substituteFor! })),
    movements: present,
  }).join('\n\n');
}
