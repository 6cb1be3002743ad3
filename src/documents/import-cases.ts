// The cases an imported meeting's items belong to, and each item's step on its case's path
// through the bodies.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.ts';
import { cases, consultations } from '../cases/schema.ts';
import { outcomeFromLead, overallOutcome, type ClauseOutcome } from '../agenda/clauses.ts';
import type { ItemContent } from '../agenda/content.ts';

/** The outcome the minutes record in an item's decision: by its clauses, else by its first line ("Godkendt."). */
export function decisionOutcome(content: ItemContent): ClauseOutcome | null {
  const decisions = content.sections.filter((s) => s.kind === 'decision');
  const outcomes = decisions.flatMap((s) => s.clauses.map((c) => c.outcome)).filter((o): o is ClauseOutcome => o !== null);
  const first = decisions.find((s) => s.text.trim())?.text.trim();
  return overallOutcome(outcomes) ?? (first ? outcomeFromLead(first.split('\n')[0]!) : null);
}

/** An item's step on its case's path: decided as its minutes record, or still pending. */
export interface CaseStep {
  itemId: string;
  caseId: string;
  outcome: ClauseOutcome | 'pending';
  /** The body is informed (the recommendation is to take note), not asked to decide. */
  informational: boolean;
}

export function caseStep(itemId: string, caseId: string, content: ItemContent, decided: boolean): CaseStep {
  const informational = content.sections.some((s) => s.kind === 'recommendation' && s.clauses.some((c) => /til efterretning|orientering/i.test(c.text)));
  return { itemId, caseId, outcome: decided ? (decisionOutcome(content) ?? 'pending') : 'pending', informational };
}

/** The case of each item (by body, case number and title), created where missing — in two queries. */
export async function resolveCases(tx: Tx, bodyId: string, items: { caseNumber: string | null; title: string }[], date: string): Promise<{ ids: (string | null)[]; created: Set<string> }> {
  const created = new Set<string>();
  const numbered = items.filter((i) => i.caseNumber);
  if (numbered.length === 0) return { ids: items.map(() => null), created };
  const key = (caseNumber: string, title: string) => `${caseNumber}\u0000${title}`;
  const existing = await tx.select({ id: cases.id, caseNumber: cases.caseNumber, title: cases.title }).from(cases)
    .where(and(eq(cases.bodyId, bodyId), inArray(cases.caseNumber, [...new Set(numbered.map((i) => i.caseNumber!))])));
  const byKey = new Map(existing.map((c) => [key(c.caseNumber!, c.title), c.id]));
  const missing = [...new Map(numbered.filter((i) => !byKey.has(key(i.caseNumber!, i.title))).map((i) => [key(i.caseNumber!, i.title), i])).values()];
  if (missing.length) {
    const made = await tx.insert(cases).values(missing.map((i) => ({ bodyId, caseNumber: i.caseNumber, title: i.title, date }))).returning({ id: cases.id, caseNumber: cases.caseNumber, title: cases.title });
    for (const c of made) {
      byKey.set(key(c.caseNumber!, c.title), c.id);
      created.add(c.id);
    }
  }
  return { ids: items.map((i) => (i.caseNumber ? byKey.get(key(i.caseNumber, i.title))! : null)), created };
}

/** Each item's step on its case's path, written where it differs; `decidedOn` is the meeting's date once it has minutes. */
export async function writeConsultations(tx: Tx, organizationId: string, meetingId: string, links: CaseStep[], decidedOn: string | null, created: boolean, newCases: Set<string>) {
  if (links.length === 0) return;
  const existing = created ? [] : await tx.select().from(consultations).where(eq(consultations.meetingId, meetingId));
  const byCase = new Map(existing.map((c) => [c.caseId, c]));
  // A case created by this import has no steps yet: only older cases need counting.
  const fresh = links.filter((l) => !byCase.has(l.caseId) && !newCases.has(l.caseId));
  const counts = fresh.length
    ? await tx.select({ caseId: consultations.caseId, n: sql<number>`count(*)::int` }).from(consultations).where(inArray(consultations.caseId, fresh.map((l) => l.caseId))).groupBy(consultations.caseId)
    : [];
  const position = new Map(counts.map((c) => [c.caseId, c.n]));
  const rows: (typeof consultations.$inferInsert)[] = [];
  const added = new Set<string>();
  for (const l of links) {
    const outcome = l.outcome;
    const prev = byCase.get(l.caseId);
    // One step per case and meeting, even if two items share the case.
    if (added.has(l.caseId)) continue;
    if (prev) {
      if (prev.outcome !== outcome || prev.agendaItemId !== l.itemId) {
        await tx.update(consultations).set({ outcome, agendaItemId: l.itemId, decidedOn, modifiedAt: new Date() }).where(eq(consultations.id, prev.id));
      }
      continue;
    }
    const at = position.get(l.caseId) ?? 0;
    position.set(l.caseId, at + 1);
    rows.push({ caseId: l.caseId, organizationId, meetingId, agendaItemId: l.itemId, position: at, role: l.informational ? 'information' : 'decision', outcome, decidedOn });
    added.add(l.caseId);
  }
  if (rows.length) await tx.insert(consultations).values(rows);
}

