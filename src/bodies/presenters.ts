// JSON for organizations: explicit fields, never raw rows.
import type { organizationPage } from './queries.ts';

type Page = NonNullable<Awaited<ReturnType<typeof organizationPage>>>;

export function presentOrganization(page: Page, baseUrl: string, on: string) {
  const o = page.organization;
  return {
    id: o.id,
    slug: o.slug,
    url: `${baseUrl}/organer/${o.slug}`,
    name: o.name,
    shortName: o.shortName,
    kind: o.kind,
    formation: o.formation,
    body: { slug: page.body.slug, name: page.body.name },
    startDate: o.startDate,
    endDate: o.endDate,
    membersOn: on,
    members: page.members.map((m) => ({ name: m.name, person: m.personSlug, role: m.role, seatKind: m.seatKind, ngo: m.ngo, startDate: m.startDate, endDate: m.endDate })),
    seats: page.seats.map((s) => ({ seatKind: s.seatKind, required: s.required, filled: s.filled, open: s.gap })),
    charter: page.charter
      ? { periodStart: page.charter.periodStart, periodEnd: page.charter.periodEnd, legalBasis: page.charter.legalBasis, purpose: page.charter.purpose, tasks: page.charter.tasks }
      : null,
    created: o.createdAt.toISOString(),
    modified: o.modifiedAt.toISOString(),
  };
}
