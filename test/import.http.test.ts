// Importing from the browser: a secretary uploads a document, sees what Lighed read, and only then
// imports it. Nothing about the meeting is written before they confirm; what they confirm is what
// they saw; they import only for their own bodies; bad documents get the importer's messages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { strip } from './helpers/html.ts';
import { meetings } from '../src/meetings/schema.ts';
import { organizations } from '../src/bodies/schema.ts';
import { auditLog } from '../src/audit/schema.ts';
import { stagedImports } from '../src/documents/schema.ts';
import { cases } from '../src/cases/schema.ts';
import { renderPdf } from '../src/documents/render/pdf.ts';
import { renderModelFromParsed } from '../src/documents/render/model.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { foreignPdf } from './helpers/foreign-pdf.ts';

const minutes = `REFERAT Udvalg for lighed i sundhed d. 24-09-2026

Mødedato Torsdag d. 24. september 2026 kl. 13:00

Mødested Mødelokale 3, Regionshuset Viborg

Bemærkninger

Næstformand Anders Stagis var mødeleder. Tandlæge Ida Berg (tlf. 12 34 56 78) deltog under behandlingen af punkt 1.

Punkt 1: Henvendelse om tandpleje til hjemløse

1-00-14-26

Sagsfremstilling

En borger (CPR 010190-1234) har skrevet til udvalget om ventetiden på tandpleje.

Beslutning

Udvalget tog henvendelsen til efterretning.

Punkt 2: Lukket: Personalesag vedrørende sekretariatet

Sagsfremstilling

Tavshedsbelagt personalesag om navngiven medarbejder.

Beslutning

Godkendt.

Punkt 3: Mødedeltagelse

Beslutning

Alle var mødt, undtagen Louise Høgh.

Mødet blev hævet kl. 14.45.
`;

const file = (text: string, name: string) => ({ blob: new Blob([text]), name });
const stagedId = (html: string) => /action="\/sekretariat\/import\/([0-9a-f-]{36})"/.exec(html)?.[1];

