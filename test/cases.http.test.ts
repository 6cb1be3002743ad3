// Agenda item, case and person pages: the case's path in words that cannot be misread, and
// nothing of closed items.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { strip } from './helpers/html.ts';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { importMeeting } from '../src/documents/import-meeting.ts';


describe(`item, case and person pages (${testDb})`, () => {
  let app: TestApp;
  let closedItemId: string;
  let closedCaseId: string;
  before(async () => {
    app = await startTestApp();
    const text = `REFERAT Udvalg for lighed i sundhed d. 10-09-2025\n\nPunkt 1: Lukket: Personalesag\n\n9-99-99-9-25\n\nSagsfremstilling\n\nHEMMELIG tekst.\n\nBeslutning\n\nGodkendt.`;
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(text) });
    const row = (await app.database.pool.query(`select id, case_id from agenda_items where meeting_id = $1`, [r.meetingId])).rows[0];
    closedItemId = row.id;
    closedCaseId = row.case_id;
  });
  after(async () => app?.close());

  const itemLink = async (orgSlug: string, title: string, date: string) => {
    const org = await app.text(`/organer/${orgSlug}`);
    const meeting = new RegExp(`href="(/moeder/[0-9a-f-]{36})">${date}`).exec(org)![1]!;
    const html = await app.text(meeting);
    const m = new RegExp(`href="(/punkter/[0-9a-f-]{36})">Punkt \\d+: ${title}`).exec(html);
    assert.ok(m, `the meeting page links to "${title}"`);
    return m[1]!;
  };

  test("a decided item shows its content and its case's path: adopted by the committee", async () => {
    const href = await itemLink('udvalg-for-lighed-i-sundhed', 'Strategigrundlag', '27-08-2025');
    const text = strip(await app.text(href));
    assert.ok(text.includes('Direktionen indstiller,'));
    assert.ok(text.includes('Sagens gang'));
    assert.ok(text.includes('Udvalg for lighed i sundhed , 27-08-2025 — til beslutning') || text.includes('Udvalg for lighed i sundhed, 27-08-2025 — til beslutning'));
    assert.ok(text.includes('Vedtaget i Udvalg for lighed i sundhed'));
    const caseHref = /href="(\/sager\/[0-9a-f-]{36})"/.exec(await app.text(href))![1]!;
    const kase = strip(await app.text(caseHref));
    assert.ok(kase.includes('Strategigrundlag for styrket samarbejde med civilsamfundet'));
    assert.ok(kase.includes('Journalnummer: 1-36-70-7-25'));
  });

  test('an item on an agenda not yet held says so, not "adopted"', async () => {
    const text = strip(await app.text(await itemLink('udsatteraadet', 'Konkretisering', '25-06-2026')));
    assert.ok(text.includes('På dagsordenen til mødet 25-06-2026 — ikke behandlet endnu'));
    assert.ok(!text.includes('Vedtaget'));
  });

  test('closed items and their cases: the title at most, never content; the case does not exist for the public', async () => {
    const item = await app.get(`/punkter/${closedItemId}`);
    assert.equal(item.status, 200);
    const text = strip(await item.text());
    assert.ok(text.includes('Lukket punkt: Personalesag'));
    assert.ok(!text.includes('HEMMELIG') && !text.includes('9-99-99-9-25') && !text.includes('Sagens gang'));
    const kase = await app.get(`/sager/${closedCaseId}`);
    assert.equal(kase.status, 404);
    assert.ok(!(await kase.text()).includes('Personalesag'), 'not even in the error page');
  });

  test('a person page lists memberships with role, seat and the NGO represented', async () => {
    const org = await app.text('/organer/udsatteraadet');
    assert.match(org, /<a href="\/personer\/freddy-nielsen">Freddy Nielsen<\/a>/);
    const text = strip(await app.text('/personer/freddy-nielsen'));
    assert.ok(text.includes('Udsatterådet : Medlem, repræsentant for en forening (SAND – De hjemløses landsorganisation)') || text.includes('Udsatterådet: Medlem, repræsentant for en forening (SAND – De hjemløses landsorganisation)'));
    const helle = strip(await app.text('/personer/helle-jensen'));
    assert.ok(helle.includes('Formand') && helle.includes('Regionsrådet'));
    assert.equal((await app.get('/personer/findes-ikke')).status, 404);
  });
});
