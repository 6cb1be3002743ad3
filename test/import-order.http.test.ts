// An agenda and its minutes imported in either order, and a decision record (beslutningsprotokol:
// titles and decisions only) after the agenda: one meeting holding the case's text and the
// decisions. Neither document erases what only the other says, and the preview says what happens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { strip } from './helpers/html.ts';

const agenda = `DAGSORDEN Udvalg for lighed i sundhed d. 05-11-2026

Mødedato Torsdag d. 5. november 2026 kl. 13:00

Mødested Mødelokale 3, Regionshuset Viborg

Punkt 1: Pulje til sundhedsfremme for hjemløse

1-30-72-88-26

Sagsfremstilling

Puljen har 2 mio. kr. til tandpleje og fodterapi på herbergerne.

Indstilling

Direktionen indstiller,

at puljen udmøntes som beskrevet.

Bilag

Puljeopslag 2027

Punkt 2: Orientering om Præ-SPOR

1-30-72-89-26

Sagsfremstilling

Projektet er i sin baselineperiode.

Indstilling

Direktionen indstiller,

at orienteringen tages til efterretning.
`;

// What many municipalities publish after the meeting: the titles and the decisions, nothing else.
const record = `REFERAT Udvalg for lighed i sundhed d. 05-11-2026

Punkt 1: Pulje til sundhedsfremme for hjemløse

Beslutning

Godkendt.

Punkt 2: Orientering om Præ-SPOR

Beslutning

Taget til efterretning.

Mødet blev hævet kl. 14.10.
`;

const file = (text: string, name: string) => ({ blob: new Blob([text]), name });
const stagedId = (html: string) => /action="\/sekretariat\/import\/([0-9a-f-]{36})"/.exec(html)?.[1];

