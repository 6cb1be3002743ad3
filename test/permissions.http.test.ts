// Who may do what, through HTTP: every demo role (and the public) against the secretariat's
// actions and the closed content of one body's meetings. What must be refused is refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { strip } from './helpers/html.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { organizations } from '../src/bodies/schema.ts';
import { users } from '../src/accounts/schema.ts';
import { createMeeting } from '../src/meetings/commands.ts';
import { addItem } from '../src/agenda/items.ts';
import { releaseAgenda } from '../src/agenda/release.ts';
import { closeMeeting, releaseMinutes } from '../src/minutes/commands.ts';

type Who = 'public' | 'admin' | 'secretary' | 'member' | 'ngo' | 'observer';
const who: Who[] = ['public', 'admin', 'secretary', 'member', 'ngo', 'observer'];
const emails: Record<Exclude<Who, 'public'>, string> = {
  admin: 'admin@lighed.demo',
  secretary: 'sekretaer@lighed.demo',
  // A member of the committee, not of Udsatterådet: for Udsatterådet's meetings a signed-in outsider.
  member: 'medlem@lighed.demo',
  ngo: 'forening@lighed.demo',
  observer: 'observatoer@lighed.demo',
};
const SECRET = 'Fortroligt: Zanzibarsagen om en navngiven borger';

