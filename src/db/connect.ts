// Opens the database the configuration names: a PostgreSQL server, or the embedded one.
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema.ts';
import { startEmbedded } from './embedded.ts';
import type { Config } from '../config/config.ts';
import { AppError } from '../shared/errors.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What queries accept: the database or a transaction. */
export type Queryable = Db | Tx;

export interface Database {
  kind: 'embedded' | 'postgres';
  pool: pg.Pool;
  db: Db;
  /** How many transactions this process has finished: moves when it may have changed data. */
  commits(): number;
  close(): Promise<void>;
}

// Dates (not timestamps) stay strings: a meeting on 2025-08-27 is that day in Denmark,
// whatever the server's time zone.
pg.types.setTypeParser(1082, (v: string) => v);

export async function openDatabase(config: Config['database']): Promise<Database> {
  if (config.kind === 'postgres') {
    // JIT compilation pays off for long analytical queries, not for a portal's: a search whose
    // plan is estimated as costly (a branch per year) spent 60 of its 105 ms compiling.
    const pool = new pg.Pool({ connectionString: config.url, max: 10, options: '-c jit=off' });
    pool.on('error', (err) => console.error('database pool error:', err.message));
    await ping(pool, redact(config.url));
    return { kind: 'postgres', pool, ...counted(drizzle(pool, { schema })), close: () => pool.end() };
  }
  const server = await startEmbedded(config.dataDir);
  // One connection: the embedded database has a single session (see docs/decisions/0002).
  const pool = new pg.Pool({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres', max: 1 });
  pool.on('error', (err) => console.error('database pool error:', err.message));
  try {
    await ping(pool, config.dataDir);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return {
    kind: 'embedded',
    pool,
    ...counted(drizzle(pool, { schema })),
    async close() {
      await pool.end();
      await server.stop();
    },
  };
}

/**
 * Counts finished transactions, so caches of rendered pages know at once that this process wrote
 * (every write that public pages show runs in a command's transaction).
 */
function counted(db: Db): { db: Db; commits(): number } {
  let n = 0;
  const transaction = db.transaction.bind(db);
  db.transaction = async (run, config) => {
    try {
      return await transaction(run, config);
    } finally {
      n++;
    }
  };
  return { db, commits: () => n };
}

async function ping(pool: pg.Pool, where: string): Promise<void> {
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new AppError('database_unavailable', 'error.database_unavailable', {
      where,
      reason: err instanceof Error ? err.message : String(err),
    });
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
