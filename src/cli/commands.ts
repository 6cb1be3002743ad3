// The CLI's commands. Each opens what it needs, does one thing and closes again.
import type { Config } from '../config/config.ts';
import type { Locale } from '../shared/i18n.ts';
import { openDatabase } from '../db/connect.ts';
import { migrateDatabase, schemaStatus } from '../db/migrate.ts';
import { loadDemo } from '../demo/seed.ts';
import { demoAccountsText, startServer } from '../server.ts';
import { userCommand } from './user.ts';
import { countRecords } from './counts.ts';
import { importCommand } from './import.ts';
import { renderCommand } from './render.ts';

export interface CommandContext {
  config: Config;
  values: Record<string, unknown>;
  positionals: string[];
  locale: Locale;
}

export interface CliCommand {
  summary: string;
  help: string;
  options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }>;
  /** Exit code; -1 means "still running" (serve). */
  run(ctx: CommandContext): Promise<number>;
}

const serve: CliCommand = {
  summary: 'Starter Lighed (web) — standard for npm start',
  help: `Brug: lighed serve

Starter webserveren på PORT (3000) og HOST (127.0.0.1). Uden DATABASE_URL bruges den indlejrede
database i LIGHED_DATA_DIR (./data). Ved første start på en tom database indlæses demodata
(LIGHED_DEMO=auto|on|off). Databasen migreres automatisk op; aldrig ned.`,
  options: {},
  async run({ config }) {
    const running = await startServer(config);
    const stop = async (signal: string) => {
      console.log(`\n${signal} modtaget — lukker ned …`);
      await running.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    return -1;
  },
};

const migrate: CliCommand = {
  summary: 'Migrerer databasen til den nyeste skemaversion',
  help: `Brug: lighed migrate\n\nKører de migreringer, databasen mangler. Afviser en database fra en nyere version af Lighed.`,
  options: {},
  async run({ config }) {
    const database = await openDatabase(config.database);
    try {
      const before = await schemaStatus(database);
      const after = await migrateDatabase(database);
      console.log(before.pending > 0 ? `Migreret: ${before.current ?? '(tom)'} → ${after.current}` : `Databasen er allerede på ${after.current}.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

const seedDemo: CliCommand = {
  summary: 'Indlæser demodata fra kildedokumenterne (kan køres flere gange)',
  help: `Brug: lighed seed-demo\n\nIndlæser regionen, råd og udvalg, medlemmer, kommissorier og møder fra demo/seeds.\nAt køre den igen ændrer intet.`,
  options: {},
  async run({ config }) {
    const database = await openDatabase(config.database);
    try {
      await migrateDatabase(database);
      const r = await loadDemo(database.db, { password: config.demoPassword });
      console.log(`Demodata: ${r.bodies} myndigheder, ${r.organizations} råd og udvalg, ${r.meetings} møder.`);
      if (r.accounts.length) console.log(demoAccountsText(r.accounts));
      return 0;
    } finally {
      await database.close();
    }
  },
};

const check: CliCommand = {
  summary: 'Viser database, skemaversion og antal poster',
  help: `Brug: lighed check [--json]\n\nRapporterer hvilken database der bruges, om skemaet er opdateret, og hvor mange poster der er.\nAfslutter med kode 1, hvis databasen mangler migreringer eller er fra en nyere version.`,
  options: { json: { type: 'boolean' } },
  async run({ config, values }) {
    const database = await openDatabase(config.database);
    try {
      const status = await schemaStatus(database);
      const counts = status.applied > 0 ? await countRecords(database) : {};
      const report = {
        database: database.kind === 'embedded' ? { kind: 'embedded', dataDir: config.dataDir } : { kind: 'postgres' },
        schema: { current: status.current, latest: status.latest, pending: status.pending, tooNew: status.tooNew },
        counts,
      };
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else {
        console.log(`Database: ${database.kind === 'embedded' ? `indlejret (${config.dataDir})` : 'PostgreSQL'}`);
        console.log(`Skema:    ${status.current ?? '(tom)'} — nyeste kendte: ${status.latest}${status.pending ? `, ${status.pending} migrering(er) mangler` : ''}${status.tooNew ? ' — NYERE END DENNE VERSION' : ''}`);
        for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(16)} ${v}`);
      }
      return status.pending > 0 || status.tooNew ? 1 : 0;
    } finally {
      await database.close();
    }
  },
};

export const commands: Record<string, CliCommand> = { serve, migrate, 'seed-demo': seedDemo, check, import: importCommand, render: renderCommand, user: userCommand };
