// Starts the real application for a test: over HTTP, on the database the run is for
// (LIGHED_TEST_DB=embedded|postgres). Each call gets its own empty database.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { startServer, type Running } from '../../src/server.ts';
import { DEMO_PASSWORD } from './client.ts';

export const testDb = (process.env.LIGHED_TEST_DB ?? 'embedded') as 'embedded' | 'postgres';

export interface TestApp extends Running {
  config: Config;
  get(path: string, init?: RequestInit): Promise<Response>;
  text(path: string, init?: RequestInit): Promise<string>;
}

/** A fresh, empty database for the run's kind: a data folder, or a new database on the cluster. */
export async function freshDatabaseEnv(): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
  if (testDb === 'postgres') {
    const admin = process.env.LIGHED_TEST_PG_URL;
    if (!admin) throw new Error('LIGHED_TEST_PG_URL is not set: run the suite with npm test');
    const name = `lighed_t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      async dispose() {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lighed-test-'));
  // Copy a freshly initialised, cleanly closed PGlite folder instead of running initdb each time.
  cpSync(await pgliteTemplate(), join(dir, 'pg'), { recursive: true });
  return { env: { LIGHED_DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestApp(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  // A test that names its own database keeps it; otherwise each app gets a fresh, empty one.
  const own = options.env?.DATABASE_URL || options.env?.LIGHED_DATA_DIR;
  const db = own ? { env: {}, dispose: async () => {} } : await freshDatabaseEnv();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LIGHED_LOG: 'silent', LIGHED_DEMO: options.demo === false ? 'off' : 'on', LIGHED_DEMO_PASSWORD: DEMO_PASSWORD, ...db.env, ...options.env });
  let running: Running;
  try {
    running = await startServer(config);
  } catch (err) {
    await db.dispose();
    throw err;
  }
  const get = (path: string, init?: RequestInit) => fetch(running.url + path, { redirect: 'manual', ...init });
  return {
    ...running,
    config,
    get,
    async text(path, init) {
      const res = await get(path, init);
      return res.text();
    },
    async close() {
      await running.close();
      await db.dispose();
    },
  };
}

let template: Promise<string> | undefined;

/** An empty PGlite data folder (initdb done, nothing migrated), made once per machine and version. */
function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    // The package exports no package.json; read it next to the resolved entry point.
    const pkgDir = dirname(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
    const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
    const path = join(tmpdir(), `lighed-pglite-template-${version}`);
    if (existsSync(join(path, 'PG_VERSION'))) return path;
    const building = mkdtempSync(join(tmpdir(), 'lighed-pglite-build-'));
    const db = await PGlite.create({ dataDir: join(building, 'pg') });
    await db.close();
    try {
      renameSync(join(building, 'pg'), path);
    } catch {
      // Another run made it first.
    }
    rmSync(building, { recursive: true, force: true });
    return path;
  })();
  return template;
}
