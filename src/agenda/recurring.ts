// Recurring items: each body's rule for the items on every agenda (Velkomst, Godkendelse af
// referat, Gensidig orientering, Mødedeltagelse …), added in one step and editable afterwards.
import { z } from 'zod';
import { asc, eq } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { agendaItems, recurringItems } from './schema.ts';
import { organizations } from '../bodies/schema.ts';
import { lockMeeting } from '../meetings/transition.ts';
import { agendaStructureOpen } from '../meetings/state.ts';
import { notFound, ruleViolation } from '../shared/errors.ts';
import { replaceSections, type SectionInput } from './content.ts';
import { meetingChanged } from './changes.ts';
import { previousMeeting, renumber } from './items.ts';
import { longDanishDate } from '../documents/parse/dates.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { takeTurn } from '../db/turns.ts';

export const recurringRule = z.object({
  title: z.string().trim().min(1).max(300),
  placement: z.enum(['start', 'end']),
  kind: z.enum(['normal', 'previous_minutes', 'attendance']).default('normal'),
  text: z.string().max(20_000).default(''),
});

/** The rules a new body starts with: the recurring items of the region's committees (seed 001). */
export const defaultRecurringItems: z.input<typeof recurringRule>[] = [
  { title: 'Velkomst', placement: 'start', kind: 'normal' },
  { title: 'Godkendelse af referat fra sidste møde', placement: 'start', kind: 'previous_minutes' },
  { title: 'Gensidig orientering', placement: 'end', kind: 'normal', text: 'Eventuelt og gensidig orientering fra medlemmerne.' },
  { title: 'Mødedeltagelse', placement: 'end', kind: 'attendance' },
];

export const setRecurringItems = defineCommand({
  name: 'setRecurringItems',
  input: z.object({ organizationId: uuid, items: z.array(recurringRule).max(30) }),
  async run(tx, actor, input) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.id, input.organizationId) });
    if (!org) throw notFound('organization', input.organizationId);
    // Two saves at once would each add the rules the other adds too.
    await takeTurn(tx, `recurring:${org.id}`);
    const before = await tx.select().from(recurringItems).where(eq(recurringItems.organizationId, org.id)).orderBy(asc(recurringItems.position));
    // Rules are matched by title so items already made from a rule keep pointing at it.
    const byTitle = new Map(before.map((r) => [r.title.toLowerCase(), r]));
    const keep = new Set<string>();
    for (const [position, item] of input.items.entries()) {
      const sections: SectionInput[] = item.text.trim() ? [{ kind: 'presentation', heading: 'Sagsfremstilling', text: item.text.trim(), proposer: null, lead: null, clauses: [] }] : [];
      const old = byTitle.get(item.title.toLowerCase());
      if (old) {
        keep.add(old.id);
        await tx.update(recurringItems).set({ placement: item.placement, kind: item.kind, position, sections, modifiedAt: new Date() }).where(eq(recurringItems.id, old.id));
      } else {
        await tx.insert(recurringItems).values({ organizationId: org.id, title: item.title, placement: item.placement, kind: item.kind, position, sections });
      }
    }
    for (const r of before.filter((b) => !keep.has(b.id))) await tx.delete(recurringItems).where(eq(recurringItems.id, r.id));
    await writeAudit(tx, actor, { command: 'setRecurringItems', entity: 'organization', entityId: org.id, before: before.map((r) => ({ title: r.title, placement: r.placement, kind: r.kind })), after: input.items });
    return { count: input.items.length };
  },
});

/** The recommendation of a "Godkendelse af referat" item for the meeting before. */
function previousMinutesSections(date: string | null): SectionInput[] {
  if (!date) return [];
  const long = longDanishDate(date).replace(/^\S+ d\. /, '');
  return [
    { kind: 'summary', heading: 'Resume', text: `Godkendelse af referat fra mødet den ${long}.`, proposer: null, lead: null, clauses: [] },
    { kind: 'recommendation', heading: 'Indstilling', text: '', proposer: 'Direktionen', lead: 'Direktionen indstiller,', clauses: [{ text: `at referatet fra mødet den ${long} godkendes`, outcome: null, amendedText: null }] },
  ];
}

export const addRecurringItems = defineCommand({
  name: 'addRecurringItems',
  input: z.object({ meetingId: uuid }),
  async run(tx, actor, input) {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.cancelled || !agendaStructureOpen(meeting.state)) throw ruleViolation('rule.agenda.structure_closed', { state: `state.${meeting.state}` });
    const rules = await tx.select().from(recurringItems).where(eq(recurringItems.organizationId, meeting.organizationId)).orderBy(asc(recurringItems.position));
    if (rules.length === 0) throw ruleViolation('rule.recurring.none');
    const items = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position));
    const present = new Set(items.map((i) => i.recurringItemId));
    const missing = rules.filter((r) => !present.has(r.id));
    if (missing.length === 0) return { added: 0 };
    const prev = await previousMeeting(tx, meeting);
    const made = new Map<string, string>();
    for (const [k, rule] of missing.entries()) {
      const [row] = await tx.insert(agendaItems).values({
        meetingId: meeting.id, position: -2000 - k, number: '0', title: rule.title, kind: rule.kind, recurringItemId: rule.id,
        refersToMeetingId: rule.kind === 'previous_minutes' ? (prev?.id ?? null) : null, supplementary: meeting.state !== 'planned',
      }).returning({ id: agendaItems.id });
      made.set(rule.id, row!.id);
      const sections = rule.kind === 'previous_minutes' ? previousMinutesSections(prev ? instantToCopenhagen(prev.start).date : null) : (rule.sections as SectionInput[]);
      await replaceSections(tx, row!.id, sections);
    }
    // Start rules first in rule order, then the existing items, then end rules in rule order.
    const ruleItem = (placement: 'start' | 'end') => rules.filter((r) => r.placement === placement).map((r) => made.get(r.id) ?? items.find((i) => i.recurringItemId === r.id)?.id).filter((id): id is string => Boolean(id));
    const ruled = new Set(rules.map((r) => r.id));
    const middle = items.filter((i) => !i.recurringItemId || !ruled.has(i.recurringItemId)).map((i) => i.id);
    await renumber(tx, meeting.id, [...ruleItem('start'), ...middle, ...ruleItem('end')]);
    await meetingChanged(tx, actor, meeting.id, `Faste punkter tilføjet: ${missing.map((r) => r.title).join(', ')}`);
    await writeAudit(tx, actor, { command: 'addRecurringItems', entity: 'meeting', entityId: meeting.id, after: { added: missing.map((r) => r.title) } });
    return { added: missing.length };
  },
});
