// Single sign-on against a real (small) OpenID Connect provider started by the test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { strip } from './helpers/html.ts';
import { startOidcProvider, type TestProvider } from './helpers/oidc-provider.ts';
import { users } from '../src/accounts/schema.ts';
import { loadConfig, ConfigError } from '../src/config/config.ts';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const port = (s.address() as { port: number }).port;
    s.close(() => resolve(port));
  });
});

/** Follows the sign-in through the provider and back, as a browser would. */
async function ssoSignIn(client: Client, next = '/mit') {
  const start = await client.get(`/log-ind/sso?next=${encodeURIComponent(next)}`);
  assert.equal(start.status, 303);
  const authorize = await fetch(start.location!, { redirect: 'manual' });
  assert.equal(authorize.status, 302, 'the provider accepted the request (client, PKCE, response type)');
  const back = new URL(authorize.headers.get('location')!);
  return { back, page: await client.get(back.pathname + back.search) };
}

describe(`single sign-on through OpenID Connect (${testDb})`, () => {
  let provider: TestProvider;
  let app: TestApp;
  before(async () => {
    provider = await startOidcProvider();
    const port = await freePort();
    app = await startTestApp({ env: { PORT: String(port), LIGHED_PUBLIC_URL: `http://127.0.0.1:${port}`, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_NAME: 'Region Midtjylland' } });
  });
  after(async () => {
    await app?.close();
    await provider?.close();
  });

  test('the sign-in page offers single sign-on by its name', async () => {
    const page = await new Client(app.url).get('/log-ind');
    assert.ok(strip(page.html).includes('Log ind med Region Midtjylland'));
  });

  test('an existing account is linked by its e-mail on first sign-on, then found by its subject', async () => {
    provider.user = { sub: 'ad-4711', email: 'Sekretaer@Lighed.demo', name: 'Sekretær fra AD' };
    const client = new Client(app.url);
    const { page } = await ssoSignIn(client, '/sekretariat');
    assert.equal(page.status, 303);
    assert.equal(page.location, '/sekretariat');
    const staff = await client.get('/sekretariat');
    assert.equal(staff.status, 200, 'signed in with the secretary’s roles');
    const user = await app.database.db.query.users.findFirst({ where: eq(users.email, 'sekretaer@lighed.demo') });
    assert.equal(user!.oidcSubject, `${provider.issuer}|ad-4711`);
    // Next time the subject finds the account even if the provider reports another address.
    provider.user = { sub: 'ad-4711', email: 'changed@region.dk', name: 'Sekretær fra AD' };
    const again = new Client(app.url);
    assert.equal((await ssoSignIn(again)).page.status, 303);
    assert.equal((await again.get('/sekretariat')).status, 200);
    // The administrator sees how and when the account last signed in.
    const admin = await signIn(app.url, 'admin@lighed.demo');
    const account = strip((await admin.get(`/admin/brugere/${user!.id}`)).html);
    assert.match(account, /Logger ind med adgangskode, single sign-on/);
    assert.match(account, /Sidst logget ind \d\d-\d\d-\d{4} kl\. \d\d:\d\d/);
  });

  test('someone without an account is refused and told to ask an administrator; nothing is created', async () => {
    provider.user = { sub: 'ad-9999', email: 'ukendt@region.dk', name: 'Ukendt' };
    const before = (await app.database.db.select().from(users)).length;
    const { page } = await ssoSignIn(new Client(app.url));
    assert.equal(page.status, 403);
    assert.ok(strip(page.html).includes('Der er ingen Lighed-konto til ukendt@region.dk'));
    assert.equal((await app.database.db.select().from(users)).length, before);
  });

  test('a forged state or a replayed code does not sign anyone in', async () => {
    provider.user = { sub: 'ad-4711', email: 'sekretaer@lighed.demo', name: 'Sekretær fra AD' };
    const client = new Client(app.url);
    const start = await client.get('/log-ind/sso');
    const authorize = await fetch(start.location!, { redirect: 'manual' });
    const back = new URL(authorize.headers.get('location')!);
    const forged = new URL(back);
    forged.searchParams.set('state', 'forged');
    const res = await client.get(forged.pathname + forged.search);
    assert.equal(res.status, 401);
    assert.ok(strip(res.html).includes('Log ind via single sign-on mislykkedes'));
    assert.equal((await client.get('/sekretariat')).status, 303, 'still signed out');
    // Without the pending sign-in cookie (another browser), the callback is refused too.
    const other = new Client(app.url);
    const replay = await other.get(back.pathname + back.search);
    assert.equal(replay.status, 401);
    assert.ok(strip(replay.html).includes('Log ind-forsøget er udløbet'));
  });

  test('half a configuration is refused at start-up with the missing settings named', () => {
    assert.throws(() => loadConfig({ OIDC_ISSUER: 'https://login.example.dk' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.deepEqual(err.problems.map((p) => p.split(':')[0]), ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']);
      return true;
    });
  });
});
