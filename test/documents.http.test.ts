// Agendas and minutes as the public gets them: HTML, text and PDF, the round trip through the
// importer, closed items and personal data kept out, caching.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { strip } from './helpers/html.ts';
import { signIn } from './helpers/client.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { extractPdfText } from '../src/documents/pdf-text.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { importMeeting } from '../src/documents/import-meeting.ts';
import { organizations } from '../src/bodies/schema.ts';

const seed001 = readFileSync(new URL('../demo/seeds/001_0540b28be77e626e.txt', import.meta.url), 'utf8');
const comparable = (m: ReturnType<typeof parseMeetingText>) => ({ ...m, warnings: [] });

const closedText = `REFERAT Udvalg for lighed i sundhed d. 10-09-2025

Mødedato Onsdag d. 10. september 2025 kl. 09:00

Mødested Konferencelokalet, Regionshuset Viborg

Punkt 1: Borgerhenvendelse om adgang til behandling

1-00-14-22

Sagsfremstilling

En borger (CPR 010190-1234, tlf. 12 34 56 78, jens.hansen@gmail.com) har skrevet til udvalget. Hendes ægtefælle (CPR 020290\u20115678, tlf.\u00A087\u00A065\u00A043\u00A021) støtter henvendelsen. Svar sendes fra post@rm.dk.

Beslutning

Udvalget tog henvendelsen til efterretning.

Punkt 2: Lukket: Personalesag vedrørende sekretariatet

1-00-14-23

Sagsfremstilling

HEMMELIG-TEKST-FRA-LUKKET-PUNKT om en medarbejder.

Beslutning

HEMMELIG-BESLUTNING godkendt.

Bo Inhabilsen deltog ikke i sagens behandling.

Bilag

HEMMELIGT-BILAG

Mødet blev hævet kl. 10.15.`;

