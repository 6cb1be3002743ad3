import { index, boolean, date, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';

export const bodyKind = pgEnum('body_kind', ['region', 'municipality']);

/** OParl Body: the region or a municipality. */
export const bodies = pgTable('bodies', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: bodyKind('kind').notNull(),
  website: text('website'),
  ...timestamps,
});

/** OParl LegislativeTerm (valgperiode). */
export const legislativeTerms = pgTable('legislative_terms', {
  id: id(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  name: text('name').notNull(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  ...timestamps,
});

export const organizationKind = pgEnum('organization_kind', [
  'regional_council',
  'standing_committee',
  'special_committee',
  'advisory_council',
  'health_council',
  'patient_council',
  'municipal_council',
  'municipal_committee',
]);

export const formationState = pgEnum('formation_state', ['forming', 'constituted']);

/** OParl Organization: councils, committees and other bodies that hold meetings. */
export const organizations = pgTable('organizations', {
  id: id(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: organizationKind('kind').notNull(),
  /** Set for a patient-and-relatives council: the health council it belongs to. */
  parentId: uuid('parent_id'),
  formation: formationState('formation').notNull().default('constituted'),
  /** Whether the public may see the titles of closed items. */
  closedItemTitlesPublic: boolean('closed_item_titles_public').notNull().default(true),
  startDate: date('start_date'),
  endDate: date('end_date'),
  website: text('website'),
  version: integer('version').notNull().default(1),
  ...timestamps,
}, (t) => [index('organizations_body_id_idx').on(t.bodyId)]);

/** Kommissorium: the terms an organization works under. Beyond OParl. */
export const charters = pgTable('charters', {
  id: id(),
  organizationId: uuid('organization_id').notNull().unique().references(() => organizations.id),
  legalBasis: text('legal_basis'),
  periodStart: date('period_start'),
  periodEnd: date('period_end'),
  /** Ordered paragraphs; each a plain string. */
  purpose: text('purpose').array().notNull().default([]),
  tasks: text('tasks').array().notNull().default([]),
  targetGroup: text('target_group').array().notNull().default([]),
  workingForm: text('working_form').array().notNull().default([]),
  reporting: text('reporting').array().notNull().default([]),
  secretariat: text('secretariat'),
  source: text('source'),
  ...timestamps,
});

export const seatKind = pgEnum('seat_kind', [
  'regional_council_member',
  'ngo_representative',
  'municipal_member',
  'citizen_representative',
  'administration',
  'other',
]);

/** Composition rule: how many seats of a kind an organization has (null seat kind = the total). */
export const compositionRules = pgTable(
  'composition_rules',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    seatKind: seatKind('seat_kind'),
    seats: integer('seats').notNull(),
    ...timestamps,
  },
  (t) => [unique('composition_rules_org_kind').on(t.organizationId, t.seatKind).nullsNotDistinct()],
);

/** Civil-society organisations (foreninger) that hold seats or run offers. */
export const ngos = pgTable('ngos', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  website: text('website'),
  ...timestamps,
});
