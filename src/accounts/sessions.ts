// Sessions live in the database; the cookie holds a random token, the table only its hash.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { roleGrants, sessions, users } from './schema.ts';
import type { Principal, Role } from '../permissions/policy.ts';

/** Idle sessions end after this; each use moves the end forward. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Writing lastUsedAt on every request would make every page a write. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
export const randomToken = () => randomBytes(32).toString('base64url');

export async function createSession(db: Queryable, userId: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(sessions).values({ id: digest(token), userId, csrfToken, expiresAt: new Date(Date.now() + SESSION_IDLE_MS) });
  // Housekeeping: expired sessions of anyone are removed when someone signs in.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken };
}

export interface SessionInfo {
  principal: Extract<Principal, { kind: 'user' }>;
  csrfToken: string;
}

export async function loadSession(db: Queryable, token: string): Promise<SessionInfo | null> {
  const now = new Date();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, digest(token)), gt(sessions.expiresAt, now)));
  if (!row || row.user.disabled) return null;
  if (now.getTime() - row.session.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastUsedAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) }).where(eq(sessions.id, row.session.id));
  }
  const grants = await db.select({ organizationId: roleGrants.organizationId, role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.userId, row.user.id));
  return {
    csrfToken: row.session.csrfToken,
    principal: {
      kind: 'user',
      userId: row.user.id,
      name: row.user.name,
      email: row.user.email,
      personId: row.user.personId,
      locale: row.user.locale,
      grants: grants.map((g) => ({ organizationId: g.organizationId, role: g.role as Role })),
    },
  };
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, digest(token)));
}
