import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { memberships, persons } from './schema.ts';
import { ngos, organizations } from '../bodies/schema.ts';

/** A person and their memberships over time, newest first. Memberships are public record. */
export async function personPage(db: Queryable, slug: string) {
  const person = await db.query.persons.findFirst({ where: eq(persons.slug, slug) });
  if (!person) return null;
  const rows = await db
    .select({ organization: organizations.name, organizationSlug: organizations.slug, role: memberships.role, seatKind: memberships.seatKind, ngo: ngos.name, startDate: memberships.startDate, endDate: memberships.endDate })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(ngos, eq(ngos.id, memberships.ngoId))
    .where(eq(memberships.personId, person.id))
    .orderBy(desc(memberships.startDate));
  return { person, memberships: rows };
}
