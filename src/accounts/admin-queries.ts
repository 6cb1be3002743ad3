// What the administrator's account pages read: accounts with their roles, and the bodies a role can be given in.
import { and, eq, max } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { organizations } from '../bodies/schema.ts';
import { roleGrants, signInAttempts, users } from './schema.ts';
import { persons } from '../people/schema.ts';
import { sortDanish } from '../shared/i18n.ts';
import type { Role } from '../permissions/policy.ts';

export interface AccountGrant {
  role: Role;
  /** null: every body. */
  organizationId: string | null;
  organization: string | null;
}

export interface Account {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  /** Signs in through single sign-on (linked), with a local password, or both. */
  sso: boolean;
  password: boolean;
  lastSignIn: Date | null;
  grants: AccountGrant[];
  /** The member the account belongs to (for attendance and approving minutes). */
  person: { id: string; name: string; slug: string } | null;
}

async function grantsOf(db: Queryable, userId?: string): Promise<Map<string, AccountGrant[]>> {
  const rows = await db
    .select({ userId: roleGrants.userId, role: roleGrants.role, organizationId: roleGrants.organizationId, organization: organizations.name })
    .from(roleGrants)
    .leftJoin(organizations, eq(organizations.id, roleGrants.organizationId))
    .where(userId ? eq(roleGrants.userId, userId) : undefined);
  const out = new Map<string, AccountGrant[]>();
  // Roles in every body first, then by body name as Danes sort it.
  for (const r of sortDanish(rows, (g) => `${g.organizationId ? '1' : '0'}${g.organization ?? ''}`)) {
    const list = out.get(r.userId) ?? [];
    list.push({ role: r.role as Role, organizationId: r.organizationId, organization: r.organization });
    out.set(r.userId, list);
  }
  return out;
}

async function lastSignIns(db: Queryable, email?: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ email: signInAttempts.email, at: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(email ? and(eq(signInAttempts.success, true), eq(signInAttempts.email, email)) : eq(signInAttempts.success, true))
    .groupBy(signInAttempts.email);
  return new Map(rows.filter((r) => r.at).map((r) => [r.email, r.at!]));
}

type PersonRef = { id: string; name: string; slug: string };

const toAccount = (u: typeof users.$inferSelect, grants: Map<string, AccountGrant[]>, seen: Map<string, Date>, people: Map<string, PersonRef>): Account => ({
  id: u.id,
  name: u.name,
  email: u.email,
  disabled: u.disabled,
  sso: u.oidcSubject !== null,
  password: u.passwordHash !== null,
  lastSignIn: seen.get(u.email) ?? null,
  grants: grants.get(u.id) ?? [],
  person: u.personId ? people.get(u.personId) ?? null : null,
});

/** The persons accounts belong to: all of them, or the one of a single account. */
async function linkedPersons(db: Queryable, personId?: string | null): Promise<Map<string, PersonRef>> {
  if (personId === null) return new Map();
  const rows = personId
    ? await db.select({ id: persons.id, name: persons.name, slug: persons.slug }).from(persons).where(eq(persons.id, personId))
    : await db.select({ id: persons.id, name: persons.name, slug: persons.slug }).from(persons).innerJoin(users, eq(users.personId, persons.id));
  return new Map(rows.map((p) => [p.id, p]));
}

/** Every account, by name. */
export async function accountList(db: Queryable): Promise<Account[]> {
  const [rows, grants, seen, people] = await Promise.all([db.select().from(users), grantsOf(db), lastSignIns(db), linkedPersons(db)]);
  return sortDanish(rows, (u) => u.name).map((u) => toAccount(u, grants, seen, people));
}

export async function accountById(db: Queryable, id: string): Promise<Account | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const u = await db.query.users.findFirst({ where: eq(users.id, id) });
  if (!u) return null;
  return toAccount(u, await grantsOf(db, u.id), await lastSignIns(db, u.email), await linkedPersons(db, u.personId));
}

/** The bodies a role can be given in, by name. */
export async function organizationChoices(db: Queryable): Promise<{ id: string; name: string }[]> {
  return sortDanish(await db.select({ id: organizations.id, name: organizations.name }).from(organizations), (o) => o.name);
}

/** The persons an account can belong to, by name; a title tells apart two of the same name. */
export async function personChoices(db: Queryable): Promise<{ id: string; label: string }[]> {
  const rows = sortDanish(await db.select({ id: persons.id, name: persons.name, title: persons.title }).from(persons), (p) => p.name);
  const count = new Map<string, number>();
  for (const p of rows) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return rows.map((p) => ({ id: p.id, label: (count.get(p.name) ?? 0) > 1 && p.title ? `${p.name} (${p.title})` : p.name }));
}
