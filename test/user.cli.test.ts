// `lighed user add` (the first administrator) and the demo's accounts printed once by seed-demo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freshDatabaseEnv, startTestApp, testDb } from './helpers/app.ts';
import { Client } from './helpers/client.ts';

const run = promisify(execFile);

describe(`lighed user add and the demo accounts (${testDb})`, () => {
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['bin/lighed.js', ...args], { env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...db.env, LIGHED_DEMO: 'off', ...env } }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  before(async () => {
    db = await freshDatabaseEnv();
  });
  after(async () => db?.dispose());

  test('seed-demo prints each demo account with its password once; a second run prints none', async () => {
    const first = await cli(['seed-demo']);
    assert.equal(first.code, 0, first.stderr);
    const lines = first.stdout.split('\n').filter((l) => /@lighed\.demo/.test(l));
    assert.deepEqual(lines.map((l) => l.trim().split(/\s+/).slice(0, 2)), [
      ['administrator', 'admin@lighed.demo'], ['secretary', 'sekretaer@lighed.demo'], ['member', 'medlem@lighed.demo'],
      ['ngo_representative', 'forening@lighed.demo'], ['observer', 'observatoer@lighed.demo'],
    ]);
    assert.ok(lines.every((l) => /\s[a-z2-9]{4}(-[a-z2-9]{4}){4}$/.test(l)), 'a generated password on each line');
    const second = await cli(['seed-demo']);
    assert.doesNotMatch(second.stdout, /@lighed\.demo/);
  });

  test('the first administrator: created with a printed password that signs in; bad input is refused', async () => {
    const made = await cli(['user', 'add', '--email', 'IT@Region.dk', '--role', 'administrator', '--name', 'IT-afdelingen']);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /Oprettet: it@region\.dk \(administrator, alle organer\)/);
    const password = /Adgangskode: (\S+)/.exec(made.stdout)![1]!;
    const again = await cli(['user', 'add', '--email', 'it@region.dk', '--role', 'administrator']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Der er allerede en konto med e-mailen it@region\.dk/);
    assert.equal((await cli(['user', 'add', '--email', 'x@region.dk', '--role', 'chef'])).code, 2);
    const scoped = await cli(['user', 'add', '--email', 'sek@region.dk', '--role', 'secretary', '--organization', 'udsatteraadet', '--password', 'et-langt-kodeord-123']);
    assert.match(scoped.stdout, /Oprettet: sek@region\.dk \(secretary i udsatteraadet\)/);
    assert.doesNotMatch(scoped.stdout, /Adgangskode/, 'a given password is not echoed');
    assert.match((await cli(['user', 'add', '--email', 'y@region.dk', '--role', 'member', '--organization', 'findes-ikke'])).stderr, /findes ikke/);
    // The printed password works in the browser.
    const app = await startTestApp({ env: { ...db.env, LIGHED_DEMO: 'off' } });
    try {
      const c = new Client(app.url);
      await c.get('/log-ind');
      const res = await c.post('/log-ind', { email: 'it@region.dk', password });
      assert.equal(res.status, 303);
      assert.equal((await c.get('/admin/log')).status, 200);
    } finally {
      await app.close();
    }
  });
});