describe(`agenda and minutes in either order (${testDb})`, () => {
  let app: TestApp;
  let sec: Client;
  const importText = async (text: string, name: string) => {
    const preview = await sec.post('/sekretariat/import', { file: file(text, name), organization: '' });
    assert.equal(preview.status, 200, strip(preview.html).slice(0, 400));
    const done = await sec.post(`/sekretariat/import/${stagedId(preview.html)}`, {});
    assert.equal(done.status, 303);
    return { preview: strip(preview.html), result: done.location!.replace(/.*ok=/, ''), meetingId: /moeder\/([0-9a-f-]{36})/.exec(done.location!)![1]! };
  };
  const publicMinutes = async (meetingId: string) => strip(await app.text(`/moeder/${meetingId}/referat.txt`));

  before(async () => {
    app = await startTestApp();
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
  });
  after(() => app?.close());

  test('a decision record after the agenda adds the decisions and keeps the case text, case numbers and attachments', async () => {
    const first = await importText(agenda, 'dagsorden.txt');
    assert.equal(first.result, 'meeting_imported');
    const second = await importText(record, 'beslutningsprotokol.txt');
    assert.ok(second.preview.includes('Referatets tekst erstatter mødets, hvor begge har den. Afsnit, sagsnumre og bilag, som kun mødet har (fx fra dagsordenen), bliver stående.'));
    assert.equal(second.result, 'meeting_import_updated');
    assert.equal(second.meetingId, first.meetingId);
    const text = await publicMinutes(first.meetingId);
    for (const kept of ['1-30-72-88-26', 'Puljen har 2 mio. kr. til tandpleje', 'at puljen udmøntes som beskrevet.', 'Puljeopslag 2027', 'Godkendt.', 'Taget til efterretning.', 'Mødet blev hævet kl. 14.10.']) {
      assert.ok(text.includes(kept), `the minutes hold "${kept}"`);
    }
    assert.ok(text.indexOf('Puljen har 2 mio. kr.') < text.indexOf('Godkendt.'), 'the case text before the decision');
    // The case's path has the committee's decision, found by the agenda's case number.
    const item = await app.text(`/moeder/${first.meetingId}`);
    const itemHref = /href="(\/punkter\/[0-9a-f-]{36})">Punkt 1:/.exec(item)![1]!;
    assert.ok(strip(await app.text(itemHref)).includes('Vedtaget i Udvalg for lighed i sundhed'));
    // The same record again changes nothing.
    assert.equal((await importText(record, 'beslutningsprotokol.txt')).result, 'meeting_import_unchanged');
  });

  test('the agenda imported again after the minutes changes nothing, and the preview says why', async () => {
    const again = await importText(agenda, 'dagsorden.txt');
    assert.ok(again.preview.includes('Mødets referat findes allerede. Dagsordenen ændrer hverken beslutninger, fremmøde eller punkter'));
    assert.equal(again.result, 'meeting_import_unchanged');
    const text = await publicMinutes(again.meetingId);
    assert.ok(text.includes('Godkendt.') && text.includes('Mødet blev hævet kl. 14.10.'), 'the decisions and the closing time stay');
  });

  test('an item closed on the agenda stays closed when the decision record prints it as open: nothing of it is public or found', async () => {
    const closedAgenda = agenda.replaceAll('05-11-2026', '19-11-2026').replace('5. november', '19. november').replace('Punkt 2: Orientering om Præ-SPOR', 'Punkt 2: Lukket: Personalesag')
      .replaceAll('-26\n', '-28\n');
    const openRecord = record.replaceAll('05-11-2026', '19-11-2026').replace('Punkt 2: Orientering om Præ-SPOR', 'Punkt 2: Personalesag').replace('Taget til efterretning.', 'Afskedigelse af medarbejder Kvastholm godkendt.');
    await importText(closedAgenda, 'dagsorden.txt');
    const done = await importText(openRecord, 'beslutningsprotokol.txt');
    const text = await publicMinutes(done.meetingId);
    assert.ok(text.includes('Godkendt.'), 'the open item\'s decision is public');
    assert.ok(!text.includes('Kvastholm'), 'the closed item\'s decision is not');
    const found = await (await app.get('/api/search?q=Kvastholm')).json() as { total: number };
    assert.equal(found.total, 0);
  });

  test('an item withdrawn at the meeting: the minutes number the next one down, and its case text is still its own', async () => {
    const three = agenda.replaceAll('05-11-2026', '26-11-2026').replace('5. november', '26. november').replaceAll('-26\n', '-29\n')
      + '\nPunkt 3: Sundhedsprofil for socialt udsatte\n\n1-30-72-90-29\n\nSagsfremstilling\n\nProfilen bygger på 1.200 interview på herbergerne.\n';
    // The Præ-SPOR item was withdrawn: the decision record lists two items, the profile as number 2.
    const minutes = `REFERAT Udvalg for lighed i sundhed d. 26-11-2026\n\nPunkt 1: Pulje til sundhedsfremme for hjemløse\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Sundhedsprofil for socialt udsatte\n\nBeslutning\n\nProfilen blev drøftet.\n`;
    await importText(three, 'dagsorden.txt');
    const done = await importText(minutes, 'beslutningsprotokol.txt');
    const text = await publicMinutes(done.meetingId);
    const profile = text.slice(text.indexOf('Punkt 2:'));
    assert.ok(profile.startsWith('Punkt 2: Sundhedsprofil for socialt udsatte'), profile.slice(0, 80));
    assert.ok(profile.includes('Profilen bygger på 1.200 interview') && profile.includes('Profilen blev drøftet.'), 'its own case text with its decision');
    assert.ok(!profile.includes('Projektet er i sin baselineperiode'), 'nothing of the withdrawn item under its number');
    assert.ok(!text.includes('Punkt 3:'));
  });

  test('an extraordinary meeting the same afternoon is a meeting of its own; each one\'s minutes find it', async () => {
    const day = (text: string) => text.replaceAll('05-11-2026', '03-12-2026').replace('5. november', '3. december').replaceAll('-26\n', '-30\n');
    const ordinary = await importText(day(agenda), 'dagsorden.txt');
    const extraAgenda = `DAGSORDEN Udvalg for lighed i sundhed d. 03-12-2026\n\nMødedato Torsdag d. 3. december 2026 kl. 16:00\n\nMødested Regionshuset Viborg\n\nPunkt 1: Ekstraordinær sag om vinterberedskab for hjemløse\n\nSagsfremstilling\n\nKulden kræver flere nødovernatninger.\n`;
    const extra = await importText(extraAgenda, 'ekstraordinaer.txt');
    assert.equal(extra.result, 'meeting_imported');
    assert.notEqual(extra.meetingId, ordinary.meetingId);
    assert.ok(strip(await app.text(`/moeder/${ordinary.meetingId}`)).includes('Pulje til sundhedsfremme for hjemløse'), 'the ordinary meeting keeps its items');
    const extraMinutes = extraAgenda.replace('DAGSORDEN', 'REFERAT').replace('kl. 16:00', 'kl. 16:15') + '\nBeslutning\n\nGodkendt.\n';
    assert.equal((await importText(extraMinutes, 'referat-ekstra.txt')).meetingId, extra.meetingId);
    assert.equal((await importText(day(record), 'beslutningsprotokol.txt')).meetingId, ordinary.meetingId);
  });

  test('minutes copied from a web page without the items\' titles: each decision goes to its case on the agenda, whose titles and numbers stay', async () => {
    const day = (text: string) => text.replaceAll('05-11-2026', '10-12-2026').replace('5. november', '10. december').replaceAll('-26\n', '-31\n');
    const first = await importText(day(agenda), 'dagsorden.txt');
    // (The copy lists the cases in another order than the agenda: told apart by their case numbers.)
    const copy = 'Udvalg for lighed i sundhed - Referat\n\nMødedato: 10. december 2026 kl. 13:00\n\n' +
      'Sagsnr.: 1-30-72-89-31\n\nBeslutning\n\nTaget til efterretning.\n\nSagsnr.: 1-30-72-88-31\n\nBeslutning\n\nGodkendt.\n';
    const done = await importText(copy, 'referat-kopi.txt');
    assert.ok(done.preview.includes('Punkternes titler står ikke i dokumentet'), 'the secretary is told the titles are missing');
    assert.equal(done.preview.split('Titlen står ikke i dokumentet; Lighed har dannet den.').length - 1, 2, 'each made title is marked');
    assert.equal(done.result, 'meeting_import_updated');
    assert.equal(done.meetingId, first.meetingId);
    const text = await publicMinutes(first.meetingId);
    const pool = text.slice(text.indexOf('Punkt 1: Pulje til sundhedsfremme for hjemløse'), text.indexOf('Punkt 2: Orientering om Præ-SPOR'));
    assert.ok(pool.includes('Puljen har 2 mio. kr.') && pool.includes('Godkendt.') && !pool.includes('Taget til efterretning.'), pool);
    assert.ok(text.slice(text.indexOf('Punkt 2: Orientering om Præ-SPOR')).includes('Taget til efterretning.'));
    assert.ok(!/Punkt \d: Punkt|Punkt 3:/.test(text), 'no made-up titles, no items added');
  });

  test('the other order: the decision record first, then the agenda, gives the same minutes', async () => {
    const shift = (text: string) => text.replaceAll('05-11-2026', '12-11-2026').replace('5. november', '12. november').replaceAll('-26\n', '-27\n');
    const recordFirst = await importText(shift(record), 'beslutningsprotokol.txt');
    assert.equal(recordFirst.result, 'meeting_imported');
    const agendaAfter = await importText(shift(agenda), 'dagsorden.txt');
    assert.ok(agendaAfter.preview.includes('Mødets referat findes allerede.'));
    assert.equal(agendaAfter.result, 'meeting_import_updated', 'the agenda fills in the case text');
    const [entry] = (await app.database.pool.query(`select after from audit_log where command = 'importMeeting' and entity_id = $1 order by id desc limit 1`, [recordFirst.meetingId])).rows;
    assert.equal(entry.after.precedence, 'older', 'the audit log says the agenda only filled in');
    const text = await publicMinutes(recordFirst.meetingId);
    const first = await publicMinutes((await importText(agenda, 'dagsorden.txt')).meetingId);
    const body = (t: string) => t.slice(t.indexOf('Punkt 1:')).replaceAll('-27 ', '-26 ').replace(/\d{2}-11-2026/g, 'DATO');
    assert.equal(body(text).replace(/Side \d+ af \d+/g, ''), body(first).replace(/Side \d+ af \d+/g, ''));
  });
});
