// One demo account per role, so a newcomer can try every part of Lighed. Passwords are random
// (printed once, on the start that creates them) unless LIGHED_DEMO_PASSWORD sets one for all.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/connect.ts';
import { runInTx } from '../shared/command.ts';
import { systemActor } from '../shared/actor.ts';
import { users } from '../accounts/schema.ts';
import { createUser } from '../accounts/commands.ts';
import { generatePassword } from '../accounts/passwords.ts';
import { organizations, ngos } from '../bodies/schema.ts';
import { memberships, persons } from '../people/schema.ts';
import { recurringItems } from '../agenda/schema.ts';
import { defaultRecurringItems, setRecurringItems } from '../agenda/recurring.ts';
import type { Role } from '../permissions/policy.ts';

const actor = systemActor('Demodata');

interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** Organization slugs; none: every organization. */
  organizations: string[];
  /** The member the account belongs to: a person by name, or the first NGO member of an organization. */
  person?: { name: string } | { ngoMemberOf: string };
}

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@lighed.demo', name: 'Demo Administrator', role: 'administrator', organizations: [] },
  { email: 'sekretaer@lighed.demo', name: 'Demo Sekretær', role: 'secretary', organizations: ['udvalg-for-lighed-i-sundhed', 'udsatteraadet'] },
  { email: 'medlem@lighed.demo', name: 'Louise Høgh', role: 'member', organizations: ['udvalg-for-lighed-i-sundhed'], person: { name: 'Louise Høgh' } },
  { email: 'forening@lighed.demo', name: 'Foreningsrepræsentant', role: 'ngo_representative', organizations: ['udsatteraadet'], person: { ngoMemberOf: 'udsatteraadet' } },
  { email: 'observatoer@lighed.demo', name: 'Demo Observatør', role: 'observer', organizations: ['udvalg-for-lighed-i-sundhed', 'udsatteraadet'] },
];

export interface CreatedAccount {
  email: string;
  role: Role;
  password: string;
}

async function personFor(tx: Tx, spec: DemoAccount['person']) {
  if (!spec) return null;
  if ('name' in spec) return (await tx.query.persons.findFirst({ where: eq(persons.name, spec.name) })) ?? null;
  const org = await tx.query.organizations.findFirst({ where: eq(organizations.slug, spec.ngoMemberOf) });
  if (!org) return null;
  const [row] = await tx.select({ person: persons }).from(memberships).innerJoin(persons, eq(persons.id, memberships.personId)).innerJoin(ngos, eq(ngos.id, memberships.ngoId))
    .where(and(eq(memberships.organizationId, org.id), eq(memberships.seatKind, 'ngo_representative'))).orderBy(persons.name).limit(1);
  return row?.person ?? null;
}

export async function ensureDemoAccounts(tx: Tx, password: string | null): Promise<CreatedAccount[]> {
  const created: CreatedAccount[] = [];
  const existing = new Set((await tx.select({ email: users.email }).from(users).where(inArray(users.email, demoAccounts.map((a) => a.email)))).map((u) => u.email));
  for (const account of demoAccounts.filter((a) => !existing.has(a.email))) {
    const orgs = account.organizations.length ? await tx.select().from(organizations).where(inArray(organizations.slug, account.organizations)) : [];
    const person = await personFor(tx, account.person);
    const pw = password ?? generatePassword(randomBytes(20));
    await runInTx(tx, actor, createUser, {
      email: account.email,
      name: person?.name ?? account.name,
      password: pw,
      personId: person?.id ?? null,
      grants: orgs.length ? orgs.map((o) => ({ role: account.role, organizationId: o.id })) : [{ role: account.role, organizationId: null }],
    });
    created.push({ email: account.email, role: account.role, password: pw });
  }
  return created;
}

/** The region's committees put the same items on every agenda (seed 001). */
export async function ensureDemoRecurringItems(tx: Tx) {
  for (const slug of ['udvalg-for-lighed-i-sundhed', 'udsatteraadet']) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.slug, slug) });
    if (!org) continue;
    const has = await tx.select({ id: recurringItems.id }).from(recurringItems).where(eq(recurringItems.organizationId, org.id)).limit(1);
    if (has.length === 0) await runInTx(tx, actor, setRecurringItems, { organizationId: org.id, items: defaultRecurringItems });
  }
}
