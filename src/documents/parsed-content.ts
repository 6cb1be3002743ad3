// A parsed item's sections in the stored shape (recommendation and decision with their clauses).
import type { ItemContent } from '../agenda/content.ts';
import type { ParsedItem } from './parse/types.ts';

export function itemContentFromParsed(item: ParsedItem): ItemContent {
  let recommendationDone = false;
  let decisionDone = false;
  const sections = item.sections.map((s) => {
    const base = { kind: s.kind, heading: s.heading, text: s.text, proposer: null as string | null, lead: null as string | null, clauses: [] as ItemContent['sections'][number]['clauses'] };
    if (s.kind === 'recommendation' && item.recommendation && !recommendationDone) {
      recommendationDone = true;
      return { ...base, proposer: item.recommendation.proposer, lead: item.recommendation.lead, clauses: item.recommendation.clauses.map((text) => ({ text, outcome: null, amendedText: null })) };
    }
    if (s.kind === 'decision' && !decisionDone) {
      decisionDone = true;
      return { ...base, lead: item.decisionLead, clauses: item.decisionClauses.map((c) => ({ text: c.text, outcome: c.outcome, amendedText: null })) };
    }
    return base;
  });
  return { sections, attachments: item.attachments };
}
