// What stops an agenda (or minutes) from being released: a problem list the secretary can act on.
// Pure rules over the meeting's content; no HTTP, no SQL.
import type { SectionInput } from './content.ts';
import { findSensitive, type ScreeningOptions } from '../documents/screening.ts';
import { undecidedClauses } from './clauses.ts';

export interface CheckItem {
  id: string;
  number: string;
  title: string;
  public: boolean;
  closedReason: string | null;
  kind: 'normal' | 'previous_minutes' | 'attendance';
  sections: SectionInput[];
  attachments: { name: string; checkProblem: string | null; text: string | null }[];
}

export interface ReleaseProblem {
  /** Locale key of the rule. */
  rule: string;
  itemId: string;
  number: string;
  /** Where in the item: a section heading, an attachment's name, "title". */
  where?: string;
  /** Extra message parameters (e.g. which clause). */
  params?: Record<string, string | number>;
}

/** Every text of an item that the public would read. */
function publicTexts(item: CheckItem): { where: string; text: string }[] {
  const out = [{ where: 'Titel', text: item.title }];
  for (const s of item.sections) {
    out.push({ where: s.heading || s.kind, text: [s.lead ?? '', s.proposer ?? '', s.text, ...s.clauses.flatMap((c) => [c.text, c.amendedText ?? ''])].join('\n') });
  }
  for (const a of item.attachments) out.push({ where: a.name, text: `${a.name}\n${a.text ?? ''}` });
  return out;
}

function cprProblems(item: CheckItem, includeClosed: boolean): ReleaseProblem[] {
  // Closed items are not public text; their titles are, when the body shows them.
  const texts = item.public || includeClosed ? publicTexts(item) : [{ where: 'Titel', text: item.title }];
  return texts.flatMap(({ where, text }) =>
    findSensitive(text).filter((f) => f.kind === 'cpr').map((f) => ({ rule: 'release.cpr', itemId: item.id, number: item.number, where, params: { preview: f.preview } })),
  );
}

/**
 * Citizens' e-mail addresses and phone numbers in what the public will see: they do not block
 * release (they are masked in every public output) but the secretary is shown where they are.
 */
export function maskedFindings(items: CheckItem[], options: ScreeningOptions): ReleaseProblem[] {
  return items.flatMap((item) => {
    const texts = item.public ? publicTexts(item) : [{ where: 'Titel', text: item.title }];
    return texts.flatMap(({ where, text }) =>
      findSensitive(text, options).filter((f) => f.kind !== 'cpr').map((f) => ({ rule: `masked.${f.kind}`, itemId: item.id, number: item.number, where, params: { preview: f.preview } })),
    );
  });
}

export function agendaReleaseProblems(items: CheckItem[]): ReleaseProblem[] {
  const out: ReleaseProblem[] = [];
  if (items.length === 0) out.push({ rule: 'release.no_items', itemId: '', number: '' });
  for (const item of items) {
    if (!item.public && !item.closedReason?.trim()) out.push({ rule: 'release.closed_without_reason', itemId: item.id, number: item.number });
    for (const s of item.sections.filter((x) => x.kind === 'recommendation')) {
      s.clauses.forEach((c, i) => {
        if (!c.text.trim() || /^at\s*[,.]?$/i.test(c.text.trim())) out.push({ rule: 'release.empty_clause', itemId: item.id, number: item.number, where: s.heading, params: { clause: i + 1 } });
      });
      if (s.clauses.length === 0 && !s.text.trim()) out.push({ rule: 'release.empty_recommendation', itemId: item.id, number: item.number, where: s.heading });
    }
    for (const a of item.attachments) {
      if (a.checkProblem) out.push({ rule: 'release.attachment_failed', itemId: item.id, number: item.number, where: a.name, params: { problem: a.checkProblem } });
    }
    out.push(...cprProblems(item, false));
  }
  return out;
}

export function minutesReleaseProblems(items: CheckItem[], adjourned: boolean): ReleaseProblem[] {
  const out: ReleaseProblem[] = [];
  if (!adjourned) out.push({ rule: 'release.no_closing_time', itemId: '', number: '' });
  for (const item of items) {
    const recommendation = item.sections.find((s) => s.kind === 'recommendation');
    const decision = item.sections.find((s) => s.kind === 'decision');
    if (recommendation && recommendation.clauses.length > 0) {
      if (!decision) out.push({ rule: 'release.no_decision', itemId: item.id, number: item.number });
      else {
        for (const n of undecidedClauses(decision.clauses)) out.push({ rule: 'release.undecided_clause', itemId: item.id, number: item.number, params: { clause: n } });
      }
    }
    for (const a of item.attachments) {
      if (a.checkProblem) out.push({ rule: 'release.attachment_failed', itemId: item.id, number: item.number, where: a.name, params: { problem: a.checkProblem } });
    }
    out.push(...cprProblems(item, false));
  }
  return out;
}
