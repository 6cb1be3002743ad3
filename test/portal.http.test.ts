// The public portal's front page, calendar, iCal and Atom feeds and accessibility statement.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { strip } from './helpers/html.ts';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { cancelMeeting, createMeeting } from '../src/meetings/commands.ts';
import { organizations } from '../src/bodies/schema.ts';
import { OUTSIDE_WRITES_MS } from '../src/web/page-cache.ts';


describe(`public portal (${testDb})`, () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
    const org = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
    const actor = systemActor('Test');
    // Planned meetings in winter time and a cancelled one, in the future.
    await runCommand(app.database.db, actor, createMeeting, { organizationId: org.id, date: '2027-01-14', start: '09:00', end: '12:00', location: 'Regionshuset Aarhus, mødelokale 15; stuen' });
    const cancelled = await runCommand(app.database.db, actor, createMeeting, { organizationId: org.id, date: '2027-02-11', start: '13:30' });
    await runCommand(app.database.db, actor, cancelMeeting, { meetingId: cancelled.id });
  });
  after(async () => app?.close());

  test('the front page shows the next meetings, the latest decisions, a search box and the bodies', async () => {
    const text = strip(await app.text('/'));
    assert.ok(text.includes('Kommende møder'));
    assert.ok(text.includes('Udsatterådet — Torsdag d. 14. januar 2027 kl. 09:00'));
    assert.ok(text.includes('Seneste beslutninger'));
    assert.ok(text.includes('Strategigrundlag for styrket samarbejde med civilsamfundet — Udvalg for lighed i sundhed, 27-08-2025'));
    // What was decided, not only the lead "… godkendte," before the at-clauses.
    assert.match(text, /Udvalg for lighed i sundhed godkendte, at notatet "Sammen om fremtidens sundhed[^…]* …/);
    assert.match(await app.text('/'), /<form method="get" action="\/soeg" role="search"/);
    assert.ok(text.includes('Karen Elisabeth Vestergaard (Røde Kors)'));
    // In English the dates are English too.
    assert.ok(strip(await app.text('/?lang=en')).includes('Udsatterådet — Thursday 14 January 2027 at 09:00'));
  });

  test('the calendar shows a month as a grid or a list, filtered by body, and refuses a malformed month', async () => {
    const aug = strip(await app.text('/kalender?maaned=2025-08&visning=liste'));
    assert.ok(aug.includes('Mødekalender: august 2025'));
    assert.ok(aug.includes('Udvalg for lighed i sundhed — Onsdag d. 27. august 2025 kl. 09:00'));
    assert.ok(strip(await app.text('/kalender?maaned=2025-08&visning=liste&lang=en')).includes('Udvalg for lighed i sundhed — Wednesday 27 August 2025 at 09:00'));
    const jun = strip(await app.text('/kalender?maaned=2026-06&organ=udvalg-for-lighed-i-sundhed'));
    assert.ok(jun.includes('Der er ingen møder i denne måned.'), 'the council meets in June, the committee does not');
    assert.ok(strip(await app.text('/kalender?maaned=2026-06&organ=udsatteraadet&visning=liste')).includes('Torsdag d. 25. juni 2026 kl. 09:00'));
    // The month grid (the default): weeks from Monday with ISO week numbers; the meeting in its day's cell.
    const grid = await app.text('/kalender?maaned=2026-06&organ=udsatteraadet');
    const rows = [...grid.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) => strip(r[1]!).trim());
    assert.match(rows[0]!, /^Uge man\. tirs\./, 'the week starts on Monday');
    const week26 = rows.find((r) => r.startsWith('26 '))!;
    assert.ok(week26, 'ISO week 26 (22–28 June 2026)');
    assert.match(week26, /25 torsdag 25\. juni 09:00 Udsatterådet/);
    assert.ok(grid.includes('aria-current="page">Måned'));
    assert.equal(rows.length, 1 + 5, 'June 2026 spans five weeks (1 June is a Monday)');
    assert.equal((await app.get('/kalender?maaned=2026-13')).status, 400);
    assert.equal((await app.get('/kalender?organ=findes-ikke')).status, 404);
  });

  test('iCal: Danish time with summer and winter time, escaped text, cancelled meetings marked', async () => {
    const res = await app.get('/organer/udsatteraadet/kalender.ics');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/calendar/);
    const ics = await res.text();
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen/);
    assert.match(unfolded, /RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/);
    assert.match(unfolded, /DTSTART;TZID=Europe\/Copenhagen:20260625T090000/, 'summer: 09:00 local');
    assert.match(unfolded, /DTSTART;TZID=Europe\/Copenhagen:20270114T090000\r\nDTEND;TZID=Europe\/Copenhagen:20270114T120000/, 'winter: 09:00 local');
    assert.match(unfolded, /LOCATION:Regionshuset Aarhus\\, mødelokale 15\\; stuen/);
    assert.match(unfolded, /DTSTART;TZID=Europe\/Copenhagen:20270211T133000[\s\S]*?STATUS:CANCELLED/);
    assert.ok(!unfolded.includes('Udvalg for lighed i sundhed'), "only this body's meetings");
    const all = (await app.text('/kalender.ics')).replace(/\r\n /g, '');
    assert.equal(all.match(/BEGIN:VEVENT/g)!.length, 5);
    assert.match(all, /URL:http:\/\/localhost:\d+\/moeder\/[0-9a-f-]{36}/);
  });

  test('Atom: released agendas and minutes link to their pages; planned meetings are not in it', async () => {
    const res = await app.get('/feed.atom');
    assert.match(res.headers.get('content-type')!, /^application\/atom\+xml/);
    const xml = await res.text();
    assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="da">/);
    const titles = [...xml.matchAll(/<entry>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    assert.deepEqual(new Set(titles), new Set(['Dagsorden: Udsatterådet 25-06-2026', 'Dagsorden: Udvalg for lighed i sundhed 27-08-2025', 'Referat: Udvalg for lighed i sundhed 27-08-2025', 'Dagsorden: Voksen- og Plejeudvalget 22-11-2023', 'Referat: Voksen- og Plejeudvalget 22-11-2023']));
    const href = /<entry>[\s\S]*?href="http:\/\/localhost:\d+(\/moeder\/[0-9a-f-]{36}\/(?:dagsorden|referat))"/.exec(xml)![1]!;
    assert.equal((await app.get(href)).status, 200, 'entries link to pages that exist');
    const council = await app.text('/organer/udsatteraadet/feed.atom');
    assert.equal((council.match(/<entry>/g) ?? []).length, 1);
  });

  test('the accessibility statement is linked from every page footer', async () => {
    assert.match(await app.text('/organer/udsatteraadet'), /<a href="\/tilgaengelighed">Tilgængelighedserklæring<\/a>/);
    const res = await app.get('/tilgaengelighed');
    assert.equal(res.status, 200);
    assert.ok(strip(await res.text()).includes('WCAG 2.1 niveau AA'));
  });

  test('public pages carry ETag and Last-Modified, answer 304 when unchanged, and change with the data', async () => {
    const path = '/organer/udsatteraadet';
    const first = await app.get(path);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^W\/"[\w-]+"$/);
    assert.ok(!Number.isNaN(Date.parse(first.headers.get('last-modified')!)));
    assert.equal(first.headers.get('vary'), 'Cookie');
    const body = await first.text();
    const again = await app.get(path);
    assert.equal(await again.text(), body, 'the same page again');
    const unchanged = await app.get(path, { headers: { 'If-None-Match': etag } });
    assert.equal(unchanged.status, 304);
    assert.equal(await unchanged.text(), '');
    // Another language is another page.
    const english = await app.get(`${path}?lang=en`, { headers: { 'If-None-Match': etag } });
    assert.equal(english.status, 200);
    // A write anywhere gives a new version: the page is rendered again and shows the change.
    const org = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
    await runCommand(app.database.db, systemActor('Test'), createMeeting, { organizationId: org.id, date: '2027-03-18', start: '09:00' });
    const changed = await app.get(path, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.ok(strip(await changed.text()).includes('18-03-2027 kl. 09:00'));
    // A write outside Lighed (by hand in SQL) shows once the version is read again.
    const changedEtag = changed.headers.get('etag')!;
    await app.database.pool.query(`update organizations set name = 'Udsatterådet (omdøbt i SQL)' where slug = 'udsatteraadet'`);
    await new Promise((r) => setTimeout(r, OUTSIDE_WRITES_MS + 50));
    const outside = await app.get(path, { headers: { 'If-None-Match': changedEtag } });
    assert.equal(outside.status, 200);
    assert.ok((await outside.text()).includes('Udsatterådet (omdøbt i SQL)'));
    await app.database.pool.query(`update organizations set name = $1 where slug = 'udsatteraadet'`, [org.name]);
    // Pages that depend on the clock are not cached.
    assert.equal((await app.get('/')).headers.get('etag'), null);
  });
});
