// The secretariat's week, through HTTP as a browser without JavaScript would do it: plan →
// build → review → release → record → release minutes → approve, with each refusal on the way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn, type Page } from './helpers/client.ts';
import { alertText, has, strip } from './helpers/html.ts';
import { agendaItems } from '../src/agenda/schema.ts';
import { meetings } from '../src/meetings/schema.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { todayInCopenhagen } from '../src/shared/time.ts';
import { renderPdf } from '../src/documents/render/pdf.ts';

const ids = (html: string, re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))];
const alert = (p: Page) => alertText(p.html);
const yesterday = () => new Date(Date.parse(todayInCopenhagen()) - 86_400_000).toISOString().slice(0, 10);

describe(`secretariat workflow (${testDb})`, () => {
  let app: TestApp;
  let sec: Client;
  let meetingId: string;
  let futureId: string;
  /** A member recorded as not there for items 2 and 3. */
  let rows5Name = '';
  const item: Record<string, string> = {};

  before(async () => {
    app = await startTestApp();
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
  });
  after(async () => app?.close());

  const itemsOf = async (id: string) => app.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(agendaItems.position);
  const meeting = async (id: string) => (await app.database.db.query.meetings.findFirst({ where: eq(meetings.id, id) }))!;
  /** Search hits on the journey's meeting's notes ("… var mødeleder"). */
  const notesFound = async () => ((await (await app.get('/api/search?q=m%C3%B8deleder')).json()) as { results: { kind: string; meeting: string }[] }).results
    .filter((h) => h.kind === 'notes' && h.meeting.endsWith(meetingId)).length;

  test('meeting plan: a bad row re-renders the form with what was typed and creates nothing; a good plan creates all', async () => {
    const before = (await app.database.db.select().from(meetings)).length;
    const bad = await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', {
      'rows.0.date': yesterday(), 'rows.0.start': '10:00', 'rows.0.end': '12:00', 'rows.0.location': 'Regionshuset Viborg',
      'rows.2.date': '2027-03-04', 'rows.2.start': '14:00', 'rows.2.end': '13:00',
    });
    assert.equal(bad.status, 422);
    has(bad.html, /<a href="#f-rows-2-end" class="function-link">/, 'the summary links to the field in row 3');
    has(bad.html, /name="rows.0.location" value="Regionshuset Viborg"/, 'what was typed is kept');
    assert.equal((await app.database.db.select().from(meetings)).length, before, 'the good row of a refused plan is not created either');
    const ok = await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', {
      'rows.0.date': yesterday(), 'rows.0.start': '10:00', 'rows.0.end': '12:00', 'rows.0.location': 'Regionshuset Viborg, Skottenborg 26, 8800 Viborg',
      'rows.1.date': '2027-03-04', 'rows.1.start': '14:00', 'rows.1.end': '16:00', 'rows.1.location': 'Regionshuset Viborg, Skottenborg 26, 8800 Viborg',
    });
    assert.equal(ok.status, 303);
    const page = await sec.get('/sekretariat');
    // Meetings older than the four months shown are one link away: the body's list of every meeting.
    has(page.html, /<a href="\/organer\/udsatteraadet#moeder">Alle møder<\/a>/);
    has(await app.text('/organer/udsatteraadet'), /<h2 id="moeder">/);
    const found = ids(page.html, /\/sekretariat\/moeder\/([0-9a-f-]{36})/g);
    const rows = await Promise.all(found.map(meeting));
    meetingId = rows.find((m) => m.start < new Date() && m.state === 'planned')!.id;
    futureId = rows.find((m) => m.start.toISOString().startsWith('2027-03-04'))!.id;
    // The plan is public: on the body's page and in its calendar.
    has(strip(await app.text('/organer/udsatteraadet')), /04-03-2027 kl\. 14:00 — Planlagt/);
    has(await app.text('/organer/udsatteraadet/kalender.ics'), /DTSTART;TZID=Europe\/Copenhagen:20270304T140000/);
    // The same plan again is refused row by row.
    const again = await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', { 'rows.0.date': '2027-03-04', 'rows.0.start': '14:00' });
    assert.equal(again.status, 422);
    has(strip(again.html), /Der er allerede et møde 2027-03-04 kl\. 14:00/);
  });

  test('agenda building: recurring items, new items numbered between them, reordering', async () => {
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/faste-punkter`, {})).status, 303);
    for (const title of ['Høring om psykiatriplanen', 'Status på Præ-SPOR', 'Klage over behandling']) {
      assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/punkter`, { title, ...(title.startsWith('Klage') ? { closed: 'on' } : {}) })).status, 303);
    }
    let rows = await itemsOf(meetingId);
    assert.deepEqual(rows.map((r) => `${r.number} ${r.title}`), [
      '1 Velkomst', '2 Godkendelse af referat fra sidste møde', '3 Høring om psykiatriplanen', '4 Status på Præ-SPOR', '5 Klage over behandling', '6 Gensidig orientering', '7 Mødedeltagelse',
    ]);
    for (const r of rows) item[r.title] = r.id;
    assert.equal((await sec.post(`/sekretariat/punkter/${item['Status på Præ-SPOR']}/flyt`, { direction: 'up' })).status, 303);
    rows = await itemsOf(meetingId);
    assert.deepEqual(rows.slice(2, 4).map((r) => `${r.number} ${r.title}`), ['3 Status på Præ-SPOR', '4 Høring om psykiatriplanen']);
    // An item from a case takes its title, case number and a step on the case's path.
    const builder = await sec.get(`/sekretariat/moeder/${meetingId}`);
    const option = /<option value="([0-9a-f-]{36})"[^>]*>1-36-70-7-25 — ([^<]+)<\/option>/.exec(builder.html);
    assert.ok(option, 'the body’s cases are offered');
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/punkter`, { caseId: option[1]!, title: '' })).status, 303);
    const fromCase = (await itemsOf(meetingId)).find((r) => r.caseId === option[1]);
    assert.equal(fromCase?.title, option[2]!.replace(/&amp;/g, '&'));
    assert.equal(fromCase?.caseNumber, '1-36-70-7-25');
    assert.equal((await sec.post(`/sekretariat/punkter/${fromCase!.id}/slet`, {})).status, 303, 'and can be removed again while planning');
    const blank = await sec.post(`/sekretariat/moeder/${meetingId}/punkter`, { title: '  ', caseNumber: '1-00-14-22' });
    assert.equal(blank.status, 422);
    has(blank.html, /id="error-summary"[\s\S]*href="#f-title"/, 'the error summary links to the title field');
    has(blank.html, /name="caseNumber" type="text" value="1-00-14-22"/);
    assert.equal((await itemsOf(meetingId)).length, 7, 'nothing was added');
  });

  test('editing an item: structured sections saved; a second editor with an old version is refused with what changed, nothing lost', async () => {
    const id = item['Høring om psykiatriplanen']!;
    const form = await sec.get(`/sekretariat/punkter/${id}`);
    const version = /name="expectedVersion" value="(\d+)"/.exec(form.html)![1]!;
    const first = await sec.post(`/sekretariat/punkter/${id}`, {
      expectedVersion: version, title: 'Høring om psykiatriplanen', caseNumber: '1-30-72-1-26',
      summary: 'Udsatterådet høres om psykiatriplanen.', proposer: 'Direktionen',
      clauses: 'at Udsatterådet afgiver høringssvar,\n\nat høringssvaret sendes til regionsrådet.',
      presentation: 'Planen beskriver indsatsen for borgere i udsatte positioner.', financial: 'Ingen.',
    });
    assert.equal(first.status, 303);
    const second = await sec.post(`/sekretariat/punkter/${id}`, { expectedVersion: version, title: 'Høring om psykiatriplan (kladde)', summary: 'Min egen tekst' });
    assert.equal(second.status, 409);
    const text = strip(second.html);
    has(text, /En anden har gemt punktet/);
    has(second.html, /Min egen tekst<\/textarea>/, "the second editor's text is still in the form");
    has(text, /Udsatterådet høres om psykiatriplanen\./, 'and the first editor’s text is shown as what changed');
    const [row] = (await itemsOf(meetingId)).filter((r) => r.id === id);
    assert.equal(row!.title, 'Høring om psykiatriplanen', 'the first save stands');
  });

  test('release is refused with the list of problems: empty clause, closed item without reason, failed attachment, CPR number', async () => {
    const prae = item['Status på Præ-SPOR']!;
    let form = await sec.get(`/sekretariat/punkter/${prae}`);
    await sec.post(`/sekretariat/punkter/${prae}`, {
      expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(form.html)![1]!, title: 'Status på Præ-SPOR', proposer: 'Direktionen',
      clauses: 'at orienteringen tages til efterretning\nat', presentation: 'Borgeren med cpr-nr. 010203-1234 er fulgt i projektet.',
    });
    form = await sec.get(`/sekretariat/punkter/${prae}`);
    const upload = await sec.post(`/sekretariat/punkter/${prae}/bilag`, { name: 'Statusnotat', file: { blob: new Blob(['dette er ikke en pdf']), name: 'status.pdf' } });
    assert.equal(upload.status, 303);
    assert.match(upload.location!, /ok=attachment_failed_check/);
    const refused = await sec.post(`/sekretariat/moeder/${meetingId}/frigiv`, {});
    assert.equal(refused.status, 422);
    const text = alert(refused);
    has(text, /Dagsordenen kan ikke frigives: 4 problem/);
    has(text, /Punkt 3: At-punkt 2 i "Indstilling" er tomt/);
    has(text, /Punkt 3: Et CPR-nummer \(01•+34\) står i "Sagsfremstilling"/);
    has(text, /Punkt 3: Bilaget "Statusnotat" fejlede kontrollen: Filtypen kendes ikke/);
    has(text, /Punkt 5: Lukket punkt uden begrundelse/);
    assert.doesNotMatch(refused.html, /010203-1234/, 'the page never repeats the CPR number');
    assert.equal((await meeting(meetingId)).state, 'planned');
  });

  test('after fixing, the draft goes to review (named reviewers see "Ikke frigivet version"), then release', async () => {
    const prae = item['Status på Præ-SPOR']!;
    const form = await sec.get(`/sekretariat/punkter/${prae}`);
    await sec.post(`/sekretariat/punkter/${prae}`, {
      expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(form.html)![1]!, title: 'Status på Præ-SPOR', proposer: 'Direktionen',
      clauses: 'at orienteringen tages til efterretning', presentation: 'Projektet er i baselineperioden.',
    });
    const fileId = /\/sekretariat\/punkter\/[0-9a-f-]+\/bilag\/([0-9a-f-]{36})\/slet/.exec(form.html)![1]!;
    assert.equal((await sec.post(`/sekretariat/punkter/${prae}/bilag/${fileId}/slet`, {})).status, 303);
    const pdf = await renderPdf({ kind: 'agenda', audience: 'public', draft: false, organization: 'Udsatterådet', date: '2026-11-01', start: null, location: null, items: [], absent: [], attendanceRecorded: false, closedAt: null, addenda: [] });
    assert.match((await sec.post(`/sekretariat/punkter/${prae}/bilag`, { name: 'Statusnotat', file: { blob: new Blob([new Uint8Array(pdf)]), name: 'status.pdf' } })).location!, /ok=attachment_added/);
    const closed = item['Klage over behandling']!;
    const cform = await sec.get(`/sekretariat/punkter/${closed}`);
    await sec.post(`/sekretariat/punkter/${closed}`, { expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(cform.html)![1]!, title: 'Klage over behandling', closed: 'on', closedReason: 'Personoplysninger', presentation: 'Klagerens navn og forløb.' });

    // Review: the member is named, sees the draft; the public and the observer do not.
    const member = await signIn(app.url, 'forening@lighed.demo');
    const builder = await sec.get(`/sekretariat/moeder/${meetingId}`);
    const reviewerId = /name="reviewer\.([0-9a-f-]{36})"[^>]*>\s*<label[^>]*>[^<]*forening@lighed\.demo/.exec(builder.html)?.[1] ?? ids(builder.html, /name="reviewer\.([0-9a-f-]{36})"/g)[0]!;
    assert.equal((await member.get(`/moeder/${meetingId}/dagsorden`)).status, 404, 'not before being asked');
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/gennemsyn`, { [`reviewer.${reviewerId}`]: 'on' })).status, 303);
    const draft = await member.get(`/moeder/${meetingId}/dagsorden`);
    assert.equal(draft.status, 200);
    has(strip(draft.html), /Ikke frigivet version/);
    has(strip((await member.get('/mit')).html), /Udkast til gennemsyn/);
    assert.equal((await new Client(app.url).get(`/moeder/${meetingId}/dagsorden`)).status, 404);
    assert.doesNotMatch(strip(await app.text(`/moeder/${meetingId}`)), /Høring om psykiatriplanen/);

    const released = await sec.post(`/sekretariat/moeder/${meetingId}/frigiv`, {});
    assert.equal(released.status, 303, alert(released));
    assert.equal((await meeting(meetingId)).state, 'agenda_released');
    const publicPage = strip(await app.text(`/moeder/${meetingId}`));
    has(publicPage, /Høring om psykiatriplanen/);
    has(publicPage, /Lukket punkt: Klage over behandling/, 'the closed title, as the council allows');
    assert.doesNotMatch(publicPage, /Klagerens navn/);
    has(strip((await member.get(`/moeder/${meetingId}`)).html), /Klagerens navn og forløb/, 'members read closed content');
    const observer = await signIn(app.url, 'observatoer@lighed.demo');
    assert.doesNotMatch(strip((await observer.get(`/moeder/${meetingId}`)).html), /Klagerens navn/, 'observers do not');
    // The attachment of an open item is public once released.
    const file = /href="\/bilag\/([0-9a-f-]{36})"/.exec(await app.text(`/punkter/${item['Status på Præ-SPOR']}`))?.[1];
    assert.ok(file, 'the open item links its attachment');
    const res = await app.get(`/bilag/${file}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
  });

  test('after release: a change needs a note; an added item is a tillægsdagsorden; both show as versions', async () => {
    const id = item['Høring om psykiatriplanen']!;
    const form = await sec.get(`/sekretariat/punkter/${id}`);
    const version = /name="expectedVersion" value="(\d+)"/.exec(form.html)![1]!;
    const fields = { expectedVersion: version, title: 'Høring om psykiatriplanen', proposer: 'Direktionen', clauses: 'at Udsatterådet afgiver høringssvar\nat høringssvaret sendes til regionsrådet', summary: 'Udsatterådet høres om psykiatriplanen 2027.' };
    const noNote = await sec.post(`/sekretariat/punkter/${id}`, fields);
    assert.equal(noNote.status, 422);
    has(noNote.html, /href="#f-changeNote"/);
    assert.equal((await sec.post(`/sekretariat/punkter/${id}`, { ...fields, changeNote: 'Årstal rettet i resumeet' })).status, 303);
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/punkter`, { title: 'Orientering om vinterberedskab' })).status, 303);
    const rows = await itemsOf(meetingId);
    assert.equal(rows.at(-1)!.title, 'Orientering om vinterberedskab', 'added at the end: numbers already sent out stay');
    assert.equal(rows.at(-1)!.number, '8');
    assert.equal(rows.at(-1)!.supplementary, true);
    const builder = strip((await sec.get(`/sekretariat/moeder/${meetingId}`)).html);
    has(builder, /Årstal rettet i resumeet/);
    has(builder, /Tillægsdagsorden: punkt 8 "Orientering om vinterberedskab" tilføjet/);
    // The public sees the added item marked; members also see the change notes.
    const pub = strip(await app.text(`/moeder/${meetingId}`));
    has(pub, /Punkt 8: Orientering om vinterberedskab Tillægsdagsorden: punktet er tilføjet efter udsendelsen\./);
    assert.ok(!pub.includes('Årstal rettet'), 'change notes are for members');
    const member = await signIn(app.url, 'forening@lighed.demo');
    has(strip((await member.get(`/moeder/${meetingId}`)).html), /Ændringer efter frigivelsen .*Årstal rettet i resumeet/);
  });

  test('recording: attendance, decisions per clause with dissent and conflict; decisions stay private until the minutes are out', async () => {
    const rec = await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`);
    assert.equal(rec.status, 200);
    const rows = [...rec.html.matchAll(/name="a\.(\d+)\.personId" value="([0-9a-f-]{36})"\s*\/?><input type="hidden" name="a\.\d+\.name" value="([^"]+)"/g)].map((m) => ({ i: m[1]!, personId: m[2]!, name: m[3]! }));
    assert.ok(rows.length >= 10, `the council's members are listed (${rows.length})`);
    const absent = rows[1]!;
    const fields: Record<string, string> = {};
    for (const r of rows) Object.assign(fields, { [`a.${r.i}.personId`]: r.personId, [`a.${r.i}.name`]: r.name, [`a.${r.i}.status`]: r === absent ? 'absent_with_notice' : 'present' });
    const extra = rows.length;
    Object.assign(fields, { [`a.${extra}.name`]: 'Per Ravn', [`a.${extra}.status`]: 'present', [`a.${extra}.substituteFor`]: absent.personId, [`a.${rows[2]!.i}.left`]: '4' });
    // Not there for some items: numbers the secretary can type as they come.
    rows5Name = rows[5]!.name;
    const badList = await sec.post(`/sekretariat/moeder/${meetingId}/fremmoede`, { ...fields, [`a.${rows[5]!.i}.notFor`]: '2, tre' });
    assert.equal(badList.status, 422, 'a list that is not item numbers is refused');
    // Said at the field, in Danish, with what was typed (and the rest of the form) kept.
    has(badList.html, new RegExp(`href="#f-a-${rows[5]!.i}-notFor"[^>]*>Skriv punkternes numre adskilt af komma`));
    has(badList.html, new RegExp(`name="a\\.${rows[5]!.i}\\.notFor" value="2, tre"`));
    has(badList.html, new RegExp(`name="a\\.${rows[2]!.i}\\.left" value="4"`));
    // One item a field, by a number the agenda has ("4", or "4.a" where it has one), refused at the field otherwise.
    const notAnItem = await sec.post(`/sekretariat/moeder/${meetingId}/fremmoede`, { ...fields, [`a.${rows[3]!.i}.arrived`]: 'fire' });
    assert.equal(notAnItem.status, 422, 'an item that is not a number is refused');
    has(notAnItem.html, new RegExp(`href="#f-a-${rows[3]!.i}-arrived"[^>]*>Skriv punktets nummer`));
    const unknownItem = await sec.post(`/sekretariat/moeder/${meetingId}/fremmoede`, { ...fields, [`a.${rows[3]!.i}.arrived`]: '4b' });
    assert.equal(unknownItem.status, 422, 'an item the agenda does not have is refused');
    has(unknownItem.html, new RegExp(`href="#f-a-${rows[3]!.i}-arrived"[^>]*>Dagsordenen har intet punkt 4b`));
    has(unknownItem.html, new RegExp(`name="a\\.${rows[3]!.i}\\.arrived" value="4b"`));
    // A tampered or stale choice of person is refused in words, not with a server error.
    const stranger = await sec.post(`/sekretariat/moeder/${meetingId}/fremmoede`, { ...fields, [`a.${extra}.substituteFor`]: '00000000-0000-4000-8000-000000000000' });
    assert.equal(stranger.status, 422, 'a person who does not exist is refused');
    has(stranger.html, /En af de valgte personer findes ikke/);
    const self = await sec.post(`/sekretariat/moeder/${meetingId}/fremmoede`, { ...fields, [`a.${rows[6]!.i}.substituteFor`]: rows[6]!.personId });
    assert.equal(self.status, 422, 'nobody stands in for themselves');
    has(self.html, /En stedfortræder kan ikke møde for sig selv/);
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/fremmoede`, { ...fields, [`a.${rows[5]!.i}.notFor`]: '3, 5 og 2' })).status, 303);
    has((await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`)).html, new RegExp(`name="a\\.${rows[5]!.i}\\.notFor" value="2, 3, 5"`));

    // Notes on the meeting, one a line (blank lines and stray spaces dropped); a citizen's phone number among them.
    const notesForm = (await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`)).html;
    const notesVersion = /action="\/sekretariat\/moeder\/[0-9a-f-]+\/bemaerkninger"[\s\S]*?name="expectedVersion" value="(\d+)"/.exec(notesForm)![1]!;
    const notes = await sec.post(`/sekretariat/moeder/${meetingId}/bemaerkninger`, {
      expectedVersion: notesVersion, notes: `  ${absent.name.split(' ')[0]} Holm var mødeleder.\r\n\r\nPunkt 4 blev behandlet først.   Borgeren kan nås på 12 34 56 78.\r\n`,
    });
    assert.equal(notes.status, 303, alert(notes));
    has((await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`)).html, /<textarea[^>]*name="notes"[^>]*>[^<]*Holm var mødeleder\.\nPunkt 4 blev behandlet først\. Borgeren kan nås på 12 34 56 78\.<\/textarea>/);
    // A second secretary with the page from before is refused, and what they typed is kept.
    const stale = await sec.post(`/sekretariat/moeder/${meetingId}/bemaerkninger`, { expectedVersion: notesVersion, notes: 'Mødet foregik online.' });
    assert.equal(stale.status, 422, 'an old version of the form is refused');
    has(stale.html, /<textarea[^>]*name="notes"[^>]*>Mødet foregik online\.<\/textarea>/);
    // Part of the minutes: not shown before they are released, nor who was away.
    const before = strip(await app.text(`/moeder/${meetingId}`));
    assert.doesNotMatch(before, /mødeleder|Bemærkninger til mødet/);
    assert.equal(await notesFound(), 0, 'nor found by search');
    assert.doesNotMatch(before, new RegExp(`Fraværende: [^.]*${absent.name}`));

    const hoering = item['Høring om psykiatriplanen']!;
    const dform = await sec.get(`/sekretariat/punkter/${hoering}/beslutning`);
    const version = /name="expectedVersion" value="(\d+)"/.exec(dform.html)![1]!;
    const dissenter = rows[3]!;
    const conflicted = rows[4]!;
    const saved = await sec.post(`/sekretariat/punkter/${hoering}/beslutning`, {
      expectedVersion: version, 'o.0.outcome': 'approved', 'o.1.outcome': 'amended', 'o.1.amendedText': 'at høringssvaret sendes til regionsrådet og sundhedsrådene',
      note: 'Rådet lagde vægt på opsøgende indsatser.',
      's.0.personId': dissenter.personId, 's.0.kind': 'dissent', 's.0.text': 'Planen gør for lidt for hjemløse.',
      's.1.personId': conflicted.personId, 's.1.kind': 'conflict',
    });
    assert.equal(saved.status, 303, alert(saved));
    // Opening the decision again shows what was recorded, free text included: saving again loses nothing.
    const reopened = await sec.get(`/sekretariat/punkter/${hoering}/beslutning`);
    has(reopened.html, /Rådet lagde vægt på opsøgende indsatser\.<\/textarea>/);
    has(reopened.html, /name="o\.1\.outcome" value="amended" checked/);
    has(reopened.html, /Planen gør for lidt for hjemløse\./);
    // An amended clause without its new wording is refused and the form keeps the choices.
    const prae = item['Status på Præ-SPOR']!;
    const pform = await sec.get(`/sekretariat/punkter/${prae}/beslutning`);
    const bad = await sec.post(`/sekretariat/punkter/${prae}/beslutning`, { expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(pform.html)![1]!, 'o.0.outcome': 'amended' });
    assert.equal(bad.status, 422);
    has(bad.html, /value="amended" checked/);
    assert.equal((await sec.post(`/sekretariat/punkter/${prae}/beslutning`, { expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(pform.html)![1]!, 'o.0.outcome': 'noted' })).status, 303);

    const publicItem = strip(await app.text(`/punkter/${hoering}`));
    assert.doesNotMatch(publicItem, /godkendte/, 'no decision on the public page before the minutes are released');
    assert.doesNotMatch(strip(await app.text(`/moeder/${meetingId}`)), /Rådet lagde vægt/);
    assert.equal((await app.get(`/moeder/${meetingId}/referat`)).status, 404);
    // The secretary previews the minutes being written, from the link on the recording page.
    const link = /<a href="(\/moeder\/[0-9a-f-]+\/referat)">Se referatet<\/a>/.exec((await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`)).html);
    assert.ok(link, 'the recording page links to the minutes');
    const preview = await sec.get(link[1]!);
    assert.equal(preview.status, 200);
    has(strip(preview.html), /Ikke frigivet version.*Rådet lagde vægt på opsøgende indsatser\./);
    assert.equal((await sec.get(`${link[1]}.txt`)).status, 200);
  });

  test('minutes: refused without a closing time and undecided clauses; then released in the Danish order of seed 001', async () => {
    // Close first (the meeting was yesterday), then the remaining items without clauses need no decision.
    const early = await sec.post(`/sekretariat/moeder/${meetingId}/afslut`, { adjournedAt: '09:00' });
    assert.equal(early.status, 422, 'closing before the start is refused');
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/afslut`, { adjournedAt: '11:30' })).status, 303);
    const refused = await sec.post(`/sekretariat/moeder/${meetingId}/frigiv-referat`, {});
    assert.equal(refused.status, 422);
    has(alert(refused), /Punkt 2: Beslutningen mangler/, 'the previous-minutes item has a clause and no decision');
    const prev = (await itemsOf(meetingId)).find((r) => r.kind === 'previous_minutes')!;
    const f = await sec.get(`/sekretariat/punkter/${prev.id}/beslutning`);
    const clauses = (f.html.match(/name="o\.\d+\.outcome" value="approved"/g) ?? []).length;
    await sec.post(`/sekretariat/punkter/${prev.id}/beslutning`, { expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(f.html)![1]!, ...(clauses ? { 'o.0.outcome': 'approved' } : {}) });
    const ok = await sec.post(`/sekretariat/moeder/${meetingId}/frigiv-referat`, {});
    assert.equal(ok.status, 303, alert(ok));

    const text = await app.text(`/moeder/${meetingId}/referat.txt`);
    const lines = text.trim().split('\n\n').map((l) => l.trim());
    has(lines[0]!, /^REFERAT Udsatterådet d\. \d\d-\d\d-\d{4}$/);
    has(lines[1]!, /^Mødedato \S+ d\. \d+\. \S+ \d{4} kl\. 10:00$/);
    const h = lines.indexOf('Punkt 4: Høring om psykiatriplanen');
    assert.ok(h > 0, 'items as "Punkt N: title"');
    assert.deepEqual(lines.slice(h, h + 3), ['Punkt 4: Høring om psykiatriplanen', 'Resume', 'Udsatterådet høres om psykiatriplanen 2027.']);
    const d = lines.indexOf('Beslutning', h);
    assert.deepEqual(lines.slice(d, d + 8), [
      'Beslutning',
      'Udsatterådet godkendte,', 'at Udsatterådet afgiver høringssvar.',
      'Udsatterådet godkendte med ændringer,', 'at høringssvaret sendes til regionsrådet og sundhedsrådene.',
      'Rådet lagde vægt på opsøgende indsatser.',
      lines[d + 6]!, lines[d + 7]!,
    ]);
    has(lines[d + 6]!, /deltog ikke i behandlingen af punktet på grund af inhabilitet\.$/);
    has(lines[d + 7]!, /kunne ikke tiltræde beslutningen\. .* ønskede følgende ført til protokols: Planen gør for lidt for hjemløse\.$/);
    assert.ok(lines.includes('Punkt 7: Mødedeltagelse'));
    assert.ok(lines.some((l) => /^Alle var mødt, undtagen [^.]+\.$/.test(l)));
    assert.ok(lines.includes('Per Ravn deltog som stedfortræder for ' + lines.find((l) => l.startsWith('Alle var mødt, undtagen '))!.replace('Alle var mødt, undtagen ', '').replace(/\.$/, '') + '.'));
    // (Item 5 is closed: that someone was not there for it is not said in public.)
    assert.ok(lines.includes(`${rows5Name} deltog ikke i behandlingen af punkt 2 og 3.`), 'who was not there for some items');
    // The notes with the meeting's facts, masked for the public, and read back from the text.
    const b = lines.indexOf('Bemærkninger');
    assert.ok(b > 1 && b < lines.indexOf('Indholdsfortegnelse'), 'the notes are with the meeting\'s facts');
    has(lines[b + 1]!, /^\S+ Holm var mødeleder\.$/);
    assert.equal(lines[b + 2], 'Punkt 4 blev behandlet først. Borgeren kan nås på [telefonnummer skjult].');
    has(strip(await app.text(`/moeder/${meetingId}`)), /Bemærkninger til mødet \S+ Holm var mødeleder\. Punkt 4 blev behandlet først\. Borgeren kan nås på \[telefonnummer skjult\]\./);
    assert.equal(await notesFound(), 1, 'the released notes are found by search');
    assert.equal(lines.at(-1), 'Mødet blev hævet kl. 11.30.');
    assert.doesNotMatch(text, /Klagerens navn/, 'the public minutes leave closed content out');
    // The importer reads the generated minutes back into the same structure.
    const parsed = parseMeetingText(text);
    assert.equal(parsed.kind, 'minutes');
    assert.equal(parsed.closedAt, '11:30');
    const p4 = parsed.items.find((i) => i.number === '4')!;
    assert.deepEqual(p4.decisionClauses.map((c) => c.outcome), ['approved', 'amended']);
    assert.equal(parsed.absent.length, 1);
    assert.deepEqual(parsed.notes, lines.slice(b + 1, b + 3));
    // Released minutes change only with a note saying why.
    const form = (await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`)).html;
    const version = /action="\/sekretariat\/moeder\/[0-9a-f-]+\/bemaerkninger"[\s\S]*?name="expectedVersion" value="(\d+)"/.exec(form)![1]!;
    const noReason = await sec.post(`/sekretariat/moeder/${meetingId}/bemaerkninger`, { expectedVersion: version, notes: `${lines[b + 1]}\nPunkt 4 blev behandlet først.` });
    assert.equal(noReason.status, 422);
    has(noReason.html, /href="#f-notesChangeNote"/);
    const fixed = await sec.post(`/sekretariat/moeder/${meetingId}/bemaerkninger`, { expectedVersion: version, notes: `${lines[b + 1]}\nPunkt 4 blev behandlet først.`, notesChangeNote: 'Telefonnummer fjernet' });
    assert.equal(fixed.status, 303, alert(fixed));
    const again = await app.text(`/moeder/${meetingId}/referat.txt`);
    assert.ok(again.includes('\n\nPunkt 4 blev behandlet først.\n\n') && !again.includes('telefonnummer'), 'the corrected notes are published');
    has(strip((await sec.get(`/sekretariat/moeder/${meetingId}`)).html), /Telefonnummer fjernet/, 'the change note is kept with the version');
  });

  test('approval: each member approves with a timestamp; the body approves and the minutes lock; then only addenda', async () => {
    const member = await signIn(app.url, 'forening@lighed.demo');
    has(strip((await member.get('/mit')).html), /Referater, der venter på din godkendelse Referat Udsatterådet/);
    assert.equal((await member.post(`/moeder/${meetingId}/referat/godkend`, {})).status, 303);
    has(strip((await member.get(`/moeder/${meetingId}`)).html), /Du godkendte referatet \d\d-\d\d-\d{4} kl\. \d\d:\d\d/);
    has(strip((await member.get('/mit')).html), /Ingen referater venter på dig/);
    has(strip((await sec.get(`/sekretariat/moeder/${meetingId}/afvikling`)).html), /Medlemmernes godkendelser .*\d\d-\d\d-\d{4} kl\. \d\d:\d\d/);
    // A member cannot lock the minutes; the secretary records the body's approval.
    assert.equal((await member.post(`/sekretariat/moeder/${meetingId}/godkend-referat`, {})).status, 403);
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/godkend-referat`, {})).status, 303);
    assert.equal((await meeting(meetingId)).state, 'minutes_approved');
    const id = item['Høring om psykiatriplanen']!;
    const locked = await sec.post(`/sekretariat/punkter/${id}`, { expectedVersion: '99', title: 'Ændret', changeNote: 'x' });
    assert.equal(locked.status, 422);
    has(strip(locked.html), /Referatet er godkendt og låst/);
    assert.equal((await sec.post(`/sekretariat/moeder/${meetingId}/tilfoejelse`, { text: 'Per Ravns efternavn er rettet.' })).status, 303);
    const text = await app.text(`/moeder/${meetingId}/referat.txt`);
    has(text, /Tilføjelse til referatet \d\d-\d\d-\d{4}\n\nPer Ravns efternavn er rettet\./);
  });

  test('the next meeting: moving an item there keeps its history; the audit log shows every step to administrators only', async () => {
    assert.equal((await sec.post(`/sekretariat/moeder/${futureId}/faste-punkter`, {})).status, 303);
    const prev = (await itemsOf(futureId)).find((r) => r.kind === 'previous_minutes')!;
    assert.equal(prev.refersToMeetingId, meetingId, '"Godkendelse af referat" points at the last meeting');
    has(strip((await sec.get(`/moeder/${futureId}`)).html), /Referat fra mødet \d\d-\d\d-\d{4}/, 'and links to its minutes');
    assert.equal((await sec.post(`/sekretariat/moeder/${futureId}/punkter`, { title: 'Flyttes til senere' })).status, 303);
    const toMove = (await itemsOf(futureId)).find((r) => r.title === 'Flyttes til senere')!;
    await sec.post('/sekretariat/organer/udsatteraadet/moedeplan', { 'rows.0.date': '2027-04-08', 'rows.0.start': '14:00' });
    const later = (await app.database.db.select().from(meetings)).find((m) => m.start.toISOString().startsWith('2027-04-08'))!;
    const form = await sec.get(`/sekretariat/punkter/${toMove.id}`);
    has(form.html, new RegExp(`<option value="${later.id}"`), 'the later meeting as a move target');
    assert.equal((await sec.post(`/sekretariat/punkter/${toMove.id}/flyt-til-moede`, { targetMeetingId: later.id })).status, 303);
    const moved = (await itemsOf(later.id)).find((r) => r.title === 'Flyttes til senere')!;
    assert.equal(moved.id, toMove.id, 'the same item, so its history follows it');
    assert.equal(moved.number, '1');
    assert.ok(!(await itemsOf(futureId)).some((r) => r.id === toMove.id));
    assert.equal((await sec.get('/admin/log')).status, 403, 'secretaries do not read the audit log');
    const admin = await signIn(app.url, 'admin@lighed.demo');
    const log = strip((await admin.get('/admin/log')).html);
    for (const command of ['Mødeplan gemt · organ', 'Punkt tilføjet · punkt', 'Punkt rettet · punkt', 'Dagsorden frigivet · møde', 'Beslutning registreret · punkt', 'Referat frigivet · møde', 'Referat godkendt af medlem · møde', 'Referat godkendt og låst · møde', 'Tilføjelse til referat · møde']) {
      assert.ok(log.includes(command), `${command} in the audit log`);
    }
    const history = strip((await admin.get(`/admin/log?id=${moved.id}`)).html);
    has(history, /Punkt tilføjet · punkt/);
    has(history, /Punkt flyttet til andet møde · punkt/);
    // Filtered by who and by what kind of change; the choices are offered by name and label.
    const page = (await admin.get('/admin/log')).html;
    assert.match(page, /<option value="Demo Sekretær">Demo Sekretær<\/option>/);
    assert.match(page, /<option value="releaseAgenda">Dagsorden frigivet<\/option>/);
    const released = strip((await admin.get('/admin/log?hvem=Demo%20Sekret%C3%A6r&hvad=releaseAgenda')).html);
    has(released, /Dagsorden frigivet · møde/);
    assert.doesNotMatch(released, /Punkt tilføjet · punkt|Logget ind · bruger/, 'only that kind of change');
    assert.match((await admin.get('/admin/log?hvad=releaseAgenda')).html, /<option value="releaseAgenda" selected="">/);
    has(strip((await admin.get('/admin/log?hvem=Ingen%20s%C3%A5dan')).html), /Ingen ændringer passer til det valgte\./);
  });
});
