// Starting Lighed: open the database, migrate it, load the demo on a first start, serve HTTP.
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from './config/config.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { migrateDatabase } from './db/migrate.ts';
import { isEmpty, loadDemo } from './demo/seed.ts';
import type { CreatedAccount } from './demo/accounts.ts';

/** Printed once, when the accounts are made: the passwords are not stored anywhere readable. */
export function demoAccountsText(accounts: CreatedAccount[]): string {
  return ['Demokonti (adgangskoderne vises kun denne ene gang):', ...accounts.map((a) => `  ${a.role.padEnd(18)} ${a.email.padEnd(26)} ${a.password}`)].join('\n');
}
import { createApp } from './app.ts';
import { currentCommit, packageVersion } from './system/version.ts';
import { join } from 'node:path';
import { folderBlobStore, type BlobStore } from './documents/blobs.ts';
import { s3BlobStore } from './documents/s3.ts';
import { PdfThread } from './documents/render/render-thread.ts';

export const blobStoreFor = (config: Config): BlobStore => (config.s3 ? s3BlobStore(config.s3) : folderBlobStore(join(config.dataDir, 'blobs')));

export interface Running {
  url: string;
  port: number;
  database: Database;
  close(): Promise<void>;
}

export async function prepareDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  const database = await openDatabase(config.database);
  try {
    const status = await migrateDatabase(database);
    log(`Database: ${database.kind === 'embedded' ? `indlejret (${config.dataDir})` : 'PostgreSQL'}, skema ${status.current}`);
    if (config.demo === 'on' || (config.demo === 'auto' && (await isEmpty(database.db)))) {
      const r = await loadDemo(database.db, { password: config.demoPassword });
      log(`Demodata indlæst: ${r.bodies} myndigheder, ${r.organizations} råd og udvalg, ${r.meetings} møder.`);
      if (r.accounts.length) log(demoAccountsText(r.accounts));
    }
    return database;
  } catch (err) {
    await database.close();
    throw err;
  }
}

export async function startServer(config: Config): Promise<Running> {
  const log = config.log === 'silent' ? () => {} : (m: string) => console.log(m);
  const database = await prepareDatabase(config, log);
  const pdf = new PdfThread();
  const app = createApp({ config, database, version: packageVersion(), commit: currentCommit(), blobs: blobStoreFor(config), pdf });
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info.port));
    server.once('error', reject);
  }).catch(async (err) => {
    await database.close();
    throw err;
  });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  log(`Lighed kører på ${url}`);
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    database,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; end them.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await pdf.stop();
        await database.close();
      })();
      return closing;
    },
  };
}
