// Read models for bodies and organizations: what the pages and the API show.
import { desc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { bodies, charters, compositionRules, ngos, organizations } from './schema.ts';
import { memberships, persons } from '../people/schema.ts';
import { meetings } from '../meetings/schema.ts';
import { countSeats, isActive, type SeatCount } from './composition.ts';
import { collator, sortDanish } from '../shared/i18n.ts';
import { todayInCopenhagen } from '../shared/time.ts';
import { groupBy } from '../shared/collections.ts';

export interface MemberView {
  personSlug: string;
  name: string;
  role: 'chair' | 'vice_chair' | 'member' | 'substitute';
  seatKind: string;
  ngo: string | null;
  startDate: string | null;
  endDate: string | null;
}

const roleOrder = { chair: 0, vice_chair: 1, member: 2, substitute: 3 } as const;

/** Active members of organizations: chair first, then by name in Danish order. */
async function membersOf(db: Queryable, organizationIds: string[], on: string): Promise<Map<string, MemberView[]>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db
    .select({
      organizationId: memberships.organizationId,
      personSlug: persons.slug,
      name: persons.name,
      role: memberships.role,
      seatKind: memberships.seatKind,
      ngo: ngos.name,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(ngos, eq(ngos.id, memberships.ngoId))
    .where(inArray(memberships.organizationId, organizationIds));
  const active = rows.filter((r) => isActive(r, on));
  active.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || collator.compare(a.name, b.name));
  const grouped = groupBy(active, (r) => r.organizationId);
  return new Map([...grouped].map(([k, v]) => [k, v.map(({ organizationId: _o, ...m }) => m)]));
}

async function seatCountsOf(db: Queryable, organizationIds: string[], on: string): Promise<Map<string, SeatCount[]>> {
  if (organizationIds.length === 0) return new Map();
  const rules = await db.select().from(compositionRules).where(inArray(compositionRules.organizationId, organizationIds));
  const seats = await db.select().from(memberships).where(inArray(memberships.organizationId, organizationIds));
  const seatsByOrg = groupBy(seats, (s) => s.organizationId);
  const out = new Map<string, SeatCount[]>();
  for (const [orgId, orgRules] of groupBy(rules, (r) => r.organizationId)) {
    const orgSeats = (seatsByOrg.get(orgId) ?? []).map((s) => ({ ...s, membershipId: s.id }));
    out.set(orgId, countSeats(orgRules.map((r) => ({ seatKind: r.seatKind, seats: r.seats })), orgSeats, on));
  }
  return out;
}

export type OrganizationRow = typeof organizations.$inferSelect;

export type OrganizationOverview = OrganizationRow & { members: MemberView[]; seats: SeatCount[]; children: OrganizationRow[] };

export interface BodyOverview {
  body: typeof bodies.$inferSelect;
  organizations: OrganizationOverview[];
}

// Councils first, then committees, advisory bodies and health councils: how a region presents itself.
const kindOrder: Record<OrganizationRow['kind'], number> = {
  regional_council: 0, municipal_council: 0, standing_committee: 1, special_committee: 2, municipal_committee: 2,
  advisory_council: 3, health_council: 4, patient_council: 5,
};
const bodyKindOrder = { region: 0, municipality: 1 } as const;

export function sortOrganizations<T extends OrganizationRow>(orgs: T[]): T[] {
  return [...orgs].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.name, b.name));
}

export async function bodiesOverview(db: Queryable, on = todayInCopenhagen()): Promise<BodyOverview[]> {
  const allBodies = (await db.select().from(bodies)).sort((a, b) => bodyKindOrder[a.kind] - bodyKindOrder[b.kind] || collator.compare(a.name, b.name));
  const orgs = await db.select().from(organizations);
  const ids = orgs.map((o) => o.id);
  const [members, seats] = await Promise.all([membersOf(db, ids, on), seatCountsOf(db, ids, on)]);
  const byBody = groupBy(orgs, (o) => o.bodyId);
  return allBodies.map((body) => ({
    body,
    // Sub-organizations (a health council's patient council) are shown inside their parent.
    organizations: sortOrganizations((byBody.get(body.id) ?? []).filter((o) => !o.parentId)).map((o) => ({
      ...o,
      members: members.get(o.id) ?? [],
      seats: seats.get(o.id) ?? [],
      children: sortDanish(orgs.filter((c) => c.parentId === o.id), (c) => c.name),
    })),
  }));
}

export async function organizationPage(db: Queryable, slug: string, on = todayInCopenhagen()) {
  const org = await db.query.organizations.findFirst({ where: eq(organizations.slug, slug) });
  if (!org) return null;
  const [body, charter, parent, children, members, seats, orgMeetings] = await Promise.all([
    db.query.bodies.findFirst({ where: eq(bodies.id, org.bodyId) }),
    db.query.charters.findFirst({ where: eq(charters.organizationId, org.id) }),
    org.parentId ? db.query.organizations.findFirst({ where: eq(organizations.id, org.parentId) }) : Promise.resolve(undefined),
    db.select().from(organizations).where(eq(organizations.parentId, org.id)),
    membersOf(db, [org.id], on),
    seatCountsOf(db, [org.id], on),
    db.select().from(meetings).where(eq(meetings.organizationId, org.id)).orderBy(desc(meetings.start)),
  ]);
  return {
    organization: org,
    body: body!,
    charter: charter ?? null,
    parent: parent ?? null,
    children: sortDanish(children, (c) => c.name),
    members: members.get(org.id) ?? [],
    seats: seats.get(org.id) ?? [],
    meetings: orgMeetings,
  };
}
