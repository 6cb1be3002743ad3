import { boolean, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { organizations } from '../bodies/schema.ts';
import { persons } from '../people/schema.ts';

/** A person who signs in: with a local password, through single sign-on, or both. */
export const users = pgTable('users', {
  id: id(),
  /** Stored lower-cased: e-mail addresses are matched without regard to case. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id; null for accounts that only sign in through single sign-on. */
  passwordHash: text('password_hash'),
  /** "issuer|sub" of the single sign-on identity, once linked. */
  oidcSubject: text('oidc_subject').unique(),
  /** The member this account belongs to, for attendance, approvals and dissents. */
  personId: uuid('person_id').references(() => persons.id),
  locale: text('locale').notNull().default('da'),
  disabled: boolean('disabled').notNull().default(false),
  /** When the member last opened their start page: "what changed since" is measured from here. */
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }),
  ...timestamps,
});

export const accountRole = pgEnum('account_role', ['administrator', 'secretary', 'member', 'ngo_representative', 'observer']);

/** A role in one organization, or in all of them when organizationId is null. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    role: accountRole('role').notNull(),
    ...timestamps,
  },
  (t) => [unique('role_grants_user_org_role').on(t.userId, t.organizationId, t.role).nullsNotDistinct(), index('role_grants_user_idx').on(t.userId)],
);

/** Signed-in sessions. Only a hash of the cookie's token is stored. */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** Sign-in attempts, for rate limiting by account and by address. */
export const signInAttempts = pgTable('sign_in_attempts', {
  id: id(),
  email: text('email').notNull(),
  address: text('address').notNull(),
  success: boolean('success').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('sign_in_attempts_email_at_idx').on(t.email, t.at), index('sign_in_attempts_address_at_idx').on(t.address, t.at)]);
