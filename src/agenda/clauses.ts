// "at"-clauses of a recommendation (indstilling) and the outcome of each in the decision.
export type ClauseOutcome = 'approved' | 'amended' | 'rejected' | 'noted';
export const clauseOutcomes: readonly ClauseOutcome[] = ['approved', 'amended', 'rejected', 'noted'];

export interface DecisionClause {
  text: string;
  outcome: ClauseOutcome | null;
  amendedText: string | null;
}

/** Locale keys of what is wrong with one decision clause. */
export function clauseProblems(clause: DecisionClause): string[] {
  const out: string[] = [];
  if (!clause.text.trim()) out.push('rule.clause.empty');
  if (clause.outcome === 'amended') {
    if (!clause.amendedText?.trim()) out.push('rule.clause.amended_needs_text');
    else if (clause.amendedText.trim() === clause.text.trim()) out.push('rule.clause.amended_text_unchanged');
  } else if (clause.amendedText?.trim()) {
    out.push('rule.clause.amended_text_only_when_amended');
  }
  return out;
}

/** Minutes can be released only when every clause has an outcome. */
export function undecidedClauses(clauses: DecisionClause[]): number[] {
  return clauses.flatMap((c, i) => (c.outcome === null ? [i + 1] : []));
}

/** The body's overall outcome on an item, for the case's timeline. */
export function overallOutcome(outcomes: ClauseOutcome[]): ClauseOutcome | null {
  if (outcomes.length === 0) return null;
  if (outcomes.every((o) => o === outcomes[0])) return outcomes[0]!;
  if (outcomes.every((o) => o === 'noted' || o === 'approved')) return 'approved';
  return 'amended';
}

/**
 * Reads the outcome from a decision's lead-in as Danish minutes write it:
 * "Udvalg for lighed i sundhed godkendte," → approved; "tog … til efterretning" → noted.
 */
export function outcomeFromLead(lead: string): ClauseOutcome | null {
  const l = lead.toLowerCase();
  if (/\b(forkastede|afviste|ikke godkendt|blev ikke godkendt|godkendte ikke)\b/.test(l)) return 'rejected';
  if (/\b(ændrede|godkendte med (den|de) ændring|med ændringer)\b/.test(l)) return 'amended';
  if (/til efterretning|orienteringen/.test(l)) return 'noted';
  if (/\b(godkendte|godkendt|godkendes|vedtog|vedtaget|tiltrådte|tiltrådt|besluttede|anbefalede|anbefales)\b/.test(l)) return 'approved';
  return null;
}