describe(`import from the browser (${testDb})`, () => {
  let app: TestApp;
  let sec: Client;
  let lfs: string;
  const meetingOn = async (date: string) =>
    (await app.database.db.select().from(meetings).where(eq(meetings.organizationId, lfs))).filter((m) => m.start.toISOString().startsWith(date));

  before(async () => {
    app = await startTestApp();
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
    lfs = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udvalg-for-lighed-i-sundhed') }))!.id;
  });
  after(() => app?.close());

  test('upload, preview with nothing written, import; the same document again changes nothing', async () => {
    const home = await sec.get('/sekretariat');
    assert.ok(home.html.includes('href="/sekretariat/import"'), 'the secretariat links to the import');
    const form = await sec.get('/sekretariat/import');
    assert.equal(form.status, 200);
    assert.ok(strip(form.html).includes('Importér dagsorden eller referat'));
    assert.ok(form.html.includes('enctype="multipart/form-data"'), 'a plain form that works without JavaScript');

    const preview = await sec.post('/sekretariat/import', { file: file(minutes, 'referat-24-09-2026.txt'), organization: '' });
    assert.equal(preview.status, 200);
    const text = strip(preview.html);
    for (const shown of ['referat-24-09-2026.txt', 'Referat', 'Udvalg for lighed i sundhed', '24. september 2026 kl. 13:00', 'Mødelokale 3, Regionshuset Viborg',
      'Louise Høgh', '14:45', 'Importen opretter et nyt møde.', 'Referatet bliver offentligt, når du importerer det.',
      'Henvendelse om tandpleje til hjemløse', 'Sagsnr. 1-00-14-26', 'Personalesag vedrørende sekretariatet', 'Lukket', 'Udvalget tog henvendelsen til efterretning.',
      'Punkt 1, Sagsfremstilling: CPR-nummer (01•••••••34)']) {
      assert.ok(text.includes(shown), `the preview shows ${shown}`);
    }
    assert.ok(!text.includes('010190-1234'), 'the preview lists the CPR number masked');
    // The notes on the meeting as read, and the phone number in them among what the public version masks.
    assert.ok(text.includes('Bemærkninger til mødet Næstformand Anders Stagis var mødeleder. Tandlæge Ida Berg (tlf. 12 34 56 78) deltog under behandlingen af punkt 1.'), 'the preview shows the notes');
    assert.match(text, /Bemærkninger til mødet: telefonnummer \(12•+78\)/);
    assert.deepEqual(await meetingOn('2026-09-24'), [], 'no meeting before the secretary confirms');
    const id = stagedId(preview.html)!;
    assert.ok(id, 'the preview posts to its staged upload');
    const audit = await app.database.db.select().from(auditLog).where(and(eq(auditLog.command, 'stageImport'), eq(auditLog.entityId, id)));
    assert.equal(audit.length, 1, 'the upload is in the audit log');
    assert.equal(audit[0]!.actorName, 'Demo Sekretær');

    const done = await sec.post(`/sekretariat/import/${id}`, {});
    assert.equal(done.status, 303);
    const [m] = await meetingOn('2026-09-24');
    assert.ok(m, 'the meeting exists after the import');
    assert.equal(done.location, `/sekretariat/moeder/${m.id}?ok=meeting_imported`);
    assert.ok(strip((await sec.get(done.location!)).html).includes('Mødet er importeret.'));
    assert.equal(m.state, 'minutes_released');
    const [entry] = await app.database.db.select().from(auditLog).where(and(eq(auditLog.command, 'importMeeting'), eq(auditLog.entityId, m.id)));
    assert.equal(entry!.actorName, 'Demo Sekretær', 'the secretary, not the system, imported it');
    assert.equal((entry!.after as { source: string }).source, 'referat-24-09-2026.txt');
    assert.equal((await app.database.db.select().from(stagedImports).where(eq(stagedImports.id, id))).length, 0, 'the staged upload is gone with the import');

    // The public sees the minutes, without the closed item's content and with the CPR number masked.
    const pub = strip(await app.text(`/moeder/${m.id}/referat`));
    assert.ok(pub.includes('Henvendelse om tandpleje til hjemløse'));
    assert.ok(!pub.includes('Tavshedsbelagt'), 'closed content stays closed');
    assert.ok(!pub.includes('010190-1234'));

    // Confirming the same preview twice imports nothing twice.
    const again = await sec.post(`/sekretariat/import/${id}`, {});
    assert.equal(again.status, 409);
    assert.ok(strip(again.html).includes('Dokumentet venter ikke længere på at blive importeret'));

    // The same document again: the preview says it updates that meeting, and importing changes nothing.
    const second = await sec.post('/sekretariat/import', { file: file(minutes, 'referat.txt'), organization: lfs });
    assert.ok(strip(second.html).includes('Importen opdaterer et møde, der allerede findes: Torsdag d. 24. september 2026 kl. 13:00 (Referat offentliggjort).'));
    const unchanged = await sec.post(`/sekretariat/import/${stagedId(second.html)}`, {});
    assert.equal(unchanged.location, `/sekretariat/moeder/${m.id}?ok=meeting_import_unchanged`);
    assert.equal((await meetingOn('2026-09-24')).length, 1);
    assert.equal((await meetingOn('2026-09-24'))[0]!.version, m.version, 'not even a new version');
  });

  test('documents imported by two people at the same moment make one meeting, and one case where they share a case', async () => {
    // Two secretaries confirm their previews together: the second import must find the meeting (or
    // the case, or the location) the first creates, not make a second one beside it.
    const text = minutes.replaceAll('24-09-2026', '15-10-2026').replace('Torsdag d. 24. september 2026', 'Torsdag d. 15. oktober 2026')
      .replace('1-00-14-26', '1-00-77-26').replace('Mødelokale 3', 'Mødelokale 7');
    const people = [sec, await signIn(app.url, 'admin@lighed.demo')];
    const both = async (documents: { text: string; organization: string }[]) => {
      const ids: string[] = [];
      for (const [i, d] of documents.entries()) ids.push(stagedId((await people[i]!.post('/sekretariat/import', { file: file(d.text, 'referat.txt'), organization: d.organization })).html)!);
      return Promise.all(people.map((person, i) => person.post(`/sekretariat/import/${ids[i]}`, {})));
    };

    const same = await both([{ text, organization: lfs }, { text, organization: lfs }]);
    assert.deepEqual(same.map((d) => d.status), [303, 303]);
    const found = await meetingOn('2026-10-15');
    assert.equal(found.length, 1, 'one meeting');
    assert.deepEqual(same.map((d) => d.location!.replace(/\?.*/, '')), Array(2).fill(`/sekretariat/moeder/${found[0]!.id}`));
    assert.deepEqual(same.map((d) => d.location!.replace(/.*ok=/, '')).sort(), ['meeting_import_unchanged', 'meeting_imported'], 'one created it, the other found it as it is');

    // The committee's minutes and the regional council's agenda with the same new case, at once.
    const council = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'regionsraadet') }))!;
    const shared = (date: string, title: string) => text.replaceAll('15-10-2026', date).replace('15. oktober', `${date.slice(0, 2).replace(/^0/, '')}. oktober`)
      .replace('1-00-77-26', '1-00-78-26').replace('Mødelokale 7', `Mødelokale ${date.slice(0, 2)}`).replace('REFERAT Udvalg for lighed i sundhed', title);
    const two = await both([
      { text: shared('08-10-2026', 'REFERAT Udvalg for lighed i sundhed'), organization: lfs },
      { text: shared('09-10-2026', 'DAGSORDEN Regionsrådet'), organization: council.id },
    ]);
    assert.deepEqual(two.map((d) => d.location!.replace(/.*ok=/, '')), ['meeting_imported', 'meeting_imported']);
    const made = await app.database.db.select().from(cases).where(eq(cases.caseNumber, '1-00-78-26'));
    assert.equal(made.length, 1, 'one case, on its way through both bodies');
  });

  test('a PDF is read like the CLI reads it', async () => {
    const agenda = parseMeetingText(`DAGSORDEN Udvalg for lighed i sundhed d. 29-10-2026

Mødedato Torsdag d. 29. oktober 2026 kl. 09:00

Mødested Regionshuset Viborg

Punkt 1: Sundhedsprofil for socialt udsatte

1-30-72-9-26

Sagsfremstilling

Undersøgelsen gentages i 2027.
`);
    const pdf = await renderPdf(renderModelFromParsed(agenda, 'public'));
    const preview = await sec.post('/sekretariat/import', { file: { blob: new Blob([new Uint8Array(pdf)]), name: 'dagsorden.pdf' }, organization: '' });
    assert.equal(preview.status, 200, strip(preview.html).slice(0, 400));
    const text = strip(preview.html);
    assert.ok(text.includes('Dagsorden') && text.includes('29. oktober 2026 kl. 09:00') && text.includes('Sundhedsprofil for socialt udsatte'));
    assert.ok(text.includes('Dagsordenen bliver offentlig, når du importerer den.'));
    const done = await sec.post(`/sekretariat/import/${stagedId(preview.html)}`, {});
    assert.match(done.location!, /ok=meeting_imported$/);
    assert.equal((await meetingOn('2026-10-29'))[0]!.state, 'agenda_released');
  });

  test('a PDF with an attachment bound in after its last page: the preview says which pages were not read, and the meeting has none of them', async () => {
    const agenda = parseMeetingText('DAGSORDEN Udvalg for lighed i sundhed d. 05-11-2026\n\nMødedato Torsdag d. 5. november 2026 kl. 09:00\n\nPunkt 1: Varmestuer i vinteren 2026\n\nSagsfremstilling\n\nVarmestuerne holder længere åbent.\n');
    const pdf = await foreignPdf({ ...agenda, date: agenda.date!, organization: agenda.organization! }, { pagePerItem: false, appendix: { paragraphs: ['Bilag 1: Evaluering af varmestuerne', 'Beslutning', 'Evalueringen er godkendt af styregruppen.'] } });
    const preview = await sec.post('/sekretariat/import', { file: { blob: new Blob([new Uint8Array(pdf)]), name: 'samlet.pdf' }, organization: '' });
    assert.equal(preview.status, 200, strip(preview.html).slice(0, 400));
    assert.ok(strip(preview.html).includes('Side 2 hører ikke til dagsordenen eller referatet (dets egen side er nummereret som side 1 af 1)'), strip(preview.html).slice(0, 600));
    const done = await sec.post(`/sekretariat/import/${stagedId(preview.html)}`, {});
    assert.match(done.location!, /ok=meeting_imported$/);
    const meeting = (await meetingOn('2026-11-05'))[0]!;
    const text = strip(await app.text(`/moeder/${meeting.id}`));
    assert.ok(text.includes('Varmestuerne holder længere åbent.') && !text.includes('styregruppen'), 'the agenda without the attachment\'s text');
  });

  test('bad documents get a clear message next to the file field, and nothing is staged', async () => {
    const staged = async () => (await app.database.db.select().from(stagedImports)).length;
    const before = await staged();
    const head = 'REFERAT Udvalg for lighed i sundhed d. 02-03-2026\n\n';
    const cases: [Record<string, string | { blob: Blob; name: string }>, number, string][] = [
      [{ organization: '' }, 400, 'Vælg det dokument, der skal importeres.'],
      [{ file: { blob: new Blob([new Uint8Array([0, 1, 2, 3, 0, 0, 9, 200])]), name: 'billede.bin' } }, 400, 'Filen billede.bin er ikke et tekstdokument, en PDF eller en HTML-side.'],
      [{ file: { blob: new Blob(['%PDF-1.7\n1 0 obj\n<<']), name: 'afkortet.pdf' } }, 400, 'afkortet.pdf er ikke en gyldig PDF-fil'],
      [{ file: file('Kære alle, vi ses på torsdag.', 'brev.txt') }, 400, 'Der er ingen genkendelige dagsordenspunkter i dokumentet.'],
      [{ file: file('REFERAT Udvalg for lighed i sundhed\n\nPunkt 1: Orientering\n\nBeslutning\n\nTaget til efterretning.\n', 'udateret.txt') }, 422, 'Dokumentet angiver ikke mødets dato.'],
      [{ file: file(minutes.replace('Udvalg for lighed i sundhed', 'Udvalget for Vandløb'), 'andet.txt') }, 422, 'Organet «Udvalget for Vandløb» findes ikke i Lighed. Vælg det rigtige råd eller udvalg på listen.'],
      [{ file: file(`${minutes}\n\n${minutes.replace('24-09-2026', '29-10-2026')}`, 'aarets-referater.txt') }, 400,
        'Filen indeholder mere end ét møde (det første 24-09-2026, det næste 29-10-2026). Importér hvert møde som sin egen fil.'],
      // More than any meeting holds (a year's minutes in one file): said in words. 130,000 attachments once
      // overflowed the call stack while reading; 1,001 items or 501 people would overflow a statement's parameters.
      [{ file: file(`${head}Punkt 1: Sag\n\nBilag\n\n${Array.from({ length: 130_000 }, (_, i) => `Bilag ${i + 1}`).join('\n\n')}\n`, 'bilag.txt') }, 422,
        'Dokumentet har 130000 bilag; et møde kan højst have 5000. Er det flere møder i én fil? Så importér dem hver for sig.'],
      [{ file: file(head + Array.from({ length: 1001 }, (_, i) => `Punkt ${i + 1}: Sag ${i + 1}\n\nBeslutning\n\nGodkendt.\n`).join('\n'), 'aaret.txt') }, 422,
        'Dokumentet har 1001 punkter; et møde kan højst have 1000.'],
      [{ file: file(`${head}Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\nAfbud:\n${Array.from({ length: 501 }, (_, i) => `Anna B${[i % 21, Math.floor(i / 21) % 21, Math.floor(i / 441)].map((k) => 'abcdefghijklmnoprstuv'[k]).join('')}sen`).join('\n')}\n`, 'fremmoede.txt') }, 422,
        'Dokumentets fremmøde nævner 501 personer; et møde kan højst have 500.'],
    ];
    for (const [fields, status, message] of cases) {
      const res = await sec.post('/sekretariat/import', fields);
      assert.equal(res.status, status, message);
      const text = strip(res.html);
      assert.ok(text.includes(message), `${message} in: ${text.slice(0, 300)}`);
      assert.ok(res.html.includes('href="#f-file"'), 'the error summary points at the file field');
      if (fields.file) assert.ok(text.includes('Dokumentet kan ikke importeres'), 'the summary says the document is the problem');
    }
    assert.equal(await staged(), before);
  });

  test('only for bodies the secretary works for; members cannot import at all', async () => {
    const regionsraad = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'regionsraadet') }))!;
    const form = await sec.get('/sekretariat/import');
    assert.ok(form.html.includes(`value="${lfs}"`));
    assert.ok(!form.html.includes(`value="${regionsraad.id}"`), 'the list holds only the secretary’s own bodies');
    // Choosing another body by hand, or a document naming one, is refused.
    assert.equal((await sec.post('/sekretariat/import', { file: file(minutes, 'r.txt'), organization: regionsraad.id })).status, 403);
    const named = await sec.post('/sekretariat/import', { file: file(minutes.replace('Udvalg for lighed i sundhed', 'Regionsrådet'), 'r.txt') });
    assert.equal(named.status, 403);
    // The form stays, and says at the file field which body the document is from.
    assert.ok(strip(named.html).includes('Dokumentet hører til Regionsrådet, som du ikke kan importere for.'), strip(named.html).slice(0, 400));
    assert.ok(named.html.includes('href="#f-file"') && named.html.includes(`value="${lfs}"`), 'the form with the secretary’s bodies, the error at the file');
    const member = await signIn(app.url, 'medlem@lighed.demo');
    assert.equal((await member.get('/sekretariat/import')).status, 403);
    assert.equal((await member.post('/sekretariat/import', { file: file(minutes, 'r.txt') })).status, 403);
    const confirm = await member.post(`/sekretariat/import/${stagedId((await sec.post('/sekretariat/import', { file: file(minutes, 'r.txt') })).html)}`, {});
    assert.equal(confirm.status, 403, 'nor confirm one');
    assert.ok(strip(confirm.html).includes('Du har ikke adgang til dette.'), 'refused for who they are, not for the form');
    assert.match(confirm.html, /<h1>Ingen adgang<\/h1>/);
    // Someone else's staged upload is not theirs to import.
    const preview = await sec.post('/sekretariat/import', { file: file(minutes.replaceAll('24-09-2026', '01-10-2026').replace('24. september', '1. oktober'), 'r.txt') });
    const id = stagedId(preview.html)!;
    const admin = await signIn(app.url, 'admin@lighed.demo');
    assert.equal((await admin.post(`/sekretariat/import/${id}`, {})).status, 409);
    const english = strip((await admin.get('/sekretariat/import?lang=en')).html);
    assert.ok(english.includes('Import an agenda or minutes') && english.includes('As the document says'), 'in English for those who chose it');
    assert.deepEqual(await meetingOn('2026-10-01'), []);
    const anon = new Client(app.url);
    const signedOut = await anon.get('/sekretariat/import');
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.location!, /^\/log-ind/);
  });
});
