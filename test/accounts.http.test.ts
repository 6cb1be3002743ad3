// Accounts in the browser: an administrator creates a user, gives and removes roles, makes a new password,
// blocks and opens the account — through real HTTP, each step audited, and nobody else may.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, DEMO_PASSWORD, signIn } from './helpers/client.ts';
import { strip } from './helpers/html.ts';
import { users } from '../src/accounts/schema.ts';
import { organizations } from '../src/bodies/schema.ts';
import { persons } from '../src/people/schema.ts';

describe(`accounts in the browser (${testDb})`, () => {
  let app: TestApp;
  let admin: Client;
  let udsatteraadet: string;
  let committee: string;
  let userId = '';
  let password = '';

  before(async () => {
    app = await startTestApp();
    admin = await signIn(app.url, 'admin@lighed.demo');
    const orgs = await app.database.db.select().from(organizations);
    udsatteraadet = orgs.find((o) => o.slug === 'udsatteraadet')!.id;
    committee = orgs.find((o) => o.slug === 'udvalg-for-lighed-i-sundhed')!.id;
  });
  after(async () => app?.close());

  const count = async () => (await app.database.db.select().from(users)).length;
  const passwordOn = (html: string) => /Adgangskode: <code>([a-z0-9-]{24})<\/code>/.exec(html)?.[1];
  const signInAs = async (email: string, pw: string) => {
    const c = new Client(app.url);
    await c.get('/log-ind');
    return { client: c, res: await c.post('/log-ind', { email, password: pw }) };
  };

  test('only administrators: the public is sent to sign in, a secretary is refused, and the menu shows it to administrators only', async () => {
    assert.equal((await new Client(app.url).get('/admin/brugere')).location, '/log-ind?next=%2Fadmin%2Fbrugere');
    const sec = await signIn(app.url, 'sekretaer@lighed.demo');
    assert.equal((await sec.get('/admin/brugere')).status, 403);
    const before = await count();
    assert.equal((await sec.post('/admin/brugere/ny', { name: 'X', email: 'x@rm.dk', role: 'administrator', organization: 'alle' })).status, 403);
    assert.equal(await count(), before, 'nothing written');
    assert.doesNotMatch((await sec.get('/mit')).html, /href="\/admin\/brugere"/);
    const list = await admin.get('/admin/brugere');
    assert.equal(list.status, 200);
    assert.match(list.html, /href="\/admin\/brugere"/);
    assert.match(strip(list.html), /Demo Sekretær sekretaer@lighed\.demo Sekretær i Udsatterådet Sekretær i Udvalg for lighed i sundhed Aktiv/);
  });

  test('a form missing its role and body, or with an e-mail in use, is refused at the fields and writes nothing', async () => {
    const before = await count();
    await admin.get('/admin/brugere/ny');
    const empty = await admin.post('/admin/brugere/ny', { name: 'Karen Holm', email: 'karen.holm@rm.dk', role: '', organization: '' });
    assert.equal(empty.status, 422);
    assert.match(empty.html, /href="#f-role"[^>]*>Vælg en rolle\./);
    assert.match(empty.html, /href="#f-organization"[^>]*>Vælg et organ eller &quot;Alle organer&quot;\./);
    assert.match(empty.html, /name="email" type="email" value="karen\.holm@rm\.dk"/, 'what was typed is kept');
    const taken = await admin.post('/admin/brugere/ny', { name: 'Karen Holm', email: 'Sekretaer@lighed.demo', role: 'secretary', organization: udsatteraadet });
    assert.equal(taken.status, 409);
    assert.match(taken.html, /href="#f-email"[^>]*>Der er allerede en konto med e-mailen sekretaer@lighed\.demo\./);
    const badEmail = await admin.post('/admin/brugere/ny', { name: 'Karen Holm', email: 'karen', role: 'secretary', organization: udsatteraadet });
    assert.equal(badEmail.status, 422);
    assert.match(badEmail.html, /href="#f-email"/);
    assert.equal(await count(), before);
  });

  test('a new secretary for one body: the password is shown once and signs in; the secretariat is that body\'s only', async () => {
    const person = (await app.database.db.select().from(persons).where(eq(persons.slug, 'louise-hoegh')))[0]!;
    const created = await admin.post('/admin/brugere/ny', { name: 'Karen Holm', email: 'Karen.Holm@rm.dk', role: 'secretary', organization: udsatteraadet, personId: person.id });
    assert.equal(created.status, 201);
    assert.equal((await admin.raw('/admin/brugere')).headers.get('cache-control'), 'private, no-store', 'account pages are never kept by a cache');
    const text = strip(created.html);
    assert.match(text, /Kontoen til Karen Holm er oprettet\. Adgangskode: \S+ Adgangskoden vises kun nu\./);
    assert.match(text, /E-mail karen\.holm@rm\.dk Status Aktiv Logger ind med adgangskode Medlem Louise Høgh Sidst logget ind Aldrig/);
    password = passwordOn(created.html)!;
    assert.ok(password);
    userId = /action="\/admin\/brugere\/([0-9a-f-]{36})\/roller"/.exec(created.html)![1]!;
    assert.equal((await admin.get(`/admin/brugere/${userId}`)).html.includes(password), false, 'shown once: not on the account page later');
    const row = (await app.database.db.select().from(users).where(eq(users.id, userId)))[0]!;
    assert.notEqual(row.passwordHash, password);

    const karen = await signIn(app.url, 'karen.holm@rm.dk', password);
    assert.equal((await karen.get('/sekretariat/organer/udsatteraadet/moedeplan')).status, 200);
    assert.equal((await karen.get('/sekretariat/organer/udvalg-for-lighed-i-sundhed/moedeplan')).status, 403);
    assert.equal((await karen.get('/admin/brugere')).status, 403);
  });

  test('roles given and removed: the user can do what the roles allow at once', async () => {
    const karen = await signIn(app.url, 'karen.holm@rm.dk', password);
    await admin.get(`/admin/brugere/${userId}`);
    const bad = await admin.post(`/admin/brugere/${userId}/roller`, { role: 'secretary', organization: '' });
    assert.equal(bad.status, 422);
    assert.match(strip(bad.html), /Vælg et organ eller "Alle organer"\./);
    // A body that is no body (an edited form) is said at the body field.
    const edited = await admin.post(`/admin/brugere/${userId}/roller`, { role: 'secretary', organization: 'not-a-body' });
    assert.equal(edited.status, 422);
    assert.match(edited.html, /href="#f-organization"/);
    const given = await admin.post(`/admin/brugere/${userId}/roller`, { role: 'secretary', organization: committee });
    assert.equal(given.status, 303);
    assert.match(strip((await admin.get(given.location!)).html), /Rollen er givet\..*Sekretær i Udsatterådet .*Sekretær i Udvalg for lighed i sundhed/);
    assert.equal((await karen.get('/sekretariat/organer/udvalg-for-lighed-i-sundhed/moedeplan')).status, 200);
    // Removing one body's role leaves the other.
    assert.equal((await admin.post(`/admin/brugere/${userId}/roller/fjern`, { role: 'secretary', organization: udsatteraadet })).status, 303);
    assert.equal((await karen.get('/sekretariat/organer/udsatteraadet/moedeplan')).status, 403);
    assert.equal((await karen.get('/sekretariat/organer/udvalg-for-lighed-i-sundhed/moedeplan')).status, 200);
  });

  test('name, e-mail and member corrected; an e-mail in use is refused at its field', async () => {
    await admin.get(`/admin/brugere/${userId}`);
    const taken = await admin.post(`/admin/brugere/${userId}/oplysninger`, { name: 'Karen Holm', email: 'admin@lighed.demo', personId: '' });
    assert.equal(taken.status, 409);
    assert.match(taken.html, /href="#f-email"[^>]*>Der er allerede en konto med e-mailen admin@lighed\.demo\./);
    const empty = await admin.post(`/admin/brugere/${userId}/oplysninger`, { name: ' ', email: 'karen.holm@rm.dk', personId: '' });
    assert.equal(empty.status, 422);
    assert.match(empty.html, /href="#f-name"/);
    const saved = await admin.post(`/admin/brugere/${userId}/oplysninger`, { name: 'Karen M. Holm', email: 'karen.holm@rm.dk', personId: '' });
    assert.equal(saved.status, 303);
    assert.match(strip((await admin.get(saved.location!)).html), /Oplysningerne er gemt\..*E-mail karen\.holm@rm\.dk .*Medlem Ingen \(ikke medlem\)/);
    const same = await admin.post(`/admin/brugere/${userId}/oplysninger`, { name: 'Karen M. Holm', email: 'karen.holm@rm.dk', personId: '' });
    assert.match(same.location!, /ok=account_unchanged/);
    assert.match(strip((await admin.get('/admin/brugere')).html), /Karen M\. Holm karen\.holm@rm\.dk/);
  });

  test('a new password ends the old one and every session; blocking signs the user out and keeps them out until opened', async () => {
    const karen = await signIn(app.url, 'karen.holm@rm.dk', password);
    await admin.get(`/admin/brugere/${userId}`);
    const reset = await admin.post(`/admin/brugere/${userId}/adgangskode`, {});
    assert.equal(reset.status, 200);
    assert.match(strip(reset.html), /Karen M\. Holm har fået en ny adgangskode og er logget ud alle steder\./);
    const fresh = passwordOn(reset.html)!;
    assert.ok(fresh && fresh !== password);
    assert.equal((await karen.get('/mit')).status, 303, 'the old session has ended');
    assert.equal((await signInAs('karen.holm@rm.dk', password)).res.status, 401, 'the old password no longer works');
    const again = await signIn(app.url, 'karen.holm@rm.dk', fresh);

    await admin.get(`/admin/brugere/${userId}`);
    const blocked = await admin.post(`/admin/brugere/${userId}/spaerring`, { disabled: '1' });
    assert.equal(blocked.status, 303);
    assert.match(strip((await admin.get(blocked.location!)).html), /Kontoen er spærret, og brugeren er logget ud\..*Status Spærret/);
    assert.equal((await again.get('/mit')).status, 303, 'signed out');
    const refused = await signInAs('karen.holm@rm.dk', fresh);
    assert.equal(refused.res.status, 401);
    assert.match(strip(refused.res.html), /E-mail eller adgangskode er forkert/, 'the same answer as a wrong password');
    assert.match(strip((await admin.get('/admin/brugere')).html), /Karen M\. Holm karen\.holm@rm\.dk .*Spærret/);

    await admin.get(`/admin/brugere/${userId}`);
    assert.equal((await admin.post(`/admin/brugere/${userId}/spaerring`, { disabled: '0' })).status, 303);
    assert.equal((await signInAs('karen.holm@rm.dk', fresh)).res.status, 303);
  });

  test('administrators cannot lock themselves out; every step is in the audit log, never a password', async () => {
    const me = (await app.database.db.select().from(users).where(eq(users.email, 'admin@lighed.demo')))[0]!;
    const page = await admin.get(`/admin/brugere/${me.id}`);
    assert.doesNotMatch(page.html, /spaerring/, 'no block button on one\'s own account');
    const self = await admin.post(`/admin/brugere/${me.id}/spaerring`, { disabled: '1' });
    assert.equal(self.status, 422);
    assert.match(strip(self.html), /Du kan ikke spærre din egen konto\./);
    const ownRole = await admin.post(`/admin/brugere/${me.id}/roller/fjern`, { role: 'administrator', organization: 'alle' });
    assert.equal(ownRole.status, 422);
    assert.match(strip(ownRole.html), /Du kan ikke fjerne din egen administratorrolle\./);
    assert.equal((await admin.get('/admin/brugere')).status, 200, 'still an administrator');

    const log = await admin.get(`/admin/log?id=${userId}`);
    const text = strip(log.html);
    for (const c of ['Bruger oprettet', 'Rolle givet', 'Rolle fjernet', 'Ny adgangskode lavet', 'Konto spærret eller åbnet', 'Brugeroplysninger rettet']) assert.ok(text.includes(`${c} · bruger`), c);
    assert.ok(!log.html.includes(password), 'no password in the log');
    assert.doesNotMatch(log.html, /argon2/);
  });

  test('a user changes their own password: the current one first, the new one twice; other sessions end, this one goes on', async () => {
    const email = 'observatoer@lighed.demo';
    const here = await signIn(app.url, email);
    const elsewhere = await signIn(app.url, email);
    assert.match((await here.get('/mit')).html, /href="\/mit\/adgangskode"/);
    await here.get('/mit/adgangskode');
    const wrong = await here.post('/mit/adgangskode', { current: 'not-the-password', password: 'en lang ny adgangskode', confirm: 'en lang ny adgangskode' });
    assert.equal(wrong.status, 422);
    assert.match(wrong.html, /href="#f-current"[^>]*>Adgangskoden er forkert\./);
    assert.doesNotMatch(wrong.html, /en lang ny adgangskode/, 'typed passwords are not sent back');
    const mismatch = await here.post('/mit/adgangskode', { current: DEMO_PASSWORD, password: 'en lang ny adgangskode', confirm: 'en lang ny adgangskod' });
    assert.equal(mismatch.status, 422);
    assert.match(mismatch.html, /href="#f-confirm"[^>]*>De to nye adgangskoder er ikke ens\./);
    const short = await here.post('/mit/adgangskode', { current: DEMO_PASSWORD, password: 'kort', confirm: 'kort' });
    assert.equal(short.status, 422);
    assert.match(short.html, /href="#f-password"/);
    assert.equal((await signInAs(email, DEMO_PASSWORD)).res.status, 303, 'nothing changed by the refused attempts');

    const changed = await here.post('/mit/adgangskode', { current: DEMO_PASSWORD, password: 'en lang ny adgangskode', confirm: 'en lang ny adgangskode' });
    assert.equal(changed.status, 303);
    assert.equal(changed.location, '/mit?ok=password_changed');
    const start = await here.get(changed.location!);
    assert.equal(start.status, 200, 'still signed in here');
    assert.match(strip(start.html), /Din adgangskode er skiftet\./);
    assert.equal((await elsewhere.get('/mit')).status, 303, 'signed out elsewhere');
    assert.equal((await signInAs(email, DEMO_PASSWORD)).res.status, 401);
    assert.equal((await signInAs(email, 'en lang ny adgangskode')).res.status, 303);
    assert.equal((await new Client(app.url).get('/mit/adgangskode')).status, 303, 'signed out: sent to sign in');
  });
});

