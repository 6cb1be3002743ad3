// Importing several documents at once from the browser (a body's archive): each document is read
// and checked on its own, the ones that can be imported are previewed together with nothing written,
// and then each is imported in its own transaction — one that fails leaves the others imported.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, inArray } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { strip } from './helpers/html.ts';
import { meetings } from '../src/meetings/schema.ts';
import { organizations } from '../src/bodies/schema.ts';
import { auditLog } from '../src/audit/schema.ts';
import { stagedImports } from '../src/documents/schema.ts';
import { renderPdf } from '../src/documents/render/pdf.ts';
import { renderModelFromParsed } from '../src/documents/render/model.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';

/** A document in the seeds' layout: an agenda or minutes of the given body and date (DD-MM-YYYY). */
function document(kind: 'DAGSORDEN' | 'REFERAT', body: string, date: string, extra = '') {
  const decision = kind === 'REFERAT' ? '\n\nBeslutning\n\nUdvalget tog orienteringen til efterretning.' : '';
  return `${kind} ${body} d. ${date}

Mødedato Torsdag d. ${date} kl. 09:00

Mødested Regionshuset Viborg

Punkt 1: Værested for hjemløse i Viborg

1-30-72-9-26

Sagsfremstilling

Værestedet har åbent alle ugens dage.${extra}${decision}

Punkt 2: Eventuelt

Sagsfremstilling

Intet.${kind === 'REFERAT' ? '\n\nBeslutning\n\nIntet.' : ''}
`;
}

