// Demo data from the seeds in demo/seeds: the region, its councils and committees, their
// members and charters, and the meetings the seeds record. Loading twice changes nothing.
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/connect.ts';
import { runInTx } from '../shared/command.ts';
import { systemActor } from '../shared/actor.ts';
import { slugify } from '../shared/schemas.ts';
import { bodies, charters, legislativeTerms, ngos, organizations } from '../bodies/schema.ts';
import { memberships, persons } from '../people/schema.ts';
import { createBody, createLegislativeTerm, createNgo, createOrganization, setCharter } from '../bodies/commands.ts';
import { addMembership, createPerson } from '../people/commands.ts';
import { readCharterText, splitMemberLine, type CharterField } from '../bodies/charter-text.ts';
import { parseMeetingText } from '../documents/parse/parse-text.ts';
import { importMeeting } from '../documents/import-meeting.ts';
import { demoPlan, type DemoOrganization } from './plan.ts';
import { projectPath } from '../shared/paths.ts';
import { ensureDemoAccounts, ensureDemoRecurringItems, type CreatedAccount } from './accounts.ts';

const actor = systemActor('Demodata');
const seed = (name: string) => readFileSync(projectPath('demo', 'seeds', name), 'utf8');

async function ensureBody(tx: Tx, input: { slug: string; name: string; shortName?: string; kind: 'region' | 'municipality'; website?: string }) {
  return (await tx.query.bodies.findFirst({ where: eq(bodies.slug, input.slug) })) ?? (await runInTx(tx, actor, createBody, input));
}

async function ensureOrganization(tx: Tx, bodyId: string, o: DemoOrganization, parentId: string | null) {
  const existing = await tx.query.organizations.findFirst({ where: eq(organizations.slug, o.slug) });
  if (existing) return existing;
  return runInTx(tx, actor, createOrganization, { ...o, bodyId, parentId, charter: undefined, members: undefined });
}

async function ensurePerson(tx: Tx, name: string, bodyId: string) {
  const slug = slugify(name);
  return (await tx.query.persons.findFirst({ where: eq(persons.slug, slug) })) ?? (await runInTx(tx, actor, createPerson, { slug, name, bodyId }));
}

async function ensureNgo(tx: Tx, name: string) {
  const slug = slugify(name);
  return (await tx.query.ngos.findFirst({ where: eq(ngos.slug, slug) })) ?? (await runInTx(tx, actor, createNgo, { slug, name }));
}

async function ensureCharter(tx: Tx, organizationId: string, file: string, headings: Record<string, CharterField>, overrides: { periodStart?: string; periodEnd?: string }) {
  if (await tx.query.charters.findFirst({ where: eq(charters.organizationId, organizationId) })) return;
  const c = readCharterText(seed(file), headings);
  await runInTx(tx, actor, setCharter, {
    organizationId,
    legalBasis: c.legalBasis,
    periodStart: overrides.periodStart ?? c.periodStart,
    periodEnd: overrides.periodEnd ?? c.periodEnd,
    purpose: c.fields.purpose ?? [],
    tasks: c.fields.tasks ?? [],
    targetGroup: c.fields.targetGroup ?? [],
    workingForm: [...(c.fields.workingForm ?? []), ...(c.fields.participants ?? [])],
    reporting: c.fields.reporting ?? [],
    secretariat: c.fields.secretariat?.join(' ') ?? null,
    source: c.title,
  });
}

async function ensureMembership(tx: Tx, personId: string, organizationId: string, m: { role: 'chair' | 'vice_chair' | 'member'; seatKind: 'regional_council_member' | 'ngo_representative' | 'municipal_member'; ngoId?: string; startDate?: string }) {
  const existing = await tx.query.memberships.findFirst({ where: and(eq(memberships.personId, personId), eq(memberships.organizationId, organizationId)) });
  if (existing) return;
  await runInTx(tx, actor, addMembership, { personId, organizationId, ...m });
}

export interface DemoResult {
  bodies: number;
  organizations: number;
  meetings: number;
  /** Accounts made by this run, with their passwords (shown once). */
  accounts: CreatedAccount[];
}

export async function loadDemo(db: Db, options: { password?: string | null } = {}): Promise<DemoResult> {
  return db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const b of demoPlan.bodies) {
      const body = await ensureBody(tx, b.body);
      for (const term of b.terms) {
        const has = await tx.query.legislativeTerms.findFirst({ where: and(eq(legislativeTerms.bodyId, body.id), eq(legislativeTerms.name, term.name)) });
        if (!has) await runInTx(tx, actor, createLegislativeTerm, { ...term, bodyId: body.id });
      }
      for (const o of b.organizations) {
        const org = await ensureOrganization(tx, body.id, o, o.parent ? orgIds.get(o.parent)! : null);
        orgIds.set(o.slug, org.id);
        if (o.charter) await ensureCharter(tx, org.id, o.charter.file, o.charter.headings, o.charter);
        for (const m of o.members ?? []) {
          const person = await ensurePerson(tx, m.name, body.id);
          const ngo = m.ngo ? await ensureNgo(tx, m.ngo) : null;
          await ensureMembership(tx, person.id, org.id, { role: m.role ?? 'member', seatKind: m.seatKind, ngoId: ngo?.id, startDate: m.startDate });
        }
        if (o.memberFile) {
          const c = readCharterText(seed(o.memberFile.file), o.memberFile.headings);
          for (const line of c.fields.members ?? []) {
            const parsed = splitMemberLine(line);
            if (!parsed) continue;
            const person = await ensurePerson(tx, parsed.name, body.id);
            const ngo = await ensureNgo(tx, parsed.organisation);
            await ensureMembership(tx, person.id, org.id, { role: 'member', seatKind: 'ngo_representative', ngoId: ngo.id, startDate: o.startDate ?? undefined });
          }
        }
      }
    }
    for (const file of demoPlan.meetings) {
      await runInTx(tx, actor, importMeeting, { parsed: parseMeetingText(seed(file)), source: `demo/seeds/${file}` });
    }
    await ensureDemoRecurringItems(tx);
    const accounts = await ensureDemoAccounts(tx, options.password ?? null);
    return { bodies: demoPlan.bodies.length, organizations: orgIds.size, meetings: demoPlan.meetings.length, accounts };
  });
}

/** Whether the database holds any body yet (the first start loads the demo when it does not). */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.select({ id: bodies.id }).from(bodies).limit(1)).length === 0;
}
