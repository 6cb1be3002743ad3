// Personal data a secretary types into an agenda: listed for them before release, masked in what the public reads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn, type Page } from './helpers/client.ts';
import { alertText, has, strip } from './helpers/html.ts';
import { meetings } from '../src/meetings/schema.ts';

const alert = (p: Page) => alertText(p.html);

describe(`personal data in an agenda (${testDb})`, () => {
  let app: TestApp;
  let sec: Client;

  before(async () => {
    app = await startTestApp();
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
  });
  after(async () => app?.close());

  const meeting = async (id: string) => (await app.database.db.query.meetings.findFirst({ where: eq(meetings.id, id) }))!;

  test('citizens’ e-mail addresses and phone numbers: listed for the secretary, masked for the public', async () => {
    const org = (await app.database.pool.query(`select id from organizations where slug = 'udsatteraadet'`)).rows[0].id;
    const created = await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', { 'rows.0.date': '2027-05-06', 'rows.0.start': '10:00' });
    assert.equal(created.status, 303, 'meeting planned');
    const id = (await app.database.pool.query(`select id from meetings where organization_id = $1 and start::date = '2027-05-06'`, [org])).rows[0].id as string;
    await sec.post(`/sekretariat/moeder/${id}/punkter`, { title: 'Henvendelse om bolig', presentation: 'Borgeren kan nås på 12 34 56 78 eller jens.borger@example.com. Regionen svarer fra post@rm.dk.' });
    const builder = strip((await sec.get(`/sekretariat/moeder/${id}`)).html);
    has(builder, /Personoplysninger, der skjules i den offentlige udgave \(2\)/);
    has(builder, /telefonnummer 12•+78 i "Sagsfremstilling"/);
    has(builder, /e-mailadresse je•+om i "Sagsfremstilling"/);
    assert.ok(!/post@rm\.dk i/.test(builder), 'the region’s own address is a public contact point');
    // Released, the public agenda has them masked.
    const released = await sec.post(`/sekretariat/moeder/${id}/frigiv`, { expectedVersion: String((await meeting(id)).version) });
    assert.equal(released.status, 303, alert(released));
    const agenda = await app.text(`/moeder/${id}/dagsorden`);
    assert.ok(agenda.includes('[telefonnummer skjult]') && agenda.includes('[e-mailadresse skjult]') && agenda.includes('post@rm.dk'));
    assert.ok(!agenda.includes('12 34 56 78') && !agenda.includes('jens.borger'));
  });

  test('a grant to an association names it by its CVR and P-number: the agenda can be released and the public reads them', async () => {
    const org = (await app.database.pool.query(`select id from organizations where slug = 'udsatteraadet'`)).rows[0].id;
    await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', { 'rows.0.date': '2027-05-20', 'rows.0.start': '10:00' });
    const id = (await app.database.pool.query(`select id from meetings where organization_id = $1 and start::date = '2027-05-20'`, [org])).rows[0].id as string;
    // Both numbers look like personal data: ten digits with a date in front (a CPR number), eight digits (a phone number).
    const text = 'Foreningen Varmestuen (CVR-nr. 29189919, P-nr. 1003388490) søger tilskud. Foreningens rådgivning har tlf. 70 20 12 01.';
    await sec.post(`/sekretariat/moeder/${id}/punkter`, { title: 'Tilskud til varmestue', presentation: text });
    const builder = strip((await sec.get(`/sekretariat/moeder/${id}`)).html);
    assert.ok(!/Personoplysninger, der skjules|CPR-nummer/.test(builder), builder);
    const released = await sec.post(`/sekretariat/moeder/${id}/frigiv`, { expectedVersion: String((await meeting(id)).version) });
    assert.equal(released.status, 303, alert(released));
    assert.ok((await app.text(`/moeder/${id}/dagsorden`)).includes(text));
  });
});
