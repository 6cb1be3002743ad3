// Migrations run from app code at start-up. A database migrated by a newer Lighed is
// refused: running old code on a newer schema could silently lose data.
import { readFileSync } from 'node:fs';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './connect.ts';
import { AppError } from '../shared/errors.ts';
import { projectPath } from '../shared/paths.ts';

export const migrationsFolder = projectPath('drizzle');

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export function knownMigrations(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

export interface SchemaStatus {
  /** Tag of the newest migration applied, or null on an empty database. */
  current: string | null;
  latest: string;
  applied: number;
  pending: number;
  tooNew: boolean;
}

export async function schemaStatus(database: Database): Promise<SchemaStatus> {
  const known = knownMigrations();
  const latest = known[known.length - 1]!;
  const exists = await database.pool.query(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  let appliedAt: number[] = [];
  if (exists.rows[0].present) {
    const rows = await database.pool.query('select created_at from drizzle.__drizzle_migrations order by created_at');
    appliedAt = rows.rows.map((r: { created_at: string }) => Number(r.created_at));
  }
  const newest = appliedAt[appliedAt.length - 1];
  const tooNew = newest !== undefined && newest > latest.when;
  const currentEntry = newest === undefined ? undefined : known.find((k) => k.when === newest);
  return {
    current: newest === undefined ? null : (currentEntry?.tag ?? `unknown-${newest}`),
    latest: latest.tag,
    applied: appliedAt.length,
    pending: known.filter((k) => newest === undefined || k.when > newest).length,
    tooNew,
  };
}

export async function migrateDatabase(database: Database): Promise<SchemaStatus> {
  const before = await schemaStatus(database);
  if (before.tooNew) {
    throw new AppError('schema_too_new', 'error.schema_too_new', { current: before.current ?? '?', latest: before.latest });
  }
  if (before.pending > 0) await migrate(database.db, { migrationsFolder });
  return schemaStatus(database);
}
