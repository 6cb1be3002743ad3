// Personal data is masked in everything the public gets. The bodies' own web domains are
// public contact points, so their addresses stay.
import type { Queryable } from '../db/connect.ts';
import { bodies } from '../bodies/schema.ts';
import type { ScreeningOptions } from '../documents/screening.ts';

export async function publicScreening(db: Queryable): Promise<ScreeningOptions> {
  const rows = await db.select({ website: bodies.website }).from(bodies);
  const publicDomains = rows.flatMap((r) => {
    if (!r.website) return [];
    try {
      return [new URL(r.website).hostname.replace(/^www\./, '')];
    } catch {
      return [];
    }
  });
  return { publicDomains };
}
