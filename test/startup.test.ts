// Starting Lighed: restarts reuse the database, a newer schema is refused, one process per
// embedded data folder, the CLI's commands, and configuration errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freshDatabaseEnv, startTestApp, testDb } from './helpers/app.ts';
import { AppError } from '../src/shared/errors.ts';
import { ConfigError, loadConfig } from '../src/config/config.ts';
import { t } from '../src/shared/i18n.ts';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['bin/lighed.js', ...args], { env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe(`start-up (${testDb})`, () => {
  test('a second start reuses the database: data kept, demo not loaded again', async () => {
    const db = await freshDatabaseEnv();
    try {
      const first = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'auto' } });
      const count = async (a: typeof first) => (await a.database.pool.query('select count(*)::int n from organizations')).rows[0].n as number;
      const n = await count(first);
      assert.ok(n >= 10);
      await first.database.pool.query(`update organizations set name = 'Udsatterådet (omdøbt)' where slug = 'udsatteraadet'`);
      await first.close();
      const second = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'auto' } });
      assert.equal(await count(second), n);
      assert.ok((await second.text('/organer/udsatteraadet')).includes('Udsatterådet (omdøbt)'));
      await second.close();
    } finally {
      await db.dispose();
    }
  });

  test('lighed serve (what npm start runs) starts from its bundle, loads the demo and serves the bodies', async () => {
    const db = await freshDatabaseEnv();
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as { port: number }).port;
    probe.close();
    const child = spawn(process.execPath, ['bin/lighed.js', 'serve'], {
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...db.env, PORT: String(port), HOST: '127.0.0.1', LIGHED_DEMO: 'auto' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let waited = 0; ; waited += 200) {
        if (child.exitCode !== null) assert.fail(`serve stopped (exit ${child.exitCode}):\n${output}`);
        if (waited > 60_000) assert.fail(`serve did not answer within 60 s:\n${output}`);
        const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const info = (await (await fetch(`${base}/info`)).json()) as { code: string; database: string };
      assert.equal(info.code, 'bundle', output);
      assert.equal(info.database, testDb);
      const body = await (await fetch(`${base}/organer/udsatteraadet`)).text();
      assert.match(body, /Røde Kors/);
      assert.match(await (await fetch(`${base}/`)).text(), /Udvalg for lighed i sundhed/);
      assert.equal((await fetch(`${base}/static/lighed.css`)).status, 200);
      // PDFs are made on a thread of their own, built with the bundle.
      const meeting = /href="\/moeder\/([0-9a-f-]{36})"/.exec(body)![1]!;
      const pdf = await fetch(`${base}/moeder/${meeting}/dagsorden.pdf`);
      assert.equal(pdf.status, 200, output);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      await db.dispose();
    }
  });

  test('a database migrated by a newer Lighed is refused, never migrated down', async () => {
    const db = await freshDatabaseEnv();
    try {
      const app = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } });
      await app.database.pool.query(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', 4102444800000)`);
      await app.close();
      await assert.rejects(startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } }), (err: unknown) => {
        assert.ok(err instanceof AppError);
        assert.equal(err.code, 'schema_too_new');
        assert.match(t('da', err.messageKey, err.params), /nyere version af Lighed .*databasen nedgraderes aldrig/);
        return true;
      });
      const check = await cli(['check'], db.env);
      assert.equal(check.code, 1);
      assert.match(check.stdout, /NYERE END DENNE VERSION/);
    } finally {
      await db.dispose();
    }
  });

  test('lighed check reports the database, schema version and counts', async () => {
    const db = await freshDatabaseEnv();
    try {
      const seeded = await cli(['seed-demo'], db.env);
      assert.equal(seeded.code, 0, seeded.stderr);
      const r = await cli(['check', '--json'], db.env);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout) as { database: { kind: string }; schema: { current: string; latest: string; pending: number }; counts: Record<string, number> };
      assert.equal(report.database.kind, testDb);
      assert.equal(report.schema.pending, 0);
      assert.equal(report.schema.current, report.schema.latest);
      assert.equal(report.counts.meetings, 3);
      assert.equal(report.counts.bodies, 2);
      // Idempotent: a second seed-demo changes no count.
      await cli(['seed-demo'], db.env);
      assert.deepEqual(JSON.parse((await cli(['check', '--json'], db.env)).stdout).counts, report.counts);
    } finally {
      await db.dispose();
    }
  });

  if (testDb === 'embedded') {
    test('a second process on the same data folder refuses with a message', async () => {
      const db = await freshDatabaseEnv();
      const app = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } });
      try {
        const r = await cli(['check'], db.env);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /bruges allerede af en anden Lighed-proces \(pid \d+\)/);
      } finally {
        await app.close();
        await db.dispose();
      }
    });

    test('the lock of a crashed process is taken over', async () => {
      const db = await freshDatabaseEnv();
      try {
        const first = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } });
        await first.close();
        writeFileSync(join(db.env.LIGHED_DATA_DIR!, 'lighed.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
        const again = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } });
        assert.equal((await again.get('/health')).status, 200);
        await again.close();
      } finally {
        await db.dispose();
      }
    });
  }
});

describe('command line and configuration', () => {
  test('every command has --help, and an unknown command says so', async () => {
    for (const c of ['serve', 'migrate', 'seed-demo', 'check', 'import', 'render']) {
      const r = await cli([c, '--help'], {});
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Brug: lighed ${c}`));
    }
    const unknown = await cli(['frobnicate'], {});
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Ukendt kommando: frobnicate/);
  });

  test('invalid settings are listed together, before anything starts', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'production' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.deepEqual(err.problems.map((p) => p.split(':')[0]), ['PORT', 'DATABASE_URL', 'LIGHED_PUBLIC_URL']);
        return true;
      },
    );
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /LIGHED_PUBLIC_URL: skal angives i produktion/);
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.database.kind, 'embedded');
    // An import upload holds several documents: 100 MB by default, never less than one attachment may be.
    assert.equal(c.maxImportBytes, 100 * 1024 * 1024);
    assert.equal(loadConfig({ LIGHED_MAX_UPLOAD_MB: '200', LIGHED_MAX_IMPORT_MB: '50' }).maxImportBytes, 200 * 1024 * 1024);
    assert.throws(() => loadConfig({ LIGHED_MAX_IMPORT_MB: 'mange' }), /LIGHED_MAX_IMPORT_MB/);
  });

  test('the CLI prints configuration problems and exits non-zero', async () => {
    const r = await cli(['check'], { PORT: 'abc' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Konfigurationen er ugyldig:\n {2}- PORT:/);
  });
});
