// Commands for persons and their memberships. Every membership change is checked against
// the organization's composition rules before it is written.
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { isoDate, name, optionalText, slug, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Tx } from '../db/connect.ts';
import { compositionRules, organizations, seatKind } from '../bodies/schema.ts';
import { memberships, persons } from './schema.ts';
import { compositionViolations, newViolations, type Seat } from '../bodies/composition.ts';
import { AppError, conflict, notFound } from '../shared/errors.ts';
import { todayInCopenhagen } from '../shared/time.ts';

export const createPerson = defineCommand({
  name: 'createPerson',
  input: z.object({ slug, name, givenName: optionalText, familyName: optionalText, title: optionalText, bodyId: uuid.nullish() }),
  async run(tx, actor, input) {
    const [row] = await tx.insert(persons).values({ ...input, bodyId: input.bodyId ?? null }).onConflictDoNothing().returning();
    if (!row) throw conflict('rule.unique.slug', { slug: input.slug });
    await writeAudit(tx, actor, { command: 'createPerson', entity: 'person', entityId: row.id, after: row });
    return row;
  },
});

type MembershipRow = typeof memberships.$inferSelect;
const toSeat = (m: MembershipRow): Seat => ({
  membershipId: m.id,
  personId: m.personId,
  seatKind: m.seatKind,
  role: m.role,
  ngoId: m.ngoId,
  startDate: m.startDate,
  endDate: m.endDate,
});

/** Refuses a membership change that breaks (or worsens a breach of) the composition rules. */
async function checkComposition(tx: Tx, organizationId: string, change: (seats: Seat[]) => Seat[], on: string): Promise<void> {
  // Lock the organization row so two concurrent changes cannot both take the last seat.
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
  if (!org) throw notFound('organization', organizationId);
  const rules = await tx.select().from(compositionRules).where(eq(compositionRules.organizationId, organizationId));
  const current = (await tx.select().from(memberships).where(eq(memberships.organizationId, organizationId))).map(toSeat);
  const r = rules.map((x) => ({ seatKind: x.seatKind, seats: x.seats }));
  const before = compositionViolations(org.name, org.formation, r, current, on);
  const after = compositionViolations(org.name, org.formation, r, change(current), on);
  const added = newViolations(before, after);
  if (added.length > 0) {
    throw new AppError(
      'rule_violation',
      added[0]!.rule,
      added[0]!.params,
      added.map((v) => ({ field: 'membership', rule: v.rule, params: v.params })),
    );
  }
}

const membershipInput = z
  .object({
    personId: uuid,
    organizationId: uuid,
    role: z.enum(['chair', 'vice_chair', 'member', 'substitute']).default('member'),
    seatKind: z.enum(seatKind.enumValues),
    ngoId: uuid.nullish(),
    substituteForId: uuid.nullish(),
    votingRight: z.boolean().default(true),
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
  })
  .refine((m) => !m.startDate || !m.endDate || m.endDate >= m.startDate, { message: 'rule.membership.end_before_start', path: ['endDate'] });

export const addMembership = defineCommand({
  name: 'addMembership',
  input: membershipInput,
  async run(tx, actor, input) {
    const person = await tx.query.persons.findFirst({ where: eq(persons.id, input.personId) });
    if (!person) throw notFound('person', input.personId);
    const values = {
      ...input,
      ngoId: input.ngoId ?? null,
      substituteForId: input.substituteForId ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
    };
    const on = values.startDate && values.startDate > todayInCopenhagen() ? values.startDate : todayInCopenhagen();
    await checkComposition(tx, input.organizationId, (seats) => [...seats, { ...toSeat({ ...values, id: 'new' } as MembershipRow) }], on);
    const [row] = await tx.insert(memberships).values(values).returning();
    await writeAudit(tx, actor, { command: 'addMembership', entity: 'membership', entityId: row!.id, after: row });
    return row!;
  },
});

export const endMembership = defineCommand({
  name: 'endMembership',
  input: z.object({ membershipId: uuid, endDate: isoDate }),
  async run(tx, actor, input) {
    const before = await tx.query.memberships.findFirst({ where: eq(memberships.id, input.membershipId) });
    if (!before) throw notFound('membership', input.membershipId);
    if (before.startDate && input.endDate < before.startDate) {
      throw new AppError('validation', 'error.validation', {}, [{ field: 'endDate', rule: 'rule.membership.end_before_start' }]);
    }
    // Checked the day after it ends: that is when the seat is empty.
    const dayAfter = new Date(Date.parse(input.endDate) + 86_400_000).toISOString().slice(0, 10);
    await checkComposition(tx, before.organizationId, (seats) => seats.map((s) => (s.membershipId === before.id ? { ...s, endDate: input.endDate } : s)), dayAfter);
    const [row] = await tx.update(memberships).set({ endDate: input.endDate, modifiedAt: new Date() }).where(eq(memberships.id, before.id)).returning();
    await writeAudit(tx, actor, { command: 'endMembership', entity: 'membership', entityId: row!.id, before, after: row });
    return row!;
  },
});