const LFS = 'Udvalg for lighed i sundhed';
const file = (text: string, name: string) => ({ blob: new Blob([text]), name });
const stagedIds = (html: string) => [...html.matchAll(/name="staged" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);

describe(`importing several documents from the browser (${testDb})`, () => {
  let app: TestApp;
  let sec: Client;
  let lfs: string;
  const meetingOn = async (date: string) =>
    (await app.database.db.select().from(meetings).where(eq(meetings.organizationId, lfs))).filter((m) => m.start.toISOString().startsWith(date));
  const staged = async () => (await app.database.db.select().from(stagedImports)).length;

  before(async () => {
    // One attachment may be 0.1 MB; an import upload, 0.5 MB in all.
    app = await startTestApp({ env: { LIGHED_MAX_UPLOAD_MB: '0.1', LIGHED_MAX_IMPORT_MB: '0.5' } });
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
    lfs = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udvalg-for-lighed-i-sundhed') }))!.id;
  });
  after(() => app?.close());

  test('several documents: previewed together with nothing written, the bad ones named, then each imported', async () => {
    const form = await sec.get('/sekretariat/import');
    assert.match(form.html, /<input type="file"[^>]* name="file"[^>]* multiple/, 'the file field takes several files');
    assert.ok(strip(form.html).includes('op til 50 ad gangen og højst 0.50 MB i alt'), 'the form says how many and how much');

    const pdf = await renderPdf(renderModelFromParsed(parseMeetingText(document('REFERAT', LFS, '05-11-2026')), 'public'));
    const upload = await sec.post('/sekretariat/import', {
      organization: '',
      file: [
        // Minutes before the agenda of the same meeting: the agenda is imported first all the same.
        file(document('REFERAT', LFS, '29-10-2026', ' En borger (CPR 010190-1234) har henvendt sig.'), 'referat-29-10.txt'),
        { blob: new Blob([new Uint8Array(pdf)]), name: 'referat-05-11.pdf' },
        { blob: new Blob([new Uint8Array([0, 1, 2, 3, 0, 0, 9, 200])]), name: 'billede.bin' },
        file(document('DAGSORDEN', LFS, '29-10-2026'), 'dagsorden-29-10.txt'),
        file(document('DAGSORDEN', LFS, '29-10-2026').replace(' d. 29-10-2026', '').replace(/Mødedato .*\n/, ''), 'udateret.txt'),
        file(document('DAGSORDEN', 'Regionsrådet', '12-11-2026'), 'regionsraad.txt'),
      ],
    });
    assert.equal(upload.status, 200, strip(upload.html).slice(0, 500));
    const text = strip(upload.html);
    assert.ok(text.includes('Dokumenter, der kan importeres: 3.'), text.slice(0, 600));
    // The bad ones, each with its reason.
    assert.ok(text.includes('billede.bin : Filen billede.bin er ikke et tekstdokument, en PDF eller en HTML-side.'));
    assert.ok(text.includes('udateret.txt : Dokumentet angiver ikke mødets dato.'));
    assert.ok(text.includes('regionsraad.txt : Dokumentet hører til Regionsrådet, som du ikke kan importere for.'), 'only the secretary’s own bodies');
    // The rest in import order: the agenda, then the minutes that update its meeting, then the next meeting.
    const table = strip(/<table[^>]*id="import-documents"[\s\S]*?<\/table>/.exec(upload.html)![0]);
    const order = ['dagsorden-29-10.txt', 'referat-29-10.txt', 'referat-05-11.pdf'].map((f) => table.indexOf(f));
    assert.ok(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!)), `import order in: ${table}`);
    assert.ok(table.includes('Dagsorden Udvalg for lighed i sundhed Torsdag d. 29. oktober 2026 2 Opretter et nyt møde'), table);
    assert.ok(table.includes('Referat Udvalg for lighed i sundhed Torsdag d. 29. oktober 2026 2 Opdaterer mødet fra dagsorden-29-10.txt Personoplysninger, der skjules: 1'), table);
    assert.ok(table.includes('5. november 2026'));
    // Each document's reading, folded, with its items.
    assert.equal((upload.html.match(/<details/g) ?? []).length, 3);
    assert.ok(text.includes('Punkt 1, Sagsfremstilling: CPR-nummer (01•••••••34)'));
    assert.ok(!text.includes('010190-1234'));
    assert.deepEqual([...await meetingOn('2026-10-29'), ...await meetingOn('2026-11-05')], [], 'nothing written before the secretary confirms');
    const ids = stagedIds(upload.html);
    assert.equal(ids.length, 3);
    assert.equal(await staged(), 3);
    const audit = await app.database.db.select().from(auditLog).where(and(eq(auditLog.command, 'stageImport'), inArray(auditLog.entityId, ids)));
    assert.equal(audit.length, 3, 'each staged document is in the audit log');

    const result = await sec.post('/sekretariat/import/samlet', { staged: ids });
    assert.equal(result.status, 200);
    const done = strip(result.html);
    assert.ok(done.includes('Importeret: 3 af 3 dokumenter.'), done.slice(0, 500));
    const [m29] = await meetingOn('2026-10-29');
    const [m05] = await meetingOn('2026-11-05');
    assert.ok(m29 && m05);
    assert.equal((await meetingOn('2026-10-29')).length, 1, 'agenda and minutes are one meeting');
    assert.equal(m29.state, 'minutes_released');
    assert.ok(result.html.includes(`href="/sekretariat/moeder/${m29.id}"`) && result.html.includes(`href="/sekretariat/moeder/${m05.id}"`));
    const rows = strip(/<table[^>]*id="import-results"[\s\S]*?<\/table>/.exec(result.html)![0]);
    assert.ok(rows.includes('dagsorden-29-10.txt Udvalg for lighed i sundhed Torsdag d. 29. oktober 2026 kl. 09:00 Nyt møde oprettet'), rows);
    assert.ok(rows.includes('referat-29-10.txt Udvalg for lighed i sundhed Torsdag d. 29. oktober 2026 kl. 09:00 Mødet er opdateret'), rows);
    const imports = await app.database.db.select().from(auditLog).where(and(eq(auditLog.command, 'importMeeting'), inArray(auditLog.entityId, [m29.id, m05.id])));
    assert.deepEqual(imports.map((e) => (e.after as { source: string }).source).sort(), ['dagsorden-29-10.txt', 'referat-05-11.pdf', 'referat-29-10.txt']);
    assert.ok(imports.every((e) => e.actorName === 'Demo Sekretær'));
    assert.equal(await staged(), 0, 'the staged documents are gone with the import');
    const pub = strip(await app.text(`/moeder/${m29.id}/referat`));
    assert.ok(pub.includes('Udvalget tog orienteringen til efterretning.') && !pub.includes('010190-1234'));

    // The same confirmation again imports nothing.
    const again = await sec.post('/sekretariat/import/samlet', { staged: ids });
    assert.equal(again.status, 409);
    assert.ok(strip(again.html).includes('Dokumentet venter ikke længere på at blive importeret'));
  });

  test('an extraordinary meeting the same day, in the same upload, is a meeting of its own', async () => {
    const extra = `DAGSORDEN ${LFS} d. 17-12-2026\n\nMødedato Torsdag d. 17-12-2026 kl. 15:00\n\nPunkt 1: Vinterberedskab for hjemløse\n\nSagsfremstilling\n\nFlere nødovernatninger.\n`;
    const upload = await sec.post('/sekretariat/import', { organization: '', file: [file(document('DAGSORDEN', LFS, '17-12-2026'), 'ordinaer.txt'), file(extra, 'ekstraordinaer.txt')] });
    const table = strip(/<table[^>]*id="import-documents"[\s\S]*?<\/table>/.exec(upload.html)![0]);
    assert.equal(table.split('Opretter et nyt møde').length - 1, 2, table);
    const result = await sec.post('/sekretariat/import/samlet', { staged: stagedIds(upload.html) });
    assert.ok(strip(result.html).includes('Importeret: 2 af 2 dokumenter.'));
    assert.equal((await meetingOn('2026-12-17')).length, 2);
  });

  test('a document that stops waiting before the import is reported; the others are imported', async () => {
    const upload = await sec.post('/sekretariat/import', {
      file: [file(document('DAGSORDEN', LFS, '03-12-2026'), 'a.txt'), file(document('DAGSORDEN', LFS, '10-12-2026'), 'b.txt')],
    });
    const ids = stagedIds(upload.html);
    assert.equal(ids.length, 2);
    await app.database.db.delete(stagedImports).where(eq(stagedImports.id, ids[1]!));
    const result = strip((await sec.post('/sekretariat/import/samlet', { staged: ids })).html);
    assert.ok(result.includes('Importeret: 1 af 2 dokumenter.'), result.slice(0, 400));
    assert.ok(result.includes('Dokumenter, der ikke længere venter (1)'));
    assert.equal((await meetingOn('2026-12-03')).length, 1);
    assert.equal((await meetingOn('2026-12-10')).length, 0);
  });

  test('limits: at most 50 files, and the upload’s own size limit (above one attachment’s)', async () => {
    const before = await staged();
    const many = Array.from({ length: 51 }, (_, i) => file(document('DAGSORDEN', LFS, `0${1 + (i % 9)}-01-2027`), `d${i}.txt`));
    const tooMany = await sec.post('/sekretariat/import', { file: many });
    assert.equal(tooMany.status, 400);
    assert.ok(strip(tooMany.html).includes('Du har valgt 51 filer. Vælg højst 50 ad gangen.'));
    assert.ok(tooMany.html.includes('href="#f-file"'));
    assert.equal(await staged(), before, 'too many files stage nothing');
    // Two documents of 60 KB each: more than one attachment may be (0.1 MB), within the import's 0.5 MB.
    const padding = ` ${'Værestedet holder åbent. '.repeat(2400)}`;
    const two = await sec.post('/sekretariat/import', { file: [file(document('DAGSORDEN', LFS, '07-01-2027', padding), 'x.txt'), file(document('DAGSORDEN', LFS, '14-01-2027', padding), 'y.txt')] });
    assert.equal(two.status, 200, strip(two.html).slice(0, 300));
    assert.equal(stagedIds(two.html).length, 2);
    // More than the import's limit in all (with the 1 MB every form gets for its other fields) is cut off before it is read.
    const big = await sec.post('/sekretariat/import', { file: Array.from({ length: 30 }, (_, i) => file(document('DAGSORDEN', LFS, '21-01-2027', padding), `z${i}.txt`)) });
    assert.equal(big.status, 413);
    assert.ok(strip(big.html).includes('Dokumenterne fylder for meget til én import (højst 0.50 MB i alt).'), strip(big.html).slice(0, 400));
    assert.equal(await staged(), 2, 'the refused upload staged nothing');
  });

  test('nothing importable: said so, nothing staged; members and other users cannot use the batch', async () => {
    const none = await sec.post('/sekretariat/import', { file: [file('Kære alle, vi ses.', 'brev.txt'), file('', 'tom.txt')] });
    assert.equal(none.status, 422);
    const text = strip(none.html);
    assert.ok(text.includes('Ingen af dokumenterne kan importeres.'));
    assert.ok(text.includes('brev.txt : Der er ingen genkendelige dagsordenspunkter i dokumentet.'));
    assert.ok(text.includes('tom.txt : Filen tom.txt er tom.'));
    assert.ok(!none.html.includes('/sekretariat/import/samlet'), 'no import button');

    const upload = await sec.post('/sekretariat/import', { file: [file(document('DAGSORDEN', LFS, '04-02-2027'), 'a.txt'), file(document('DAGSORDEN', LFS, '11-02-2027'), 'b.txt')] });
    const ids = stagedIds(upload.html);
    const member = await signIn(app.url, 'medlem@lighed.demo');
    const refused = await member.post('/sekretariat/import/samlet', { staged: ids });
    assert.equal(refused.status, 403);
    assert.ok(strip(refused.html).includes('Du har ikke adgang til dette.'), 'refused for who they are, not for the form');
    const admin = await signIn(app.url, 'admin@lighed.demo');
    assert.equal((await admin.post('/sekretariat/import/samlet', { staged: ids })).status, 409, 'another user’s upload is not theirs to import');
    assert.deepEqual([...await meetingOn('2027-02-04'), ...await meetingOn('2027-02-11')], []);
  });
});
