// Commands for accounts: creating users, granting roles, signing in and out.
import { z } from 'zod';
import { and, eq, isNull } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { name, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { organizations } from '../bodies/schema.ts';
import { roleGrants, sessions, users } from './schema.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { conflict, forbidden, invalid, notFound, ruleViolation } from '../shared/errors.ts';
import { persons } from '../people/schema.ts';
import { roles } from '../permissions/policy.ts';

export const email = z.string().trim().toLowerCase().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'rule.format.email' });
export const password = z.string().min(12, { message: 'rule.password.too_short' }).max(200);

const grantInput = z.object({ role: z.enum(roles), organizationId: uuid.nullish() });

export const createUser = defineCommand({
  name: 'createUser',
  input: z.object({
    email,
    name,
    password: password.nullish(),
    personId: uuid.nullish(),
    locale: z.enum(['da', 'en']).default('da'),
    grants: z.array(grantInput).max(50).default([]),
  }),
  async run(tx, actor, input) {
    if (input.personId && !(await tx.query.persons.findFirst({ where: eq(persons.id, input.personId) }))) throw invalid([{ field: 'personId', rule: 'rule.user.unknown_person' }]);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, personId: input.personId ?? null, locale: input.locale })
      .onConflictDoNothing()
      .returning();
    if (!user) throw conflict('rule.user.email_taken', { email: input.email });
    for (const g of input.grants) await grant(tx, user.id, g.role, g.organizationId ?? null);
    // The audit entry never holds the password or its hash.
    await writeAudit(tx, actor, { command: 'createUser', entity: 'user', entityId: user.id, after: { email: user.email, name: user.name, grants: input.grants } });
    return user;
  },
});

async function grant(tx: Parameters<typeof createUser.run>[0], userId: string, role: (typeof roles)[number], organizationId: string | null) {
  if (organizationId) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.id, organizationId) });
    if (!org) throw notFound('organization', organizationId);
  }
  await tx.insert(roleGrants).values({ userId, role, organizationId }).onConflictDoNothing();
}

export const grantRole = defineCommand({
  name: 'grantRole',
  input: z.object({ userId: uuid }).and(grantInput),
  async run(tx, actor, input) {
    const user = await tx.query.users.findFirst({ where: eq(users.id, input.userId) });
    if (!user) throw notFound('user', input.userId);
    await grant(tx, user.id, input.role, input.organizationId ?? null);
    await writeAudit(tx, actor, { command: 'grantRole', entity: 'user', entityId: user.id, after: { role: input.role, organizationId: input.organizationId ?? null } });
    return { userId: user.id };
  },
});

export const revokeRole = defineCommand({
  name: 'revokeRole',
  input: z.object({ userId: uuid }).and(grantInput),
  async run(tx, actor, input) {
    // An administrator who removed their own role could not undo it: another administrator does that.
    if (actor.kind === 'user' && actor.id === input.userId && input.role === 'administrator') throw ruleViolation('rule.user.own_admin');
    // (The grant named: in one body, or the one in every body — never the role's grants in other bodies.)
    const org = input.organizationId ?? null;
    const removed = await tx.delete(roleGrants)
      .where(and(eq(roleGrants.userId, input.userId), eq(roleGrants.role, input.role), org ? eq(roleGrants.organizationId, org) : isNull(roleGrants.organizationId)))
      .returning();
    await writeAudit(tx, actor, { command: 'revokeRole', entity: 'user', entityId: input.userId, before: removed.map((r) => ({ role: r.role, organizationId: r.organizationId })) });
    return { removed: removed.length };
  },
});

export const setPassword = defineCommand({
  name: 'setPassword',
  input: z.object({ userId: uuid, password }),
  async run(tx, actor, input) {
    const [row] = await tx.update(users).set({ passwordHash: await hashPassword(input.password), modifiedAt: new Date() }).where(eq(users.id, input.userId)).returning({ id: users.id });
    if (!row) throw notFound('user', input.userId);
    // Whoever had the old password is signed out everywhere.
    await tx.delete(sessions).where(eq(sessions.userId, row.id));
    await writeAudit(tx, actor, { command: 'setPassword', entity: 'user', entityId: row.id });
    return row;
  },
});

/** Blocks an account (it cannot sign in, and its sessions end) or opens it again. */
export const setUserDisabled = defineCommand({
  name: 'setUserDisabled',
  input: z.object({ userId: uuid, disabled: z.boolean() }),
  async run(tx, actor, input) {
    if (actor.kind === 'user' && actor.id === input.userId && input.disabled) throw ruleViolation('rule.user.own_account');
    const before = await tx.query.users.findFirst({ where: eq(users.id, input.userId) });
    if (!before) throw notFound('user', input.userId);
    if (before.disabled === input.disabled) return { userId: before.id, changed: false };
    await tx.update(users).set({ disabled: input.disabled, modifiedAt: new Date() }).where(eq(users.id, before.id));
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, before.id));
    await writeAudit(tx, actor, { command: 'setUserDisabled', entity: 'user', entityId: before.id, before: { disabled: before.disabled }, after: { disabled: input.disabled } });
    return { userId: before.id, changed: true };
  },
});

/** A user changes their own password: the current one first, the new one twice. Every session ends. */
export const changeOwnPassword = defineCommand({
  name: 'changeOwnPassword',
  input: z.object({ userId: uuid, current: z.string().max(200), password, confirm: z.string().max(200) })
    .refine((i) => i.password === i.confirm, { path: ['confirm'], message: 'rule.password.mismatch' }),
  async run(tx, actor, input) {
    if (actor.kind !== 'user' || actor.id !== input.userId) throw forbidden();
    const user = await tx.query.users.findFirst({ where: eq(users.id, input.userId) });
    if (!user) throw notFound('user', input.userId);
    if (!(await verifyPassword(user.passwordHash, input.current))) throw invalid([{ field: 'current', rule: 'rule.password.wrong' }]);
    await tx.update(users).set({ passwordHash: await hashPassword(input.password), modifiedAt: new Date() }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await writeAudit(tx, actor, { command: 'changeOwnPassword', entity: 'user', entityId: user.id });
    return { userId: user.id };
  },
});

/** An administrator corrects an account's name, e-mail or the member it belongs to. */
export const updateUser = defineCommand({
  name: 'updateUser',
  input: z.object({ userId: uuid, name, email, personId: uuid.nullish() }),
  async run(tx, actor, input) {
    const before = await tx.query.users.findFirst({ where: eq(users.id, input.userId) });
    if (!before) throw notFound('user', input.userId);
    if (input.personId && !(await tx.query.persons.findFirst({ where: eq(persons.id, input.personId) }))) throw invalid([{ field: 'personId', rule: 'rule.user.unknown_person' }]);
    const taken = input.email !== before.email && (await tx.query.users.findFirst({ where: eq(users.email, input.email) }));
    if (taken) throw conflict('rule.user.email_taken', { email: input.email });
    const after = { name: input.name, email: input.email, personId: input.personId ?? null };
    if (after.name === before.name && after.email === before.email && after.personId === before.personId) return { userId: before.id, changed: false };
    await tx.update(users).set({ ...after, modifiedAt: new Date() }).where(eq(users.id, before.id));
    await writeAudit(tx, actor, { command: 'updateUser', entity: 'user', entityId: before.id, before: { name: before.name, email: before.email, personId: before.personId }, after });
    return { userId: before.id, changed: true };
  },
});
