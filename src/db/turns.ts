// Check-then-write commands ("is there a meeting at this time? no: create one") are only safe when
// no other transaction does the same check at the same moment. Under READ COMMITTED both would find
// nothing and both write. A command that creates what others may be creating takes its turn first:
// a transaction-scoped advisory lock, released at commit or rollback.
import { sql } from 'drizzle-orm';
import type { Tx } from './connect.ts';

/** What a turn is taken on: the meetings or the recurring items of one organization, or the cases of one region or municipality. */
export type TurnKey = `meetings:${string}` | `cases:${string}` | `recurring:${string}`;

/**
 * Waits until no other transaction holds a turn on any of `keys`, then holds them until this transaction ends. Several
 * keys are taken in one statement, in the order given: every caller names them in the same order, so none waits on another.
 */
export async function takeTurn(tx: Tx, ...keys: [TurnKey, ...TurnKey[]]): Promise<void> {
  const locks = keys.map((key) => sql`pg_advisory_xact_lock(hashtextextended(${`lighed.${key}`}, 0))`);
  await tx.execute(sql`select ${sql.join(locks, sql`, `)}`);
}