describe(`permissions through HTTP, role by role (${testDb})`, () => {
  let app: TestApp;
  const clients = {} as Record<Who, Client>;
  let draft: string;
  let released: string;
  let minutes: string;
  let memberUserId: string;

  before(async () => {
    app = await startTestApp();
    const db = app.database.db;
    const actor = systemActor('Test');
    const org = (await db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
    const meeting = (date: string) => runCommand(db, actor, createMeeting, { organizationId: org.id, date, start: '10:00' });
    draft = (await meeting('2026-10-01')).id;
    await runCommand(db, actor, addItem, { meetingId: draft, title: 'Udkast til punkt' });
    released = (await meeting('2026-10-08')).id;
    await runCommand(db, actor, addItem, { meetingId: released, title: 'Åbent punkt', presentation: 'Åben tekst om Kilimanjaroprojektet.' });
    await runCommand(db, actor, addItem, { meetingId: released, title: 'Klage', public: false, closedReason: 'Personoplysninger', presentation: SECRET });
    await runCommand(db, actor, releaseAgenda, { meetingId: released });
    minutes = (await meeting('2026-09-03')).id;
    await runCommand(db, actor, addItem, { meetingId: minutes, title: 'Orientering', presentation: 'Orientering.' });
    await runCommand(db, actor, releaseAgenda, { meetingId: minutes });
    await runCommand(db, actor, closeMeeting, { meetingId: minutes, adjournedAt: '11:00' });
    await runCommand(db, actor, releaseMinutes, { meetingId: minutes });
    memberUserId = (await db.query.users.findFirst({ where: eq(users.email, emails.member) }))!.id;
    clients.public = new Client(app.url);
    await clients.public.get('/log-ind'); // a signed-out visitor with a valid CSRF token: refusals are about rights, not forgery
    for (const w of who.filter((x): x is Exclude<Who, 'public'> => x !== 'public')) clients[w] = await signIn(app.url, emails[w]);
  });
  after(async () => app?.close());

  // Expected status per role, in the order of `who`.
  const cases: { what: string; run: (c: Client) => Promise<number>; expect: number[] }[] = [
    { what: 'open the agenda builder', run: async (c) => (await c.get(`/sekretariat/moeder/${released}`)).status, expect: [303, 200, 200, 403, 403, 403] },
    { what: 'add an item', run: async (c) => (await c.post(`/sekretariat/moeder/${released}/punkter`, { title: 'Tillægspunkt' })).status, expect: [401, 303, 303, 403, 403, 403] },
    { what: 'release an agenda', run: async (c) => (await c.post(`/sekretariat/moeder/${draft}/frigiv`, { expectedVersion: '999' })).status, expect: [401, 409, 409, 403, 403, 403] },
    { what: 'open the meeting record', run: async (c) => (await c.get(`/sekretariat/moeder/${released}/afvikling`)).status, expect: [303, 200, 200, 403, 403, 403] },
    { what: 'plan meetings', run: async (c) => (await c.post('/sekretariat/organer/udsatteraadet/moedeplan', {})).status, expect: [401, 422, 422, 403, 403, 403] },
    { what: 'edit recurring items', run: async (c) => (await c.get('/sekretariat/organer/udsatteraadet/faste-punkter')).status, expect: [303, 200, 200, 403, 403, 403] },
    { what: 'lock minutes (the body approved)', run: async (c) => (await c.post(`/sekretariat/moeder/${minutes}/godkend-referat`, { expectedVersion: '999' })).status, expect: [401, 409, 409, 403, 403, 403] },
    { what: 'approve minutes as a member', run: async (c) => (await c.post(`/moeder/${minutes}/referat/godkend`, {})).status, expect: [401, 403, 403, 403, 303, 403] },
    { what: 'read the audit log', run: async (c) => (await c.get('/admin/log')).status, expect: [303, 200, 403, 403, 403, 403] },
    { what: 'list the accounts', run: async (c) => (await c.get('/admin/brugere')).status, expect: [303, 200, 403, 403, 403, 403] },
    // (A role with no body chosen: an administrator is told so; everyone else is refused before the form is read.)
    { what: 'give a role', run: async (c) => (await c.post(`/admin/brugere/${memberUserId}/roller`, { role: 'administrator' })).status, expect: [401, 422, 403, 403, 403, 403] },
    { what: 'read a draft agenda', run: async (c) => (await c.get(`/moeder/${draft}/dagsorden`)).status, expect: [404, 200, 200, 404, 404, 404] },
    { what: 'read closed content on the meeting page', run: async (c) => (strip((await c.get(`/moeder/${released}`)).html).includes(SECRET) ? 1 : 0), expect: [0, 1, 1, 0, 1, 0] },
    { what: 'read closed content in the agenda text', run: async (c) => ((await (await c.raw(`/moeder/${released}/dagsorden.txt`)).text()).includes(SECRET) ? 1 : 0), expect: [0, 1, 1, 0, 1, 0] },
  ];

  for (const c of cases) {
    test(`${c.what}: ${who.map((w, i) => `${w} ${c.expect[i]}`).join(', ')}`, async () => {
      const got: number[] = [];
      for (const w of who) got.push(await c.run(clients[w]));
      assert.deepEqual(Object.fromEntries(who.map((w, i) => [w, got[i]])), Object.fromEntries(who.map((w, i) => [w, c.expect[i]])));
    });
  }

  test('the members’ text carries its notice; search and feeds never hold closed content', async () => {
    const text = await (await clients.ngo.raw(`/moeder/${released}/dagsorden.txt`)).text();
    assert.ok(text.includes('Medlemsudgave — indeholder lukkede punkter. Må ikke offentliggøres.'));
    assert.equal((await (await clients.ngo.raw(`/moeder/${released}/dagsorden.txt`)).headers.get('cache-control')), 'private, no-store');
    const search = await (await clients.ngo.raw(`/api/search?q=${encodeURIComponent('Zanzibarsagen')}`)).json() as { total: number };
    assert.equal(search.total, 0);
    // The control: the open item of the same meeting is found, so the index was written.
    const open = await (await clients.public.raw('/api/search?q=Kilimanjaroprojektet')).json() as { total: number };
    assert.equal(open.total, 1);
    assert.ok(!(await app.text('/feed.atom')).includes(SECRET));
  });

  test('the sitemap lists released meetings and open items, never a closed item or a draft’s document', async () => {
    const index = await app.text('/sitemap.xml');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    assert.ok(parts.includes('/sitemap-sider.xml') && parts.includes('/sitemap-moeder.xml') && parts.includes('/sitemap-punkter-1.xml'));
    const all = (await Promise.all(parts.map((p) => app.text(p)))).join('\n');
    const items = await app.database.pool.query(`select id, title, public, meeting_id from agenda_items where meeting_id = any($1::uuid[])`, [[draft, released]]);
    const id = (title: string) => items.rows.find((r) => r.title === title)!.id as string;
    assert.ok(all.includes(`/punkter/${id('Åbent punkt')}<`), 'the open item is listed');
    assert.ok(!all.includes(id('Klage')), 'the closed item is not');
    assert.ok(!all.includes(id('Udkast til punkt')), 'nor an item of an unreleased agenda');
    assert.ok(all.includes(`/moeder/${released}/dagsorden<`));
    assert.ok(all.includes(`/moeder/${draft}<`), 'the meeting plan is public');
    assert.ok(!all.includes(`/moeder/${draft}/dagsorden`), 'its agenda is not yet');
    assert.ok(all.includes(`/moeder/${minutes}/referat<`));
    assert.ok(all.includes('/organer/udsatteraadet<') && all.includes('/personer/'));
    assert.equal((await app.get('/sitemap-punkter-9.xml')).status, 404);
    assert.match(await app.text('/robots.txt'), /^Sitemap: http.*\/sitemap\.xml$/m);
  });
});