/** The fields of the form posting to a path ending in `action`, as a browser would send them unchanged. */
function formFields(html: string, action: string): Record<string, string> {
  const start = html.search(new RegExp(`action="[^"]*${action}"`));
  const form = html.slice(start, html.indexOf('</form>', start));
  const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const out: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(tag)?.[1];
    if (name && name !== '_csrf') out[name] = decode(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  for (const [, name, options] of form.matchAll(/<select\b[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    out[name!] = decode((/<option value="([^"]*)" selected/.exec(options!) ?? /<option value="([^"]*)"/.exec(options!))?.[1] ?? '');
  }
  return out;
}

describe(`agenda and minutes documents (${testDb})`, () => {
  let app: TestApp;
  let committeeMeeting: string;
  let closedMeeting: string;
  before(async () => {
    app = await startTestApp();
    const org = await app.text('/organer/udvalg-for-lighed-i-sundhed');
    committeeMeeting = /href="\/moeder\/([0-9a-f-]{36})"/.exec(org)![1]!;
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(closedText) });
    closedMeeting = r.meetingId;
    assert.deepEqual(r.findings.map((f) => f.kind), ['cpr', 'phone', 'email', 'cpr', 'phone'], "both citizens' CPR and phone numbers and the e-mail are listed for the secretary; post@rm.dk is not");
  });
  after(async () => app?.close());

  test('the minutes of 27-08-2025 as text read back into the same meeting as seed 001', async () => {
    const res = await app.get(`/moeder/${committeeMeeting}/referat.txt`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    const text = await res.text();
    assert.ok(text.startsWith('\n\nREFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nMødedato Onsdag d. 27. august 2025 kl. 09:00'));
    assert.deepEqual(comparable(parseMeetingText(text)), comparable(parseMeetingText(seed001)));
  });

  test('the minutes as PDF: tagged, Danish, page X of Y, and they import back into the same meeting', async () => {
    const res = await app.get(`/moeder/${committeeMeeting}/referat.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const raw = Buffer.from(pdf).toString('latin1');
    assert.ok(raw.startsWith('%PDF-'));
    assert.match(raw, /\/Lang \(da-DK\)/);
    assert.match(raw, /\/MarkInfo/);
    const { text, pages } = await extractPdfText(pdf, 'referat.pdf');
    assert.equal(pages, 10);
    assert.deepEqual(comparable(parseMeetingText(text)), comparable(parseMeetingText(seed001)));
    // pdftoppm turns it into pages a person can look at.
    const dir = mkdtempSync(join(tmpdir(), 'lighed-png-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '3', join(dir, 'r.pdf'), join(dir, 'p')]);
      const pngs = readdirSync(dir).filter((f) => f.endsWith('.png'));
      assert.equal(pngs.length, 3);
      assert.ok(pngs.every((f) => statSync(join(dir, f)).size > 2000), 'pages have content');
      const layout = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      assert.match(layout, /Indholdsfortegnelse/);
      assert.match(layout, /Strategigrundlag for styrket samarbejde med civilsamfundet\s+3/);
      assert.match(layout, /Side 2 af 10/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the HTML document has the contents, the items in order, and download links', async () => {
    const html = await app.text(`/moeder/${committeeMeeting}/referat`);
    assert.match(html, /<h2 id="toc">Indholdsfortegnelse<\/h2>/);
    const order = ['Punkt 1: Strategigrundlag', 'Punkt 2: Status', 'Punkt 3: Godkendelse', 'Punkt 4: Gensidig', 'Punkt 5: Mødedeltagelse'].map((h) => html.indexOf(h));
    assert.ok(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!)));
    assert.match(html, /href="\/moeder\/[0-9a-f-]+\/referat\.pdf"/);
    assert.match(html, /Mødet blev hævet kl\. 11\.30\./);
    assert.match(html, /<title>Referat — Udvalg for lighed i sundhed 27-08-2025 · Lighed<\/title>/);
    assert.match(html, />Hent som PDF</);
    // In English the page's own words change; the document itself stays as the committee wrote it.
    const english = await app.text(`/moeder/${committeeMeeting}/referat?lang=en`);
    assert.match(english, /<title>Minutes — Udvalg for lighed i sundhed 27-08-2025 · Lighed<\/title>/);
    assert.match(english, />Download as PDF</);
    assert.match(english, />Download as text</);
    assert.match(english, /<h2 id="toc">Indholdsfortegnelse<\/h2>/);
  });

  test('an agenda has no minutes until they are released', async () => {
    const org = await app.text('/organer/udsatteraadet');
    const id = /href="\/moeder\/([0-9a-f-]{36})"/.exec(org)![1]!;
    assert.equal((await app.get(`/moeder/${id}/dagsorden.txt`)).status, 200);
    assert.equal((await app.get(`/moeder/${id}/referat.txt`)).status, 404);
    assert.equal((await app.get(`/moeder/${id}/referat.pdf`)).status, 404);
  });

  test('closed items: title only, never their content, in every public format', async () => {
    for (const path of ['', '/referat', '/referat.txt', '/dagsorden.txt', '/referat.pdf']) {
      const res = await app.get(`/moeder/${closedMeeting}${path}`);
      assert.equal(res.status, 200, path);
      const body = path.endsWith('.pdf') ? (await extractPdfText(new Uint8Array(await res.arrayBuffer()), 'x')).text : await res.text();
      assert.ok(!body.includes('HEMMELIG'), `closed content leaked in ${path || 'the meeting page'}`);
      assert.ok(body.includes('Personalesag vedrørende sekretariatet'), `the closed item's title is shown in ${path || 'the meeting page'}`);
      // Who was not there for the closed item would say something about it.
      assert.ok(!body.includes('Inhabilsen'), `attendance for the closed item leaked in ${path || 'the meeting page'}`);
    }
    // …but it is recorded.
    const away = (await app.database.pool.query(`select absent_during_items from attendance where meeting_id = $1 and name = 'Bo Inhabilsen'`, [closedMeeting])).rows;
    assert.deepEqual(away.map((r) => r.absent_during_items), [['2']]);
    // Where the body withholds closed items' titles, the public sees only "Lukket punkt". Written in a
    // transaction, as Lighed's commands write, so cached public pages are stale at once (a bare
    // statement would count as a write from outside, seen within 100 ms: a race with the next request).
    const withholdTitles = (hidden: boolean) =>
      app.database.db.transaction((tx) => tx.update(organizations).set({ closedItemTitlesPublic: !hidden }).where(eq(organizations.slug, 'udvalg-for-lighed-i-sundhed')));
    await withholdTitles(true);
    try {
      for (const path of ['', '/referat', '/referat.txt']) {
        const body = await app.text(`/moeder/${closedMeeting}${path}`);
        assert.ok(!body.includes('Personalesag'), path);
        assert.ok(body.includes('Lukket punkt'), path);
      }
    } finally {
      await withholdTitles(false);
    }
  });

  test("CPR numbers and citizens' contact details are masked in public output", async () => {
    for (const path of ['', '/referat', '/referat.txt']) {
      const body = await app.text(`/moeder/${closedMeeting}${path}`);
      assert.ok(!body.includes('010190-1234') && !body.includes('12 34 56 78') && !body.includes('jens.hansen'), path);
      // Written with a non-breaking hyphen and non-breaking spaces, as a word processor keeps them on one line.
      assert.ok(!body.includes('020290') && !body.includes('87 65 43 21') && !body.includes('87\u00A065'), `the spouse's CPR and phone number (${path})`);
      assert.ok(body.includes('[CPR-nummer skjult]'), path);
      assert.ok(body.includes('post@rm.dk'), `the region's own address stays (${path})`);
    }
  });

  test('released documents are cached by version: a repeat request gets 304', async () => {
    const first = await app.get(`/moeder/${committeeMeeting}/referat.txt`);
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    const again = await app.get(`/moeder/${committeeMeeting}/referat.txt`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });

  test('a long PDF is laid out while the site goes on answering: other requests do not wait for it', async () => {
    // One decision of 20,000 paragraphs: seconds of layout.
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `Sagens del ${i + 1} blev drøftet og taget til efterretning.`).join('\n\n');
    const long = `REFERAT Udvalg for lighed i sundhed d. 05-01-2026\n\nPunkt 1: En lang sag\n\n1-00-14-22\n\nBeslutning\n\n${paragraphs}\n`;
    const { meetingId } = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(long) });
    const order: string[] = [];
    const pdf = app.get(`/moeder/${meetingId}/referat.pdf`).then(async (r) => {
      order.push('pdf');
      return { status: r.status, type: r.headers.get('content-type'), bytes: new Uint8Array(await r.arrayBuffer()) };
    });
    // By now the layout is under way; on the thread that answers requests it would hold this one until done.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const health = await app.get('/health');
    order.push('health');
    assert.equal(health.status, 200);
    const done = await pdf;
    assert.deepEqual(order, ['health', 'pdf'], 'the other request was answered while the PDF was being made');
    assert.equal(done.status, 200);
    assert.equal(done.type, 'application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'lighed-long-pdf-'));
    try {
      writeFileSync(join(dir, 'lang.pdf'), done.bytes);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'lang.pdf')], { encoding: 'utf8' }))![1]);
      assert.ok(pages > 100, `the whole decision is in it (${pages} pages)`);
      assert.match(execFileSync('pdftotext', ['-f', String(pages - 1), join(dir, 'lang.pdf'), '-'], { encoding: 'utf8' }), /Sagens del 20000 blev drøftet/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Last: it adds a meeting to Udsatterådet's page, which the tests above read.
  test('attendance: a member named short ("Johanne Daasbjerg") is that member; who left during which item is recorded', async () => {
    const text = 'REFERAT Udsatterådet d. 05-11-2026\n\nAlle var mødt, undtagen Johanne Daasbjerg.\n\nAnders Sørensen forlod mødet kl. 11.00 under behandlingen af punkt 2.\n\nPunkt 1: Velkomst\n\nBeslutning\n\nTaget til efterretning.\n\nPunkt 2: Orientering\n\nBeslutning\n\nTaget til efterretning.';
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(text) });
    const rows = (await app.database.pool.query(`select name, status, person_id is not null as member, left_during_item from attendance where meeting_id = $1 order by name`, [r.meetingId])).rows;
    assert.deepEqual(rows.filter((a) => a.status !== 'present').map((a) => [a.name, a.member]), [['Johanne Marie Dirdal Daasbjerg', true]]);
    assert.ok(!rows.some((a) => a.name === 'Johanne Daasbjerg'), 'not also listed under the short name');
    assert.ok(!rows.some((a) => a.name === 'Johanne Marie Dirdal Daasbjerg' && a.status === 'present'), 'and not present as well');
    assert.equal(rows.filter((a) => a.status === 'present').length, 11 - 1, 'the other members present');
    assert.deepEqual(rows.filter((a) => a.left_during_item !== null).map((a) => [a.name, a.left_during_item]), [['Anders Sørensen', '2']]);
    // Importing it again changes nothing.
    const again = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(text) });
    assert.equal(again.changed, false);
  });
  test('attendance written into a decision (Københavns Kommune\'s layout): away with and without notice, and who came late', async () => {
    const text = 'Udsatterådet\n\nReferat\n\nMødedato: 12.11.2026, kl. 10:00\n\n1. Velkomst\n\nBeslutning\n\nDagsordenspunkt 1: Velkomst\n\nUdsatterådets beslutning i mødet den 12. november 2026\n\nMødet startede kl. 10.00 og sluttede kl. 11.40.\n\nFraværende med afbud:\nJohanne Daasbjerg\n\nFraværende i mødet:\nFreddy Nielsen til kl. 10.30 i punkt 2\n\nFraværende uden afbud:\nAnders Sørensen\n\nTaget til efterretning.\n\n2. Orientering\n\nBeslutning\n\nDagsordenspunkt 2: Orientering\n\nUdsatterådets beslutning i mødet den 12. november 2026\n\nTaget til efterretning.\n\nAnders Stagis deltog ikke i sagens behandling.';
    const parsed = parseMeetingText(text);
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed });
    const rows = (await app.database.pool.query(`select name, status, arrived_during_item, absent_during_items from attendance where meeting_id = $1 order by name`, [r.meetingId])).rows;
    assert.deepEqual(rows.filter((a) => a.absent_during_items.length).map((a) => [a.name, a.status, a.absent_during_items]), [['Anders Stagis', 'present', ['2']]]);
    assert.deepEqual(rows.filter((a) => a.status !== 'present').map((a) => [a.name, a.status]), [
      ['Anders Sørensen', 'absent'],
      ['Johanne Marie Dirdal Daasbjerg', 'absent_with_notice'],
    ]);
    assert.deepEqual(rows.filter((a) => a.arrived_during_item !== null).map((a) => [a.name, a.arrived_during_item]), [['Freddy Nielsen', '2']]);
    // The public minutes say who was away and when the meeting ended; the lists are not left in the decision.
    const minutes = await app.text(`/moeder/${r.meetingId}/referat.txt`);
    assert.match(minutes, /Alle var mødt, undtagen Anders Sørensen og Johanne Marie Dirdal Daasbjerg\./);
    assert.match(minutes, /Anders Sørensen var fraværende uden afbud\./);
    assert.match(minutes, /Freddy Nielsen ankom under behandlingen af punkt 2\./);
    assert.match(minutes, /Anders Stagis deltog ikke i behandlingen af punkt 2\./);
    assert.match(minutes, /11\.40/);
    assert.ok(!minutes.includes('Fraværende uden afbud'));
  });
  test('substitutes: whom they stood in for is recorded (by person where one matches, always by name) and printed in the minutes', async () => {
    const text = 'REFERAT Udsatterådet d. 19-11-2026\n\nAlle var mødt, undtagen Johanne Daasbjerg.\n\nPer Ravnsholt deltog som stedfortræder for Johanne Daasbjerg.\n\nOluf Lykke var substitueret ved Kristian Kruse.\n\nPunkt 1: Velkomst\n\nBeslutning\n\nTaget til efterretning.';
    const parsed = parseMeetingText(text);
    assert.deepEqual(parsed.substitutes, [{ name: 'Per Ravnsholt', substituteFor: 'Johanne Daasbjerg' }, { name: 'Kristian Kruse', substituteFor: 'Oluf Lykke' }]);
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed });
    const rows = (await app.database.pool.query(
      `select a.name, a.status, a.substitute_for_name, p.name as substitute_for_person from attendance a left join persons p on p.id = a.substitute_for_id where a.meeting_id = $1 and (a.status <> 'present' or a.substitute_for_name is not null) order by a.name`,
      [r.meetingId],
    )).rows;
    // Johanne Daasbjerg is a member (matched to her full name); Oluf Lykke is no person here, and is kept by name.
    assert.deepEqual(rows.map((a) => [a.name, a.status, a.substitute_for_name, a.substitute_for_person]), [
      ['Johanne Marie Dirdal Daasbjerg', 'absent_with_notice', null, null],
      ['Kristian Kruse', 'present', 'Oluf Lykke', null],
      ['Oluf Lykke', 'absent_with_notice', null, null],
      ['Per Ravnsholt', 'present', 'Johanne Marie Dirdal Daasbjerg', 'Johanne Marie Dirdal Daasbjerg'],
    ]);
    const minutes = await app.text(`/moeder/${r.meetingId}/referat.txt`);
    assert.match(minutes, /Alle var mødt, undtagen Johanne Marie Dirdal Daasbjerg og Oluf Lykke\./);
    assert.match(minutes, /Kristian Kruse deltog som stedfortræder for Oluf Lykke\.\n\nPer Ravnsholt deltog som stedfortræder for Johanne Marie Dirdal Daasbjerg\./);
    // The minutes read back give the same attendance; importing again changes nothing.
    const back = parseMeetingText(minutes);
    assert.deepEqual(back.substitutes, [{ name: 'Kristian Kruse', substituteFor: 'Oluf Lykke' }, { name: 'Per Ravnsholt', substituteFor: 'Johanne Marie Dirdal Daasbjerg' }]);
    assert.equal((await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed })).changed, false);
    assert.equal((await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: back })).changed, false);
    // The secretariat's attendance form shows the substitute kept by name, and saving it as shown keeps it.
    const sec = await signIn(app.url, 'sekretaer@lighed.demo');
    const form = await sec.get(`/sekretariat/moeder/${r.meetingId}/afvikling`);
    assert.match(form.html, /<option value="navn:Oluf Lykke" selected="">Oluf Lykke<\/option>/);
    const saved = await sec.post(`/sekretariat/moeder/${r.meetingId}/fremmoede`, { ...formFields(form.html, 'fremmoede'), changeNote: 'Fremmøde gennemset' });
    assert.equal(saved.status, 303);
    const kept = (await app.database.pool.query(`select name, substitute_for_name from attendance where meeting_id = $1 and substitute_for_name is not null order by name`, [r.meetingId])).rows;
    assert.deepEqual(kept.map((a) => [a.name, a.substitute_for_name]), [['Kristian Kruse', 'Oluf Lykke'], ['Per Ravnsholt', 'Johanne Marie Dirdal Daasbjerg']]);
  });
  test('notes on the meeting ("… var mødeleder", the order items were taken in): kept as written, printed with the meeting\'s facts, masked for the public, read back', async () => {
    const notes = ['1. næstformand Anders Stagis var mødeleder.', 'Punkt 2 blev behandlet først på mødet. Borgeren Jens Holm (tlf. 12 34 56 78) deltog under behandlingen af punktet.'];
    const text = `REFERAT Udsatterådet d. 26-11-2026\n\nMødested Regionshuset Viborg\n\nAlle var mødt.\n\n${notes.join('\n\n')}\n\nPunkt 1: Velkomst\n\nBeslutning\n\nTaget til efterretning.\n\nPunkt 2: Orientering om boliger\n\nSagsfremstilling\n\nOrientering.\n\nBeslutning\n\nTaget til efterretning.`;
    const parsed = parseMeetingText(text);
    assert.deepEqual(parsed.notes, notes);
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed });
    assert.deepEqual(r.findings.map((f) => [f.item, f.kind]), [[null, 'phone']], 'the phone number in the notes is listed for the secretary');
    const stored = async () => (await app.database.pool.query(`select minutes_notes from meetings where id = $1`, [r.meetingId])).rows[0].minutes_notes as string;
    assert.equal(await stored(), notes.join('\n'));
    const masked = [notes[0]!, notes[1]!.replace('12 34 56 78', '[telefonnummer skjult]')];
    // Every public format: under "Bemærkninger" with the meeting's facts, the phone number masked.
    const txt = await app.text(`/moeder/${r.meetingId}/referat.txt`);
    assert.ok(txt.includes(`\n\nMødested Regionshuset Viborg\n\nBemærkninger\n\n${masked.join('\n\n')}\n\nIndholdsfortegnelse\n\n`), txt.slice(0, 400));
    assert.deepEqual(parseMeetingText(txt).notes, masked, 'read back from the text');
    const html = strip(await app.text(`/moeder/${r.meetingId}/referat`));
    assert.ok(html.includes(`Bemærkninger ${masked.join(' ')}`), 'in the HTML document');
    const pdf = new Uint8Array(await (await app.get(`/moeder/${r.meetingId}/referat.pdf`)).arrayBuffer());
    assert.deepEqual(parseMeetingText((await extractPdfText(pdf, 'referat.pdf')).text).notes, masked, 'in the PDF, read back');
    assert.ok(strip(await app.text(`/moeder/${r.meetingId}`)).includes(`Bemærkninger til mødet ${masked.join(' ')}`), 'on the meeting\'s page');
    for (const path of ['', '/referat', '/referat.txt']) assert.ok(!(await app.text(`/moeder/${r.meetingId}${path}`)).includes('12 34 56 78'), path);
    // Searchable as the public reads them: a hit on the meeting itself, under the page's own words for them.
    const notesHits = async (q: string) => ((await (await app.get(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { results: { title: string; kind: string; url: string }[] }).results
      .filter((h) => h.kind === 'notes').map((h) => [h.title, new URL(h.url).pathname + new URL(h.url).hash]);
    assert.deepEqual(await notesHits('mødeleder Stagis'), [['Bemærkninger til mødet', `/moeder/${r.meetingId}#meeting-notes`]]);
    assert.deepEqual(await notesHits('"12 34 56 78"'), [], 'the masked number is not in the index');
    assert.match(strip(await app.text('/soeg?q=mødeleder+Stagis')), /Bemærkninger til mødet Udsatterådet · /);
    // Importing the minutes again, or their agenda after them, or their own print, changes nothing.
    assert.equal((await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed })).changed, false);
    const agenda = parseMeetingText('DAGSORDEN Udsatterådet d. 26-11-2026\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nVelkomst.\n\nPunkt 2: Orientering om boliger\n\nSagsfremstilling\n\nOrientering.');
    await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: agenda });
    assert.equal(await stored(), notes.join('\n'), 'an agenda has no notes to replace them with');
    // Minutes with no notes (a layout with no place for them) leave them; minutes with other notes replace them.
    await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: { ...parsed, notes: [] } });
    assert.equal(await stored(), notes.join('\n'));
    await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: { ...parsed, notes: ['Mødet blev holdt  online.'] } });
    assert.equal(await stored(), 'Mødet blev holdt online.');
    assert.deepEqual(await notesHits('mødeleder Stagis'), [], 'notes replaced are no longer found');
    assert.equal((await notesHits('online')).length, 1);
  });
  test('a tillægsdagsorden adds its items to the agenda already imported and removes none', async () => {
    const agenda = 'DAGSORDEN Udvalg for lighed i sundhed d. 03-12-2026\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nFormanden byder velkommen til Pelikanmødet.\n\nPunkt 2: Orientering\n\nSagsfremstilling\n\nGensidig orientering.';
    const supplement = 'TILLÆGSDAGSORDEN Udvalg for lighed i sundhed d. 03-12-2026\n\nPunkt 3: Flamingoprojektet\n\nSagsfremstilling\n\nEn ansøgning om støtte til Flamingoprojektet.';
    const first = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(agenda) });
    const added = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(supplement) });
    assert.deepEqual([added.meetingId, added.created, added.changed], [first.meetingId, false, true]);
    const items = (await app.database.pool.query(`select number, title, supplementary from agenda_items where meeting_id = $1 order by position`, [first.meetingId])).rows;
    assert.deepEqual(items.map((i) => [i.number, i.title, i.supplementary]), [['1', 'Velkomst', false], ['2', 'Orientering', false], ['3', 'Flamingoprojektet', true]]);
    // The whole meeting is searchable: the supplement's item and the items it did not repeat.
    for (const q of ['Flamingoprojektet', 'Pelikanmødet']) {
      const r = (await (await app.get(`/api/search?q=${q}`)).json()) as { total: number };
      assert.equal(r.total, 1, q);
    }
    const again = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(supplement) });
    assert.equal(again.changed, false, 'importing it again changes nothing');
    // Nor does importing the agenda again: it does not list the supplement's item, which stays.
    const agendaAgain = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(agenda) });
    assert.equal(agendaAgain.changed, false);
    const after = (await app.database.pool.query(`select number from agenda_items where meeting_id = $1 order by position`, [first.meetingId])).rows;
    assert.deepEqual(after.map((i) => i.number), ['1', '2', '3']);
  });

  test('a NUL character in an imported text (a JSON export\'s "\\u0000", an unmapped PDF glyph) is dropped, not a failed import', async () => {
    const parsed = parseMeetingText('DAGSORDEN Udsatterådet d. 10-12-2026\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nFormanden byder velkommen.');
    parsed.items[0]!.title = 'Vel\u0000komst';
    parsed.items[0]!.sections[0]!.text = 'Formanden byder\u0000 velkommen.';
    const r = await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed });
    const [item] = (await app.database.pool.query(`select id, title from agenda_items where meeting_id = $1`, [r.meetingId])).rows;
    assert.equal(item.title, 'Velkomst');
    assert.ok(strip(await app.text(`/punkter/${item.id}`)).includes('Formanden byder velkommen.'));
  });
});
