// Which body a document is about: the organization it names, read as documents vary the name,
// but never a guess between bodies.
import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/connect.ts';
import { bodies, organizations } from '../bodies/schema.ts';
import { AppError } from '../shared/errors.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { looseKey } from '../shared/schemas.ts';

const norm = looseKey;

/** The organization chosen (by id), else the one the document names. */
export async function resolveOrganization(tx: Tx, parsed: ParsedMeeting, organizationId: string | undefined) {
  if (organizationId) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.id, organizationId) });
    if (!org) throw new AppError('not_found', 'error.not_found', { what: 'organization', id: organizationId });
    return org;
  }
  return organizationNamedIn(parsed, await tx.select().from(organizations), await bodyNamesById(tx));
}

/** "Udvalget for …" (the definite form, as running text writes it) is "Udvalg for …". */
const definite = (s: string) => norm(s).replace(/^udvalget\b/, 'udvalg');

/** The name without the region or municipality it belongs to ("Udsatterådet i Region Midtjylland"). */
function withoutOwnBody(name: string, bodyName: string | undefined): string {
  const n = norm(name);
  const b = bodyName ? norm(bodyName) : '';
  if (!b) return n;
  for (const sep of [' i ', ', ', ' - ', ' – ', ' ']) if (n.endsWith(sep + b)) return n.slice(0, n.length - sep.length - b.length);
  return n;
}

/**
 * The body the document names (by name or short name) among these. A looser reading — the
 * definite form, the body's own region or municipality after its name — only where it points at
 * one body: "Udsatterådet - Aarhus Kommune" is not the region's Udsatterådet.
 */
export function organizationNamedIn<O extends { name: string; shortName: string | null; bodyId: string }>(parsed: ParsedMeeting, all: O[], bodyNames: ReadonlyMap<string, string>): O {
  const written = parsed.organization;
  if (!written) throw new AppError('rule_violation', 'import.no_organization');
  const wanted = norm(written);
  const exact = all.find((o) => norm(o.name) === wanted || (o.shortName && norm(o.shortName) === wanted));
  if (exact) return exact;
  const loose = all.filter((o) => {
    const w = definite(withoutOwnBody(written, bodyNames.get(o.bodyId)));
    return w === definite(o.name) || (o.shortName !== null && w === norm(o.shortName));
  });
  if (loose.length === 1) return loose[0]!;
  throw new AppError('rule_violation', 'import.unknown_organization', { name: written });
}

/** Every body's name by id, for reading the region or municipality after a council's name. */
export async function bodyNamesById(db: Queryable): Promise<Map<string, string>> {
  return new Map((await db.select({ id: bodies.id, name: bodies.name }).from(bodies)).map((b) => [b.id, b.name]));
}
