// Attachments: type by content, size limit, stored in a folder by default or in an S3 bucket,
// served to whoever may see the item.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { Client, signIn } from './helpers/client.ts';
import { startFakeS3, type FakeS3 } from './helpers/s3-server.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { organizations } from '../src/bodies/schema.ts';
import { createMeeting } from '../src/meetings/commands.ts';
import { addItem } from '../src/agenda/items.ts';
import { releaseAgenda } from '../src/agenda/release.ts';
import { files } from '../src/documents/schema.ts';
import { renderPdf } from '../src/documents/render/pdf.ts';
import { s3BlobStore } from '../src/documents/s3.ts';

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function meetingWithItems(app: TestApp, date: string) {
  const db = app.database.db;
  const actor = systemActor('Test');
  const org = (await db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
  const m = await runCommand(db, actor, createMeeting, { organizationId: org.id, date, start: '10:00' });
  const open = await runCommand(db, actor, addItem, { meetingId: m.id, title: 'Åbent punkt' });
  const closed = await runCommand(db, actor, addItem, { meetingId: m.id, title: 'Lukket punkt', public: false, closedReason: 'Personoplysninger' });
  return { meetingId: m.id, open: open.id, closed: closed.id };
}

describe(`attachments (${testDb})`, () => {
  let s3: FakeS3;
  let app: TestApp;
  let sec: Client;
  before(async () => {
    s3 = await startFakeS3();
    app = await startTestApp({ env: { LIGHED_MAX_UPLOAD_MB: '0.05', LIGHED_S3_ENDPOINT: s3.endpoint, LIGHED_S3_BUCKET: s3.bucket, LIGHED_S3_ACCESS_KEY_ID: s3.accessKeyId, LIGHED_S3_SECRET_ACCESS_KEY: s3.secretAccessKey } });
    sec = await signIn(app.url, 'sekretaer@lighed.demo');
  });
  after(async () => {
    await app?.close();
    await s3?.close();
  });

  test('files go to the S3 bucket under their content hash, signed; readers get them only where the item is visible', async () => {
    const { meetingId, open, closed } = await meetingWithItems(app, '2026-12-03');
    const pdf = await renderPdf({ kind: 'agenda', audience: 'public', draft: false, organization: 'Udsatterådet', date: '2026-12-03', start: null, location: null, items: [], absent: [], attendanceRecorded: false, closedAt: null, addenda: [] });
    assert.match((await sec.post(`/sekretariat/punkter/${open}/bilag`, { name: 'Notat', file: { blob: new Blob([new Uint8Array(pdf)]), name: 'notat.pdf' } })).location!, /ok=attachment_added/);
    assert.match((await sec.post(`/sekretariat/punkter/${closed}/bilag`, { name: 'Foto', file: { blob: new Blob([new Uint8Array(png)]), name: 'foto.png' } })).location!, /ok=attachment_added/);
    assert.equal(s3.objects.size, 2);
    assert.equal(s3.rejected, 0, 'every request was correctly signed');
    const rows = await app.database.db.select().from(files);
    const notat = rows.find((f) => f.name === 'Notat')!;
    const foto = rows.find((f) => f.name === 'Foto')!;
    assert.equal(notat.mimeType, 'application/pdf');
    assert.equal(foto.mimeType, 'image/png');
    assert.ok(s3.objects.has(notat.storageKey!), 'stored under its SHA-256');
    // Before release: nobody outside the secretariat.
    const anon = new Client(app.url);
    assert.equal((await anon.raw(`/bilag/${notat.id}`)).status, 404);
    assert.equal((await sec.raw(`/bilag/${notat.id}`)).status, 200);
    await runCommand(app.database.db, systemActor('Test'), releaseAgenda, { meetingId });
    const res = await anon.raw(`/bilag/${notat.id}`);
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), Buffer.from(pdf), 'the same bytes back from the bucket');
    assert.equal((await anon.raw(`/bilag/${foto.id}`)).status, 404, 'a closed item’s file is not public');
    const ngo = await signIn(app.url, 'forening@lighed.demo');
    assert.equal((await ngo.raw(`/bilag/${foto.id}`)).status, 200, 'members get it');
  });

  test('too large is refused before anything is stored; a wrong type is stored but marked and held back', async () => {
    const { open } = await meetingWithItems(app, '2026-12-10');
    const before = s3.objects.size;
    const big = await sec.post(`/sekretariat/punkter/${open}/bilag`, { name: 'Stor', file: { blob: new Blob([new Uint8Array(80 * 1024)]), name: 'stor.pdf' } });
    assert.equal(big.status, 413);
    assert.ok(big.html.includes('Filen er for stor (højst 0.05 MB).'));
    assert.ok(big.html.includes('href="#f-file"') && big.html.includes('id="f-file-error"'), 'the summary links to the file field, which says what is wrong');
    assert.equal(s3.objects.size, before);
    // Far beyond the limit, the request is cut off before its body is read at all.
    const huge = await sec.post(`/sekretariat/punkter/${open}/bilag`, { name: 'Kæmpe', file: { blob: new Blob([new Uint8Array(1_300_000)]), name: 'kaempe.pdf' } });
    assert.equal(huge.status, 413);
    assert.ok(huge.html.includes('Filen er for stor (højst 0.05 MB).'));
    assert.equal(s3.objects.size, before);
    const fake = await sec.post(`/sekretariat/punkter/${open}/bilag`, { name: 'Forklædt', file: { blob: new Blob([new Uint8Array(png)]), name: 'rapport.pdf' } });
    assert.match(fake.location!, /ok=attachment_failed_check/);
    const row = (await app.database.db.select().from(files)).find((f) => f.name === 'Forklædt')!;
    assert.equal(row.checkProblem, 'rule.attachment.type_mismatch');
    const page = await sec.get(`/sekretariat/punkter/${open}`);
    assert.ok(page.html.includes('Filens indhold passer ikke til endelsen'));
  });

  test('a store with the wrong secret is refused by the bucket, and the upload fails without a record', async () => {
    const wrong = s3BlobStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: 'not-the-secret' });
    await assert.rejects(wrong.put('a'.repeat(64), new Uint8Array([1]), 'application/octet-stream'), /S3 PUT failed: 403/);
    assert.equal(await s3BlobStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }).get('b'.repeat(64)), null);
  });

  test('the text of a released PDF attachment is found by search, masked, and the hit opens the file; a closed item’s is not', async () => {
    const { meetingId, open, closed } = await meetingWithItems(app, '2026-12-17');
    const pdfWith = (title: string, text: string) =>
      renderPdf({ kind: 'agenda', audience: 'public', draft: false, organization: 'Udsatterådet', date: '2026-12-17', start: null, location: null, absent: [], attendanceRecorded: false, closedAt: null, addenda: [],
        items: [{ number: '1', title, public: true, caseNumber: null, attachments: [], sections: [{ kind: 'presentation', heading: 'Sagsfremstilling', text, proposer: null, lead: null, clauses: [] }] }] });
    const notat = await pdfWith('Havørnens levesteder', 'Rapporten om havørnene ved fjorden er skrevet af borger@example.com efter en optælling.');
    const hemmelig = await pdfWith('Fortroligt', 'Et dokument om zebrafinker og en navngiven medarbejder.');
    assert.match((await sec.post(`/sekretariat/punkter/${open}/bilag`, { name: 'Optælling af havørne', file: { blob: new Blob([new Uint8Array(notat)]), name: 'havoern.pdf' } })).location!, /ok=attachment_added/);
    assert.match((await sec.post(`/sekretariat/punkter/${closed}/bilag`, { name: 'Personsag', file: { blob: new Blob([new Uint8Array(hemmelig)]), name: 'personsag.pdf' } })).location!, /ok=attachment_added/);
    const anon = new Client(app.url);
    const search = async (q: string) => (await (await anon.raw(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { total: number; results: { kind: string; title: string; url: string; snippet: string }[] };
    assert.equal((await search('havørnene')).total, 0, 'nothing before release');
    await runCommand(app.database.db, systemActor('Test'), releaseAgenda, { meetingId });
    const found = await search('havørnene optælling');
    const hit = found.results.find((h) => h.kind === 'attachment')!;
    assert.ok(hit, 'the attachment is a hit');
    assert.equal(hit.title, 'Optælling af havørne');
    const fileId = (await app.database.db.select().from(files)).find((f) => f.name === 'Optælling af havørne')!.id;
    assert.ok(hit.url.endsWith(`/bilag/${fileId}`), hit.url);
    assert.match(hit.snippet, /<mark>havørnene<\/mark>/i);
    assert.ok(!hit.snippet.includes('borger@example.com'), 'a citizen’s address is masked');
    assert.equal((await anon.raw(new URL(hit.url).pathname)).status, 200, 'the hit opens the file');
    assert.equal((await search('zebrafinker')).total, 0, 'a closed item’s attachment is never searchable');
    const page = await (await anon.raw('/soeg?q=havørnene')).text();
    assert.ok(page.includes(`href="/bilag/${fileId}"`));
  });
});
