// Sign-in is rate-limited per account and per address, counted in the database so that
// restarts and several processes share the count.
import { and, count, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { signInAttempts } from './schema.ts';

export const RATE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Minutes to wait, or 0 when another attempt is allowed. */
export async function signInWait(db: Queryable, email: string, address: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - RATE_WINDOW_MS);
  const failures = (where: ReturnType<typeof eq>) =>
    db.select({ n: count() }).from(signInAttempts).where(and(where, eq(signInAttempts.success, false), gt(signInAttempts.at, since)));
  const [[byAccount], [byAddress]] = await Promise.all([failures(eq(signInAttempts.email, email)), failures(eq(signInAttempts.address, address))]);
  if ((byAccount?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT || (byAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS) return Math.ceil(RATE_WINDOW_MS / 60_000);
  return 0;
}

export async function recordSignIn(db: Queryable, email: string, address: string, success: boolean): Promise<void> {
  await db.insert(signInAttempts).values({ email, address, success });
}
