import { index, boolean, date, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { bodies, ngos, organizations, seatKind } from '../bodies/schema.ts';

/** OParl Person. */
export const persons = pgTable('persons', {
  id: id(),
  bodyId: uuid('body_id').references(() => bodies.id),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  givenName: text('given_name'),
  familyName: text('family_name'),
  /** e.g. "Koncerndirektør"; shown next to the name where known. */
  title: text('title'),
  ...timestamps,
});

export const membershipRole = pgEnum('membership_role', ['chair', 'vice_chair', 'member', 'substitute']);

/** OParl Membership: a person's seat in an organization. */
export const memberships = pgTable('memberships', {
  id: id(),
  personId: uuid('person_id').notNull().references(() => persons.id),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  role: membershipRole('role').notNull().default('member'),
  seatKind: seatKind('seat_kind').notNull(),
  /** For an NGO seat: the association represented (OParl onBehalfOf). */
  ngoId: uuid('ngo_id').references(() => ngos.id),
  /** For a substitute: the member they stand in for. */
  substituteForId: uuid('substitute_for_id'),
  votingRight: boolean('voting_right').notNull().default(true),
  startDate: date('start_date'),
  endDate: date('end_date'),
  ...timestamps,
}, (t) => [index('memberships_person_id_idx').on(t.personId), index('memberships_organization_id_idx').on(t.organizationId)]);
