// The secretariat's forms against what browsers and people do to them: signed out, a forged or missing
// CSRF token, wrong passwords, and the same form sent several times at once (a double click, a slow line).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { like } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { formFields, has, strip } from './helpers/html.ts';
import { locations, meetings } from '../src/meetings/schema.ts';

describe(`secretariat forms (${testDb})`, () => {
  let app: TestApp;
  let sec: Client;

  before(async () => {
    app = await startTestApp();
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
  });
  after(async () => app?.close());

  test('signed out: secretariat pages send to sign-in, posts without a CSRF token are refused', async () => {
    const anon = new Client(app.url);
    const res = await anon.get('/sekretariat');
    assert.equal(res.status, 303);
    assert.equal(res.location, '/log-ind?next=%2Fsekretariat');
    assert.equal((await anon.post('/sekretariat/organer/udsatteraadet/moedeplan', { 'rows.0.date': '2027-01-01', 'rows.0.start': '10:00' }, { csrf: null })).status, 403);
    // A signed-in user's form without the token is refused too, and writes nothing.
    const before = (await app.database.db.select().from(meetings)).length;
    const bad = await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', { 'rows.0.date': '2027-01-01', 'rows.0.start': '10:00' }, { csrf: 'forged-token-forged-token' });
    assert.equal(bad.status, 403);
    has(strip(bad.html), /Formularen er udløbet/);
    assert.equal((await app.database.db.select().from(meetings)).length, before);
  });

  test('sign-in: a wrong password says so without telling which part; five failures lock the account for a while', async () => {
    const c = new Client(app.url);
    await c.get('/log-ind');
    const wrong = await c.post('/log-ind', { email: 'medlem@lighed.demo', password: 'not-the-password' });
    assert.equal(wrong.status, 401);
    has(strip(wrong.html), /E-mail eller adgangskode er forkert/);
    const unknown = await c.post('/log-ind', { email: 'nobody@lighed.demo', password: 'not-the-password' });
    assert.equal(strip(unknown.html).match(/E-mail eller adgangskode er forkert/)?.[0], 'E-mail eller adgangskode er forkert', 'same answer for an unknown account');
    for (let i = 0; i < 4; i++) await c.post('/log-ind', { email: 'medlem@lighed.demo', password: 'still-wrong-password' });
    const locked = await c.post('/log-ind', { email: 'medlem@lighed.demo', password: 'demo-password-for-tests' });
    assert.equal(locked.status, 429, 'even the right password waits');
    has(strip(locked.html), /For mange forkerte forsøg/);
    // The session cookie is HttpOnly and SameSite; Secure only outside localhost.
    const res = await fetch(`${app.url}/log-ind`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `lighed_csrf=${c.cookie('lighed_csrf')}` }, body: new URLSearchParams({ _csrf: c.cookie('lighed_csrf')!, email: 'observatoer@lighed.demo', password: 'demo-password-for-tests' }) });
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('lighed_session='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/);
  });

  test('a meeting plan sent twice at once (a double click) creates its meetings once; two bodies may name a new room at once', async () => {
    const room = 'Mødelokale Lærkerne, Sundhedshuset Århus';
    // Typed on a Mac: "å" as "a" and a combining ring.
    const plan = { 'rows.0.date': '2027-05-12', 'rows.0.start': '10:00', 'rows.0.location': room.normalize('NFD'), 'rows.1.date': '2027-06-09', 'rows.1.start': '10:00' };
    // Meanwhile another body plans a meeting in the same room, new to Lighed too.
    const [other, ...sent] = await Promise.all([
      sec.post('/sekretariat/organer/udvalg-for-lighed-i-sundhed/moedeplan', { 'rows.0.date': '2027-05-13', 'rows.0.start': '10:00', 'rows.0.location': room }),
      ...[1, 2, 3].map(() => sec.post('/sekretariat/organer/udsatteraadet/moedeplan', plan)),
    ]);
    assert.equal(other!.status, 303);
    assert.deepEqual(sent.map((r) => r.status).sort(), [303, 422, 422], 'the first creates the plan; the others are told the meetings exist');
    for (const r of sent.filter((x) => x.status === 422)) has(strip(r.html), /Der er allerede et møde 2027-05-12 kl\. 10:00/);
    const all = await app.database.db.select().from(meetings);
    assert.equal(all.filter((m) => m.start.toISOString().startsWith('2027-05-12')).length, 1);
    assert.equal(all.filter((m) => m.start.toISOString().startsWith('2027-06-09')).length, 1);
    const rooms = await app.database.db.select().from(locations).where(like(locations.description, 'Mødelokale L%'));
    assert.deepEqual(rooms.map((r) => r.description), [room], 'one room, written with composed letters however it was typed');
  });

  test('recurring items saved several times at once (clicks on a slow line) are kept once', async () => {
    const path = '/sekretariat/organer/udvalg-for-lighed-i-sundhed/faste-punkter';
    const fields = formFields((await sec.get(path)).html);
    const free = Array.from({ length: 8 }, (_, i) => i).find((i) => !fields[`items.${i}.title`])!;
    fields[`items.${free}.title`] = 'Nyt fra formanden';
    const sent = await Promise.all([1, 2, 3, 4, 5].map(() => sec.post(path, fields)));
    assert.deepEqual(sent.map((r) => r.status), [303, 303, 303, 303, 303]);
    const after = formFields((await sec.get(path)).html);
    const titles = Object.entries(after).filter(([k, v]) => k.endsWith('.title') && v).map(([, v]) => v);
    assert.equal(titles.filter((t) => t === 'Nyt fra formanden').length, 1, titles.join(', '));
    assert.equal(titles.length, free + 1, 'the rules there were, and the new one');
  });

  test('the meeting record lists what each item decided, not only the lead before its at-clauses', async () => {
    const id = (await app.database.pool.query(`select id from meetings where start::date = '2025-08-27'`)).rows[0].id;
    const page = strip((await sec.get(`/sekretariat/moeder/${id}/afvikling`)).html);
    has(page, /Udvalg for lighed i sundhed godkendte, at notatet "Sammen om fremtidens sundhed/, 'the decision with its first at-clause');
  });
});
