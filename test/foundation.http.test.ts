// The foundation through real HTTP: the demo bodies and members, charters, composition gaps,
// the seed meetings, /health and /info, language, errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { strip } from './helpers/html.ts';
import { Client } from './helpers/client.ts';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { loadDemo } from '../src/demo/seed.ts';


describe(`foundation over HTTP (${testDb})`, () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(async () => app?.close());

  test('the front page lists the demo bodies with their members', async () => {
    const res = await app.get('/');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<html lang="da">/);
    const text = strip(html);
    for (const name of ['Region Midtjylland', 'Norddjurs Kommune', 'Udsatterådet', 'Udvalg for lighed i sundhed', 'Regionsrådet', 'Sundhedsråd Nord', 'Voksen- og Plejeudvalget']) {
      assert.ok(text.includes(name), `front page names ${name}`);
    }
    // Members with their NGO, and the chair marked.
    assert.ok(text.includes('Karen Elisabeth Vestergaard (Røde Kors)'));
    assert.ok(text.includes('Annie Røn (Bedre Psykiatri)'));
    assert.ok(text.includes('Helle Jensen, formand'));
    // The region comes before the municipality.
    assert.ok(text.indexOf('Region Midtjylland') < text.indexOf('Norddjurs Kommune'));
  });

  test("Udsatterådet's page shows its charter, 11 members and the 3 open regional-council seats", async () => {
    const res = await app.get('/organer/udsatteraadet');
    assert.equal(res.status, 200);
    const text = strip(await res.text());
    assert.ok(text.includes('Kommissorium'));
    assert.ok(text.includes('høringsberettiget'), 'tasks from seed 002');
    assert.ok(text.includes('mennesker i udsatte positioner'), 'target group from seed 002');
    assert.ok(text.includes('I alt 14 pladser'));
    assert.ok(text.includes('3 af 4 pladser som regionsrådsmedlem er ikke besat'));
    assert.ok(text.includes('3 af i alt 14 pladser er ikke besat'));
    assert.ok(!text.includes('pladser som repræsentant for en forening er ikke besat'), 'all ten NGO seats are filled');
    const rows = (await app.text('/organer/udsatteraadet')).match(/<tr>/g) ?? [];
    assert.equal(rows.length, 1 + 11, 'header row + 10 NGO members + the chair');
  });

  test("the special committee's page shows the charter period and legal basis from seed 000", async () => {
    const text = strip(await app.text('/organer/udvalg-for-lighed-i-sundhed'));
    assert.ok(text.includes('01-02-2022 – 31-12-2025'));
    assert.ok(text.includes('§17, stk. 4 i den kommunale styrelseslov'));
    assert.ok(text.includes('Udvalget sekretariatsbetjenes af Regionssekretariatet.'));
    assert.ok(text.includes('6 af 9 pladser som regionsrådsmedlem er ikke besat'));
    assert.ok(text.includes('Referat offentliggjort'), 'its meeting is listed');
  });

  test('the 27-08-2025 minutes show five items, decisions, absences and the closing time', async () => {
    const org = await app.text('/organer/udvalg-for-lighed-i-sundhed');
    const href = /href="(\/moeder\/[0-9a-f-]{36})"/.exec(org)![1]!;
    const text = strip(await app.text(href));
    for (const title of ['Punkt 1: Strategigrundlag for styrket samarbejde med civilsamfundet', 'Punkt 2: Status på projektet Præ-SPOR', 'Punkt 3: Godkendelse af referat fra seneste møde i udvalget', 'Punkt 4: Gensidig orientering', 'Punkt 5: Mødedeltagelse']) {
      assert.ok(text.includes(title), title);
    }
    assert.ok(text.includes('1-36-70-7-25'));
    assert.ok(text.includes('Udvalg for lighed i sundhed godkendte,'));
    assert.ok(text.includes('Fraværende: Elvin Hansen, Louise Høgh, Stine Damborg'));
    assert.ok(text.includes('Mødet blev hævet kl. 11.30.'));
    assert.ok(text.includes('Konferencelokalet, Regionshuset Viborg'));
  });

  test("the Udsatteråd meeting of 25-06-2026 has its seven agenda items", async () => {
    const org = await app.text('/organer/udsatteraadet');
    const href = /href="(\/moeder\/[0-9a-f-]{36})"/.exec(org)![1]!;
    const html = await app.text(href);
    assert.equal((html.match(/<h2 id="item-/g) ?? []).length, 7);
    assert.ok(strip(html).includes('Torsdag d. 25. juni 2026 kl. 09:00'));
    // The page in English writes its date in English; the body's 25-06-2026 in the title is the documents' own.
    const english = strip(await app.text(`${href}?lang=en`));
    assert.ok(english.includes('Date Thursday 25 June 2026 at 09:00'), english.slice(0, 600));
  });

  test('/health and /info answer JSON about the database', async () => {
    const health = await app.get('/health');
    assert.equal(health.status, 200);
    const h = (await health.json()) as { status: string; database: { kind: string }; migrations: { pending: number } };
    assert.equal(h.status, 'ok');
    assert.equal(h.database.kind, testDb);
    assert.equal(h.migrations.pending, 0);
    const info = (await (await app.get('/info')).json()) as { name: string; version: string; database: string; code: string };
    assert.equal(info.name, 'lighed');
    // The suite runs src/ through tsx; `lighed serve` runs its bundle (test/startup.test.ts).
    assert.equal(info.code, 'tsx');
    assert.match(info.version, /^\d+\.\d+\.\d+/);
    assert.equal(info.database, testDb);
  });

  test('the interface switches to English and back', async () => {
    const res = await app.get('/sprog?lang=en&next=/organer/udsatteraadet');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/organer/udsatteraadet');
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const html = await app.text('/organer/udsatteraadet', { headers: { cookie } });
    assert.match(html, /<html lang="en">/);
    assert.ok(strip(html).includes('3 of 4 seats as regional council member are not filled.'));
    // An open redirect is refused.
    const evil = await app.get('/sprog?lang=en&next=//evil.example');
    assert.equal(evil.headers.get('location'), '/');
  });

  test('unknown pages answer 404 in Danish, as HTML or JSON', async () => {
    const res = await app.get('/organer/findes-ikke');
    assert.equal(res.status, 404);
    const page = await res.text();
    assert.ok(strip(page).includes('Siden eller oplysningen findes ikke.'));
    assert.match(page, /<h1>Siden findes ikke<\/h1>/, 'the heading says what happened');
    assert.match(page, /<title>Siden findes ikke/);
    const json = await app.get('/api/findes-ikke');
    assert.equal(json.status, 404);
    assert.deepEqual(await json.json(), { error: { code: 'not_found', message: 'Siden eller oplysningen findes ikke.', fields: [] } });
    assert.equal((await app.get('/moeder/not-a-uuid')).status, 404);
  });

  test('a NUL character in an address or a form is refused with a message, never a server error', async () => {
    for (const path of ['/soeg?q=%00', '/organer/a%00b', '/personer/x%00', '/kalender?organ=a%00', '/sprog?lang=da&next=/%00']) {
      const res = await app.get(path);
      assert.equal(res.status, 400, path);
      assert.ok(strip(await res.text()).includes('Adressen indeholder et nul-tegn (%00), som ikke kan bruges.'), path);
    }
    const json = await app.get('/api/search?q=sundhed%00&lang=en');
    assert.equal(json.status, 400);
    assert.deepEqual(await json.json(), { error: { code: 'validation', message: 'The address contains a NUL character (%00), which cannot be used. Correct the address and try again.', fields: [] } });
    const visitor = new Client(app.url);
    await visitor.get('/log-ind');
    const form = await visitor.post('/log-ind', { email: 'sekretaer@lighed.demo\u0000', password: 'not-the-password' });
    assert.equal(form.status, 400);
    assert.ok(strip(form.html).includes('Formularen indeholder et nul-tegn'));
    // A line break in a language switch's way back is not followed (it would break the response's header).
    const crlf = await app.get('/sprog?lang=en&next=/organer%0D%0AX-Injected:%201');
    assert.equal(crlf.status, 303);
    assert.equal(crlf.headers.get('location'), '/');
    assert.equal(crlf.headers.get('x-injected'), null);
  });

  test('an address with a trailing slash finds its page; never a redirect to another site', async () => {
    const res = await app.get('/organer/udsatteraadet/?x=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/organer/udsatteraadet?x=1');
    assert.equal((await app.get('//evil.example/')).headers.get('location'), '/evil.example');
    assert.equal((await app.get('/')).status, 200);
  });

  test('the design system is served from node_modules', async () => {
    const css = await app.get('/static/dkfds/css/dkfds.min.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.ok((await css.text()).length > 100_000);
  });

  test('loading the demo a second time changes nothing', async () => {
    const snapshot = async () =>
      (
        await app.database.pool.query(`select
          (select count(*) from bodies) b, (select count(*) from organizations) o, (select count(*) from persons) p,
          (select count(*) from memberships) m, (select count(*) from meetings) mt, (select count(*) from agenda_items) i,
          (select count(*) from item_sections) s, (select count(*) from section_clauses) c, (select count(*) from files) f,
          (select count(*) from cases) k, (select count(*) from consultations) co, (select count(*) from attendance) a,
          (select count(*) from audit_log) al, (select count(*) from record_versions) rv, (select max(modified_at) from agenda_items) im, (select max(modified_at) from meetings) mm`)
      ).rows[0];
    const before = await snapshot();
    assert.equal(Number(before.rv), 3, 'each published seed meeting kept one version');
    await loadDemo(app.database.db);
    assert.deepEqual(await snapshot(), before);
  });
});
