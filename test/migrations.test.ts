// Upgrading a database that holds data: a migration that changes a column's type keeps what was recorded in it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { freshDatabaseEnv, startTestApp, testDb } from './helpers/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrationsFolder } from '../src/db/migrate.ts';

/** A copy of the migrations that ends with `lastTag`: the schema as an older Lighed left it. */
function migrationsUpTo(lastTag: string): { folder: string; dispose(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'lighed-migrations-'));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === lastTag);
  assert.ok(at !== -1, `no migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, at + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

describe(`migrations (${testDb})`, () => {
  test('attendance recorded by integer item numbers reads the same after item numbers became text ("1.a")', async () => {
    const db = await freshDatabaseEnv();
    const older = migrationsUpTo('0011_meeting-notes');
    try {
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LIGHED_LOG: 'silent', LIGHED_DEMO: 'off', ...db.env });
      const before = await openDatabase(config.database);
      try {
        await migrate(before.db, { migrationsFolder: older.folder });
        const q = (sql: string, params: unknown[] = []) => before.pool.query(sql, params);
        const body = (await q(`insert into bodies (slug, name, kind) values ('regionen', 'Regionen', 'region') returning id`)).rows[0].id;
        const org = (await q(`insert into organizations (body_id, slug, name, kind) values ($1, 'udvalget', 'Udvalget', 'standing_committee') returning id`, [body])).rows[0].id;
        const meeting = (await q(`insert into meetings (organization_id, start, state) values ($1, '2026-03-04T08:00:00Z', 'minutes_released') returning id`, [org])).rows[0].id;
        await q(`insert into attendance (meeting_id, name, status, arrived_during_item, left_during_item, absent_during_items) values ($1, 'Anna Holm', 'present', 2, 9, '{4,6}'), ($1, 'Bo Lund', 'absent_with_notice', null, null, default)`, [meeting]);
        await q(`insert into record_versions (entity, entity_id, version, note, snapshot, actor_name) values ('meeting', $1, 1, 'Referat frigivet', $2, 'Test')`, [
          meeting,
          JSON.stringify({ state: 'minutes_released', attendance: [{ name: 'Anna Holm', arrivedDuringItem: 2, leftDuringItem: 9, absentDuringItems: [4, 6] }, { name: 'Bo Lund', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: [] }] }),
        ]);
      } finally {
        await before.close();
      }
      const app = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } });
      try {
        const rows = (await app.database.pool.query(`select name, arrived_during_item, left_during_item, absent_during_items from attendance order by name`)).rows;
        assert.deepEqual(rows, [
          { name: 'Anna Holm', arrived_during_item: '2', left_during_item: '9', absent_during_items: ['4', '6'] },
          { name: 'Bo Lund', arrived_during_item: null, left_during_item: null, absent_during_items: [] },
        ]);
        const kept = (await app.database.pool.query(`select snapshot->'attendance' as a from record_versions`)).rows[0].a;
        assert.deepEqual(kept, [{ name: 'Anna Holm', arrivedDuringItem: '2', leftDuringItem: '9', absentDuringItems: ['4', '6'] }, { name: 'Bo Lund', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: [] }]);
        // A lettered item can be recorded now.
        await app.database.pool.query(`update attendance set absent_during_items = '{1.a,4}' where name = 'Anna Holm'`);
      } finally {
        await app.close();
      }
    } finally {
      older.dispose();
      await db.dispose();
    }
  });
});
