// `lighed user add`: accounts from the command line — above all the first administrator.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db/connect.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { runCommand } from '../shared/command.ts';
import { systemActor } from '../shared/actor.ts';
import { createUser } from '../accounts/commands.ts';
import { generatePassword } from '../accounts/passwords.ts';
import { organizations } from '../bodies/schema.ts';
import { roles } from '../permissions/policy.ts';
import { AppError } from '../shared/errors.ts';
import type { CliCommand } from './commands.ts';

export const userCommand: CliCommand = {
  summary: 'Opretter en brugerkonto (fx den første administrator)',
  help: `Brug: lighed user add --email E-MAIL --role ROLLE [--name NAVN] [--organization SLUG …] [--password KODE]

Opretter en konto med en rolle. Roller: ${roles.join(', ')}.
Uden --organization gælder rollen i alle organer (sådan oprettes den første administrator).
Uden --password dannes en tilfældig adgangskode, som skrives ud én gang.
Eksempel: npx lighed user add --email it@rm.dk --role administrator --name "IT-afdelingen"`,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    organization: { type: 'string', multiple: true },
    password: { type: 'string' },
  },
  async run({ config, values, positionals }) {
    if (positionals[0] !== 'add') {
      console.error(`Ukendt underkommando: ${positionals[0] ?? '(ingen)'}. Skriv "lighed user --help".`);
      return 2;
    }
    const email = String(values.email ?? '');
    const role = String(values.role ?? '');
    if (!email || !roles.includes(role as (typeof roles)[number])) {
      console.error(`Angiv --email og --role (${roles.join(', ')}).`);
      return 2;
    }
    const database = await openDatabase(config.database);
    try {
      await migrateDatabase(database);
      const slugs = (values.organization as string[] | undefined) ?? [];
      const orgIds: string[] = [];
      for (const slug of slugs) {
        const org = await database.db.query.organizations.findFirst({ where: eq(organizations.slug, slug) });
        if (!org) throw new AppError('not_found', 'error.not_found', { what: 'organization', id: slug });
        orgIds.push(org.id);
      }
      const password = (values.password as string | undefined) ?? generatePassword(randomBytes(20));
      const user = await runCommand(database.db, systemActor('Kommandolinjen'), createUser, {
        email,
        name: (values.name as string | undefined) ?? email.split('@')[0]!,
        password,
        grants: orgIds.length ? orgIds.map((organizationId) => ({ role: role as (typeof roles)[number], organizationId })) : [{ role: role as (typeof roles)[number], organizationId: null }],
      });
      console.log(`Oprettet: ${user.email} (${role}${slugs.length ? ` i ${slugs.join(', ')}` : ', alle organer'})`);
      if (!values.password) console.log(`Adgangskode: ${password}  — vises kun nu.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
