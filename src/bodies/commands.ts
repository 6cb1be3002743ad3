// Commands for bodies, their organizations, charters and the NGOs that hold seats.
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { isoDate, name, optionalText, slug, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { bodies, charters, compositionRules, legislativeTerms, ngos, organizations, organizationKind, seatKind } from './schema.ts';
import { conflict, notFound } from '../shared/errors.ts';

export const createBody = defineCommand({
  name: 'createBody',
  input: z.object({
    slug,
    name,
    shortName: optionalText,
    kind: z.enum(['region', 'municipality']),
    website: z.url().nullish(),
  }),
  async run(tx, actor, input) {
    const [row] = await tx.insert(bodies).values({ ...input, website: input.website ?? null }).onConflictDoNothing().returning();
    if (!row) throw conflict('rule.unique.slug', { slug: input.slug });
    await writeAudit(tx, actor, { command: 'createBody', entity: 'body', entityId: row.id, after: row });
    return row;
  },
});

export const createLegislativeTerm = defineCommand({
  name: 'createLegislativeTerm',
  input: z
    .object({ bodyId: uuid, name, startDate: isoDate, endDate: isoDate })
    .refine((t) => t.endDate >= t.startDate, { message: 'rule.period.end_before_start', path: ['endDate'] }),
  async run(tx, actor, input) {
    const [row] = await tx.insert(legislativeTerms).values(input).returning();
    await writeAudit(tx, actor, { command: 'createLegislativeTerm', entity: 'legislative_term', entityId: row!.id, after: row });
    return row!;
  },
});

const ruleInput = z.object({ seatKind: z.enum(seatKind.enumValues).nullable(), seats: z.number().int().min(1).max(200) });

export const createOrganization = defineCommand({
  name: 'createOrganization',
  input: z
    .object({
      bodyId: uuid,
      slug,
      name,
      shortName: optionalText,
      kind: z.enum(organizationKind.enumValues),
      parentId: uuid.nullish(),
      formation: z.enum(['forming', 'constituted']).default('constituted'),
      closedItemTitlesPublic: z.boolean().default(true),
      startDate: isoDate.nullish(),
      endDate: isoDate.nullish(),
      website: z.url().nullish(),
      compositionRules: z.array(ruleInput).default([]),
    })
    .refine((o) => !o.startDate || !o.endDate || o.endDate >= o.startDate, { message: 'rule.period.end_before_start', path: ['endDate'] })
    .refine((o) => new Set(o.compositionRules.map((r) => r.seatKind)).size === o.compositionRules.length, {
      message: 'rule.composition.duplicate_rule',
      path: ['compositionRules'],
    }),
  async run(tx, actor, { compositionRules: rules, ...input }) {
    const body = await tx.query.bodies.findFirst({ where: eq(bodies.id, input.bodyId) });
    if (!body) throw notFound('body', input.bodyId);
    const [row] = await tx
      .insert(organizations)
      .values({ ...input, parentId: input.parentId ?? null, startDate: input.startDate ?? null, endDate: input.endDate ?? null, website: input.website ?? null })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('rule.unique.slug', { slug: input.slug });
    if (rules.length) await tx.insert(compositionRules).values(rules.map((r) => ({ ...r, organizationId: row.id })));
    await writeAudit(tx, actor, { command: 'createOrganization', entity: 'organization', entityId: row.id, after: { ...row, compositionRules: rules } });
    return row;
  },
});

const paragraphs = z.array(z.string().trim().min(1).max(20_000)).max(200).default([]);

export const setCharter = defineCommand({
  name: 'setCharter',
  input: z
    .object({
      organizationId: uuid,
      legalBasis: optionalText,
      periodStart: isoDate.nullish(),
      periodEnd: isoDate.nullish(),
      purpose: paragraphs,
      tasks: paragraphs,
      targetGroup: paragraphs,
      workingForm: paragraphs,
      reporting: paragraphs,
      secretariat: optionalText,
      source: optionalText,
    })
    .refine((c) => !c.periodStart || !c.periodEnd || c.periodEnd >= c.periodStart, { message: 'rule.period.end_before_start', path: ['periodEnd'] }),
  async run(tx, actor, input) {
    const before = await tx.query.charters.findFirst({ where: eq(charters.organizationId, input.organizationId) });
    const values = { ...input, periodStart: input.periodStart ?? null, periodEnd: input.periodEnd ?? null };
    const [row] = before
      ? await tx.update(charters).set({ ...values, modifiedAt: new Date() }).where(eq(charters.id, before.id)).returning()
      : await tx.insert(charters).values(values).returning();
    await writeAudit(tx, actor, { command: 'setCharter', entity: 'charter', entityId: row!.id, before: before ?? null, after: row });
    return row!;
  },
});

export const createNgo = defineCommand({
  name: 'createNgo',
  input: z.object({ slug, name, website: z.url().nullish() }),
  async run(tx, actor, input) {
    const [row] = await tx.insert(ngos).values({ ...input, website: input.website ?? null }).onConflictDoNothing().returning();
    if (!row) throw conflict('rule.unique.slug', { slug: input.slug });
    await writeAudit(tx, actor, { command: 'createNgo', entity: 'ngo', entityId: row.id, after: row });
    return row;
  },
});
