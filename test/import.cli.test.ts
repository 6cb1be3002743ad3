// `lighed import` as a secretary runs it: good documents in, bad ones refused with a clear
// message naming the file, a non-zero exit, and nothing written from them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freshDatabaseEnv, testDb } from './helpers/app.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { renderModelFromParsed } from '../src/documents/render/model.ts';
import { pdfDefinition, renderPdf } from '../src/documents/render/pdf.ts';
import { createRequire } from 'node:module';
import { openDatabase } from '../src/db/connect.ts';
import { loadConfig } from '../src/config/config.ts';

const run = promisify(execFile);
const seedText = (n: string) => readFileSync(new URL(`../demo/seeds/${n}`, import.meta.url), 'utf8');

/** Windows-1252 bytes for Danish text (æøå are Latin-1; a few punctuation marks differ). */
function cp1252(text: string): Buffer {
  const special: Record<string, number> = { '–': 0x96, '—': 0x97, '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '•': 0x95, '…': 0x85, '€': 0x80 };
  return Buffer.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}

describe(`lighed import (${testDb})`, () => {
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  let dir: string;
  const file = (name: string) => join(dir, name);
  const cli = (args: string[]) =>
    run(process.execPath, ['bin/lighed.js', ...args], { env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...db.env, LIGHED_DEMO: 'off' }, maxBuffer: 20e6 }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  const counts = async () => JSON.parse((await cli(['check', '--json'])).stdout).counts as Record<string, number>;

  before(async () => {
    db = await freshDatabaseEnv();
    dir = mkdtempSync(join(tmpdir(), 'lighed-import-'));
    writeFileSync(file('agenda-004.txt'), seedText('004_710de0afac8e5145.txt'));
    // The minutes of the same meeting, as the secretary would publish them afterwards.
    const minutes = seedText('004_710de0afac8e5145.txt')
      .replace('DAGSORDEN Udsatterådet', 'REFERAT Udsatterådet')
      .replace('Der samles op på beslutninger og aftaler fra mødet.', 'Der samles op på beslutninger og aftaler fra mødet.\n\nBeslutning\n\nAlle var mødt, undtagen Annie Røn og Freddy Nielsen.\n\nAnders Sørensen forlod mødet kl. 11.20 under behandlingen af punkt 6.\n\nMødet blev hævet kl. 12.00.');
    writeFileSync(file('minutes-004.txt'), minutes);
    // The same minutes saved on a Mac: "å" written as "a" and a combining ring (NFD).
    writeFileSync(file('minutes-004-nfd.txt'), minutes.normalize('NFD'));
    writeFileSync(file('new-meeting.txt'), 'DAGSORDEN Udsatterådet d. 10-09-2026\n\nMødedato Torsdag d. 10. september 2026 kl. 09:00\n\nPunkt 1: Velkomst\n\n1-01-81-11-23\n\nSagsfremstilling\n\nVelkomst ved formanden.\n');
    writeFileSync(file('closed.txt'), 'REFERAT Udsatterådet d. 01-10-2026\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nVelkomst.\n\nPunkt 2: Lukket: Personalesag\n\nSagsfremstilling\n\nHEMMELIG-TEKST om en medarbejder.\n\nBeslutning\n\nGodkendt.\n');
    // A web page that gives its date only in its title, which the copy lost.
    writeFileSync(file('no-date.txt'), 'Udsatterådet - mødesager\n\n1. Godkendelse af dagsorden\n\nINDSTILLING\n\nAdministrationen indstiller, at dagsordenen godkendes.\n\nPOLITISK BEHANDLING\n\nGodkendt.\n\n2. Eventuelt\n\nPOLITISK BEHANDLING\n\nIntet.\n');
    writeFileSync(file('empty.txt'), '');
    writeFileSync(file('garbage.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(file('no-items.txt'), 'Kære alle\n\nHusk frokosten på fredag.\n\nVenlig hilsen\nSekretariatet\n');
    writeFileSync(file('cp1252.txt'), cp1252(seedText('004_710de0afac8e5145.txt')));
    // Windows-1252's own marks (0x80–0x9F): dashes, curly quotes, "…", "•", "€".
    // Mostly UTF-8, with a paragraph pasted in from an older system in Windows-1252.
    writeFileSync(file('mixed.txt'), Buffer.concat([Buffer.from('DAGSORDEN Udsatterådet d. 17-12-2026\n\nPunkt 1: Høring om sundhedsrådenes økonomi\n\nSagsfremstilling\n\n', 'utf8'), cp1252('Bjørn Lund fra Rådhuset orienterede – kort.\n')]));
    writeFileSync(file('cp1252-marks.txt'), cp1252('DAGSORDEN Udsatterådet d. 10-12-2026\n\nPunkt 1: Pulje – “Sundhed for alle”\n\nSagsfremstilling\n\nPuljen er på 20.000 € – fordelt på tre år…\n'));
    // Windows Notepad's "Unicode": UTF-16 little-endian with a byte-order mark.
    writeFileSync(file('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText('004_710de0afac8e5145.txt'), 'utf16le')]));
    const model = renderModelFromParsed(parseMeetingText(seedText('001_0540b28be77e626e.txt')), 'public');
    const pdf = await renderPdf(model);
    writeFileSync(file('minutes-001.pdf'), pdf);
    writeFileSync(file('truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
    // Fonts with no map from glyphs to letters (the same length of name, so the file's offsets still hold).
    writeFileSync(file('no-unicode.pdf'), Buffer.from(Buffer.from(pdf).toString('latin1').replace(/\/ToUnicode/g, '/ToUnicodX'), 'latin1'));
    const require = createRequire(import.meta.url);
    const pdfmake = require('pdfmake') as { createPdf(d: unknown): { getBuffer(): Promise<Buffer> } };
    writeFileSync(file('encrypted.pdf'), await pdfmake.createPdf({ ...pdfDefinition(model), userPassword: 'hemmelig', ownerPassword: 'ejer' }).getBuffer());
    // A "scan": pages with drawings and no text layer.
    writeFileSync(file('scanned.pdf'), await pdfmake.createPdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 400, h: 600, color: '#888888' }] }] }).getBuffer());
    closeSync(openSync(file('huge.txt'), 'w'));
    truncateSync(file('huge.txt'), 200 * 1024 * 1024);
    const seeded = await cli(['seed-demo']);
    assert.equal(seeded.code, 0, seeded.stderr);
  });
  after(async () => {
    await db?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('--dry-run --json prints the parsed meeting in the documented shape and writes nothing', async () => {
    const before = await counts();
    const r = await cli(['import', '--dry-run', '--json', file('minutes-001.pdf')]);
    assert.equal(r.code, 0, r.stderr);
    const m = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(m), ['kind', 'supplement', 'organization', 'date', 'start', 'end', 'location', 'items', 'absent', 'absentWithoutNotice', 'substitutes', 'attendanceChanges', 'closedAt', 'notes', 'warnings']);
    assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location, m.closedAt], ['minutes', 'Udvalg for lighed i sundhed', '2025-08-27', '09:00', 'Konferencelokalet, Regionshuset Viborg', '11:30']);
    assert.deepEqual(Object.keys(m.items[0]), ['number', 'title', 'caseNumber', 'public', 'sections', 'recommendation', 'decision', 'decisionLead', 'decisionClauses', 'attachments']);
    assert.deepEqual(m.absent, ['Louise Høgh', 'Elvin Hansen', 'Stine Damborg']);
    assert.deepEqual(await counts(), before);
  });

  test('Windows-1252 text (also its dashes, curly quotes and €), UTF-8 text with a Windows-1252 paragraph in it, and UTF-16 text with a byte-order mark are read as such', async () => {
    for (const name of ['cp1252.txt', 'utf16.txt']) {
      const r = await cli(['import', '--dry-run', '--json', file(name)]);
      assert.equal(r.code, 0, r.stderr);
      const m = JSON.parse(r.stdout);
      assert.equal(m.organization, 'Udsatterådet', name);
      assert.equal(m.items[2].title, 'Drøftelse af anbefalinger om dialog og inddragelse i forhold til udsatte og sårbare borgere', name);
    }
    const marks = JSON.parse((await cli(['import', '--dry-run', '--json', file('cp1252-marks.txt')])).stdout);
    assert.equal(marks.items[0].title, 'Pulje – “Sundhed for alle”');
    assert.equal(marks.items[0].sections[0].text, 'Puljen er på 20.000 € – fordelt på tre år…');
    const mixed = JSON.parse((await cli(['import', '--dry-run', '--json', file('mixed.txt')])).stdout);
    assert.deepEqual([mixed.organization, mixed.items[0].title, mixed.items[0].sections[0].text], ['Udsatterådet', 'Høring om sundhedsrådenes økonomi', 'Bjørn Lund fra Rådhuset orienterede – kort.']);
  });

  /** Imports the file and expects the meeting unchanged: said so, and nothing written. */
  const importsUnchanged = async (name: string) => {
    const before = await counts();
    const r = await cli(['import', file(name)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /møde uændret \(7 punkter\)/, name);
    assert.deepEqual(await counts(), before, name);
  };

  test('re-importing the same agenda changes nothing; the minutes then update that meeting', async () => {
    const before = await counts();
    await importsUnchanged('agenda-004.txt');
    const minutes = await cli(['import', file('minutes-004.txt')]);
    assert.equal(minutes.code, 0, minutes.stderr);
    assert.match(minutes.stderr, /møde opdateret \(7 punkter\)/);
    const after = await counts();
    assert.equal(after.meetings, before.meetings, 'no second meeting');
    assert.equal(after.agenda_items, before.agenda_items);
  });

  test('the same minutes with decomposed letters (saved on a Mac) are the same meeting, unchanged', async () => {
    assert.notEqual(readFileSync(file('minutes-004-nfd.txt'), 'utf8'), readFileSync(file('minutes-004.txt'), 'utf8'));
    await importsUnchanged('minutes-004-nfd.txt');
  });

  test('the agenda imported again after its minutes changes nothing: the decisions and attendance stay', async () => {
    await importsUnchanged('agenda-004.txt');
  });

  test('persons named in the attendance are matched to the members of the body', async () => {
    // The CLI has exited, so the database is free to open here.
    const database = await openDatabase(loadConfig({ ...db.env }).database);
    const rows = (await database.pool.query(`select a.name, a.status, a.person_id is not null as matched, a.left_during_item from attendance a join meetings m on m.id = a.meeting_id join organizations o on o.id = m.organization_id where o.slug = 'udsatteraadet' order by a.status, a.name`)).rows;
    await database.close();
    const absent = rows.filter((r) => r.status === 'absent_with_notice');
    assert.deepEqual(absent.map((r) => [r.name, r.matched]), [['Annie Røn', true], ['Freddy Nielsen', true]]);
    assert.equal(rows.filter((r) => r.status === 'present').length, 11 - 2, 'the other members present');
    // "Anders Sørensen forlod mødet kl. 11.20 under behandlingen af punkt 6."
    assert.deepEqual(rows.filter((r) => r.left_during_item !== null).map((r) => [r.name, r.status, r.left_during_item]), [['Anders Sørensen', 'present', '6']]);
  });

  const refusals: [string, RegExp][] = [
    ['empty.txt', /empty\.txt er tom/],
    ['garbage.bin', /garbage\.bin er ikke et tekstdokument, en PDF eller en HTML-side/],
    ['no-items.txt', /ingen genkendelige dagsordenspunkter/],
    ['truncated.pdf', /truncated\.pdf er ikke en gyldig PDF-fil/],
    ['encrypted.pdf', /encrypted\.pdf er krypteret eller beskyttet med adgangskode/],
    ['scanned.pdf', /scanned\.pdf har intet tekstlag \(1 side\)/],
    ['no-unicode.pdf', /Teksten i PDF-filen .*no-unicode\.pdf kan ikke læses som bogstaver/],
    ['huge.txt', /huge\.txt er 200 MB; grænsen er 50 MB/],
    ['missing.txt', /missing\.txt findes ikke/],
  ];
  for (const [name, message] of refusals) {
    test(`${name} is refused with a clear message and nothing written`, async () => {
      const before = await counts();
      const r = await cli(['import', file(name)]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /0 af 1 fil importeret; fejlede: /);
      assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
      assert.deepEqual(await counts(), before);
    });
  }

  test('lighed render gives the public version, or with --members everything, marked on every page', async () => {
    const imported = await cli(['import', file('closed.txt')]);
    assert.equal(imported.code, 0, imported.stderr);
    const id = /\/moeder\/([0-9a-f-]{36})/.exec(imported.stderr)![1]!;
    const pub = await cli(['render', id, '--referat', '--format', 'txt']);
    assert.equal(pub.code, 0, pub.stderr);
    assert.ok(pub.stdout.includes('Punkt 2: Lukket: Personalesag') && !pub.stdout.includes('HEMMELIG'));
    const members = await cli(['render', id, '--referat', '--format', 'txt', '--members']);
    assert.ok(members.stdout.includes('HEMMELIG-TEKST') && members.stdout.includes('Medlemsudgave — indeholder lukkede punkter'));
    // One HTML file that reads on its own: a whole page in Danish, the public version's content.
    const html = await cli(['render', id, '--referat', '--format', 'html']);
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"\/>/);
    assert.match(html.stdout, /<title>Referat [^<]+<\/title>/);
    assert.ok(html.stdout.includes('Lukket: Personalesag') && !html.stdout.includes('HEMMELIG'), 'closed content stays out');
    assert.match(html.stdout, /<style>body\{font-family:Arial/, 'its own stylesheet, as written');
    const membersHtml = await cli(['render', id, '--referat', '--format', 'html', '--members']);
    assert.ok(membersHtml.stdout.includes('HEMMELIG-TEKST') && membersHtml.stdout.includes('Medlemsudgave'));
    for (const page of [html.stdout, membersHtml.stdout]) assert.ok(!/\/static\/|\/moeder\//.test(page), 'nothing it needs from the server');
    const pdfPath = file('members.pdf');
    assert.equal((await cli(['render', id, '--referat', '--members', '--out', pdfPath])).code, 0);
    const { extractPdfText } = await import('../src/documents/pdf-text.ts');
    const { readFileSync: read } = await import('node:fs');
    const raw = (await import('pdfjs-dist/legacy/build/pdf.mjs')).getDocument({ data: new Uint8Array(read(pdfPath)) });
    const doc = await raw.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const text = (await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      assert.match(text, /Medlemsudgave/, `page ${n} says it is the members' version`);
    }
    await doc.destroy();
    assert.ok((await extractPdfText(read(pdfPath), 'm.pdf')).text.includes('HEMMELIG-TEKST'));
  });

  test('--date gives the meeting\'s date to a document that has none; a wrong or conflicting date is refused, nothing written', async () => {
    const before = await counts();
    const missing = await cli(['import', file('no-date.txt')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-date\.txt: .*Dokumentet angiver ikke mødets dato\./);
    const typo = await cli(['import', '--date', '12-03-2026', file('no-date.txt')]);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /--date skal være en dato skrevet ÅÅÅÅ-MM-DD.*«12-03-2026»/);
    const other = await cli(['import', '--date', '2026-03-12', file('new-meeting.txt')]);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /new-meeting\.txt: .*Dokumentet angiver mødedatoen 2026-09-10, ikke 2026-03-12/);
    assert.deepEqual(await counts(), before);
    const dry = JSON.parse((await cli(['import', '--dry-run', '--json', '--date', '2026-03-12', file('no-date.txt')])).stdout);
    assert.deepEqual([dry.date, dry.warnings], ['2026-03-12', []]);
    const given = await cli(['import', '--date', '2026-03-12', file('no-date.txt')]);
    assert.equal(given.code, 0, given.stderr);
    assert.match(given.stderr, /møde oprettet \(2 punkter\)/);
    assert.equal((await counts()).meetings, before.meetings! + 1);
  });

  test('several files: each is its own transaction, and the summary names the one that failed', async () => {
    const before = await counts();
    const r = await cli(['import', file('new-meeting.txt'), file('truncated.pdf'), file('agenda-004.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /2 af 3 filer importeret; fejlede: .*truncated\.pdf\./);
    const after = await counts();
    assert.equal(after.meetings, before.meetings! + 1, 'the new meeting was imported; the bad file left nothing');
  });

  test('a folder stands for the documents in it and its subfolders, in name order; other files are named and skipped', async () => {
    const archive = file('arkiv');
    mkdirSync(join(archive, 'referater'), { recursive: true });
    mkdirSync(join(archive, '.git'));
    mkdirSync(file('tom'));
    const agenda = 'DAGSORDEN Udsatterådet d. 12-11-2026\n\nMødedato Torsdag d. 12. november 2026 kl. 10:00\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nVelkomst ved formanden.\n\nPunkt 2: Eventuelt\n\nSagsfremstilling\n\nIntet.\n';
    writeFileSync(join(archive, '2026-11-12 dagsorden.txt'), agenda);
    writeFileSync(join(archive, 'referater', '2026-11-12 referat.txt'), agenda.replace('DAGSORDEN', 'REFERAT').replace('Intet.\n', 'Intet.\n\nBeslutning\n\nAlle var mødt.\n\nMødet blev hævet kl. 11.15.\n'));
    writeFileSync(join(archive, 'Noter.docx'), 'PK');
    writeFileSync(join(archive, '.git', 'HEAD'), 'ref: refs/heads/main\n');

    const dry = await cli(['import', '--dry-run', '--json', archive]);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(JSON.parse(dry.stdout).map((m: { kind: string; closedAt: string | null }) => [m.kind, m.closedAt]), [['agenda', null], ['minutes', '11:15']]);
    // The summary of a dry run says nothing was saved, not "imported".
    assert.match(dry.stderr, /2 af 2 filer kan importeres; intet er gemt \(--dry-run\)\./);

    const before = await counts();
    const r = await cli(['import', archive, file('tom')]);
    assert.equal(r.code, 1, 'a folder with nothing to import fails the run');
    assert.match(r.stderr, /arkiv: 1 fil sprunget over, da den ikke er PDF, tekst, HTML eller JSON: Noter\.docx\n/);
    assert.ok(!r.stderr.includes('HEAD'), 'hidden folders are not read');
    assert.match(r.stderr, /2026-11-12 dagsorden\.txt: møde oprettet \(2 punkter\)[^]*2026-11-12 referat\.txt: møde opdateret \(2 punkter\)/);
    assert.match(r.stderr, /tom: Fejl: Mappen .*tom indeholder ingen PDF-, tekst-, HTML- eller JSON-filer\./);
    assert.match(r.stderr, /2 af 3 filer importeret; fejlede: .*tom\./);
    assert.equal((await counts()).meetings, before.meetings! + 1, 'the agenda and its minutes are one meeting');
  });
});
