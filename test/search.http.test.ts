// Search as the public uses it: Danish stemming, typo tolerance, phrases and exclusions,
// filters with counts, highlighted snippets — and never closed content or drafts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { importMeeting } from '../src/documents/import-meeting.ts';
import { createMeeting } from '../src/meetings/commands.ts';
import { organizations } from '../src/bodies/schema.ts';
import { strip } from './helpers/html.ts';
import { agendaItems } from '../src/agenda/schema.ts';
import { writeItemContent } from '../src/agenda/content.ts';
import { reindexMeeting } from '../src/search/indexer.ts';

interface Api {
  total: number;
  correctedQuery: string | null;
  results: { title: string; kind: string; document: string; date: string; organization: { slug: string }; snippet: string; url: string }[];
  counts: { organizations: { slug: string; count: number }[]; documentKinds: Record<string, number>; decisions: number };
}

describe(`search (${testDb})`, () => {
  let app: TestApp;
  const api = async (params: Record<string, string>) => {
    const res = await app.get(`/api/search?${new URLSearchParams(params)}`);
    assert.equal(res.status, 200);
    return (await res.json()) as Api;
  };
  before(async () => {
    app = await startTestApp();
    const closed = `REFERAT Udvalg for lighed i sundhed d. 10-09-2025\n\nPunkt 1: Borgerhenvendelse\n\nSagsfremstilling\n\nEn borger med CPR 010190-1234 har skrevet om civilsamfundet.\n\nPunkt 2: Lukket: Personalesag om zebrafisk\n\nSagsfremstilling\n\nFORTROLIGHEMMELIGHED om en medarbejder.`;
    await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(closed) });
    // An agenda still being drafted: a planned meeting with an item nobody has released.
    const org = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
    const draft = await runCommand(app.database.db, systemActor('Test'), createMeeting, { organizationId: org.id, date: '2026-12-10', start: '09:00' });
    await app.database.db.transaction(async (tx) => {
      const [item] = await tx.insert(agendaItems).values({ meetingId: draft.id, position: 0, number: '1', title: 'Kladdepunkt om vandmænd' }).returning();
      await writeItemContent(tx, item!.id, { sections: [{ kind: 'presentation', heading: 'Sagsfremstilling', text: 'Ufrigivet tekst om vandmænd.', proposer: null, lead: null, clauses: [] }], attachments: [] });
      await reindexMeeting(tx, draft.id);
    });
  });
  after(async () => app?.close());

  test('"civilsamfundet" finds the 27-08-2025 strategy item first, with a highlighted snippet', async () => {
    const r = await api({ q: 'civilsamfundet' });
    assert.ok(r.total >= 4);
    assert.equal(r.results[0]!.title, 'Strategigrundlag for styrket samarbejde med civilsamfundet');
    assert.equal(r.results[0]!.date, '2025-08-27');
    assert.match(r.results[0]!.snippet, /<mark>civilsamfundet<\/mark>/i);
    // As the form submits it, with the filters left blank.
    const page = await app.text('/soeg?q=civilsamfundet&organ=&fra=&til=&dokument=&sorter=relevans');
    assert.match(page, /<mark>civilsamfundet<\/mark>/i);
    assert.match(page, /Strategigrundlag for styrket samarbejde med civilsamfundet/);
  });

  test('Danish stemming: "anbefalingerne" finds "anbefalinger"', async () => {
    const r = await api({ q: 'anbefalingerne' });
    assert.ok(r.results.some((h) => h.title === 'Konkretisering af Udsatterådets anbefalinger'));
  });

  test('typos are forgiven: "udsatteraadet" finds Udsatterådet, and the page says what it searched for', async () => {
    const r = await api({ q: 'udsatteraadet' });
    assert.equal(r.correctedQuery, 'udsatterådet');
    assert.ok(r.total > 0);
    assert.ok(r.results.every((h) => /udsatterå?d/i.test(`${h.title} ${h.snippet}`)));
    const page = await app.text('/soeg?q=udsatteraadet');
    assert.match(page, /Viser resultater for «udsatterådet»/);
  });

  test('a word pasted with decomposed letters ("a" + ring for "å") finds what the composed word finds', async () => {
    const composed = await api({ q: 'udsatterådets anbefalinger' });
    const decomposed = await api({ q: 'udsatterådets anbefalinger'.normalize('NFD') });
    assert.ok(composed.total > 0);
    assert.deepEqual(decomposed.results.map((h) => h.url), composed.results.map((h) => h.url));
    assert.equal(decomposed.correctedQuery, null, 'nothing to correct');
    const page = strip(await app.text(`/soeg?q=${encodeURIComponent('udsatterådets'.normalize('NFD'))}`));
    assert.match(page, /Konkretisering af Udsatterådets anbefalinger/);
  });

  test('phrases and exclusions use web search syntax', async () => {
    const phrase = await api({ q: '"puljen til øget lighed i sundhed"' });
    assert.ok(phrase.total > 0);
    assert.ok(phrase.results.every((h) => h.date === '2025-08-27'));
    const without = await api({ q: 'civilsamfundet -strategiproces' });
    assert.ok(without.total > 0 && without.total < (await api({ q: 'civilsamfundet' })).total);
    assert.ok(!without.results.some((h) => h.title.startsWith('Strategigrundlag')));
  });

  test('filters narrow the results and the counts say how many each filter holds', async () => {
    const all = await api({ q: 'civilsamfundet' });
    const councilCount = all.counts.organizations.find((o) => o.slug === 'udsatteraadet')!.count;
    const council = await api({ q: 'civilsamfundet', organ: 'udsatteraadet' });
    assert.equal(council.total, councilCount);
    assert.ok(council.results.every((h) => h.organization.slug === 'udsatteraadet'));
    const minutes = await api({ q: 'civilsamfundet', dokument: 'referat' });
    assert.ok(minutes.total > 0 && minutes.results.every((h) => h.document === 'minutes'));
    assert.equal(minutes.total, all.counts.documentKinds.minutes);
    const decisions = await api({ q: 'civilsamfundet', beslutninger: '1' });
    assert.equal(decisions.total, all.counts.decisions);
    // With a filter chosen, every other filter's count keeps it: what choosing that one as well would give.
    assert.ok(all.counts.documentKinds.agenda! > 0 && all.counts.documentKinds.minutes! > 0 && all.counts.organizations.length > 1, 'both kinds and several bodies match');
    for (const [dokument, kind] of [['dagsorden', 'agenda'], ['referat', 'minutes']] as const) {
      assert.equal((await api({ q: 'civilsamfundet', organ: 'udsatteraadet', dokument })).total, council.counts.documentKinds[kind] ?? 0, `the council's ${dokument}`);
    }
    for (const o of minutes.counts.organizations) {
      assert.equal((await api({ q: 'civilsamfundet', dokument: 'referat', organ: o.slug })).total, o.count, `${o.slug}'s minutes`);
    }
    assert.equal((await api({ q: 'civilsamfundet', dokument: 'referat', beslutninger: '1' })).total, minutes.counts.decisions, 'decisions in minutes');
    const dated = await api({ q: 'civilsamfundet', fra: '2026-01-01', til: '2026-12-31' });
    assert.ok(dated.total > 0 && dated.results.every((h) => h.date >= '2026-01-01'));
    const byDate = await api({ q: 'civilsamfundet', sorter: 'dato' });
    const dates = byDate.results.map((h) => h.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('title matches rank above matches in the text', async () => {
    const r = await api({ q: 'mødeplan' });
    assert.ok(r.total >= 2);
    assert.match(r.results[0]!.title, /Mødeplan/);
  });

  test('closed items, personal data and unreleased drafts are never found', async () => {
    for (const q of ['FORTROLIGHEMMELIGHED', 'zebrafisk', 'Personalesag', '010190-1234', 'vandmænd', 'Kladdepunkt']) {
      const r = await api({ q });
      assert.equal(r.total, 0, q);
      // (The query itself is echoed back; what must never appear is the closed or draft text.)
      assert.deepEqual(r.results, [], q);
      const page = await app.text(`/soeg?q=${encodeURIComponent(q)}`);
      assert.ok(!page.includes('om en medarbejder') && !page.includes('Ufrigivet tekst'), q);
    }
    // The open item of that meeting is found, its CPR number masked in the snippet.
    const r = await api({ q: 'borger civilsamfundet' });
    assert.ok(r.results.some((h) => h.title === 'Borgerhenvendelse' && h.snippet.includes('[CPR-nummer skjult]')));
  });

  test('"did you mean" never offers a word that is no longer in public text (an item closed after it was public)', async () => {
    const open = `DAGSORDEN Udvalg for lighed i sundhed d. 12-11-2025\n\nPunkt 1: Bevilling til Kvistgårdsforeningen\n\nSagsfremstilling\n\nAnsøgning fra Kvistgårdsforeningen om Skovsnegleprojektet.`;
    const closed = open.replace('Punkt 1: Bevilling', 'Punkt 1: Lukket: Bevilling');
    await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(open) });
    // While the item is public its words are offered for a misspelling.
    const typo = { q: 'skovsneglprojektet' };
    const before = (await api(typo)) as Api & { suggestion: string | null };
    assert.equal(before.correctedQuery, 'skovsnegleprojektet');
    await runCommand(app.database.db, systemActor('Test'), importMeeting, { parsed: parseMeetingText(closed) });
    for (const q of [typo.q, 'kvistgaardsforeningen', 'Kvistgårdsforeningn']) {
      // Another public word may be offered instead ("projektet"), never the closed item's.
      const r = JSON.stringify(await api({ q })).toLowerCase();
      assert.ok(!r.includes('skovsnegleprojektet') && !r.includes('kvistgårdsforeningen'), `${q}: ${r}`);
      const page = (await app.text(`/soeg?q=${encodeURIComponent(q)}`)).toLowerCase();
      assert.ok(!page.includes('skovsnegleprojektet') && !page.includes('kvistgårdsforeningen'), q);
    }
  });

  test('an import indexes exactly what the public version read back would give', async () => {
    // The importer builds index rows from what it wrote; reindexMeeting reads the public version.
    const rows = async () =>
      (await app.database.pool.query(`select meeting_id, agenda_item_id, kind, document_kind, has_decision, date::text, number, case_number, title, body
        from search_entries order by meeting_id, agenda_item_id, kind, title, body`)).rows;
    const before = await rows();
    assert.ok(before.length > 20, 'the demo and the closed-item minutes are indexed');
    assert.ok(!JSON.stringify(before).includes('010190-1234') && !JSON.stringify(before).includes('FORTROLIG'));
    const meetingIds = [...new Set(before.map((r) => r.meeting_id as string))];
    await app.database.db.transaction(async (tx) => {
      for (const id of meetingIds) await reindexMeeting(tx, id);
    });
    assert.deepEqual(await rows(), before);
  });

  test('one hit is "1 resultat", in either language; more are "resultater"', async () => {
    assert.equal((await api({ q: 'Borgerhenvendelse' })).total, 1);
    assert.match(await app.text('/soeg?q=Borgerhenvendelse'), /<h2 id="results">1 resultat for «Borgerhenvendelse»<\/h2>/);
    assert.match(await app.text('/soeg?q=Borgerhenvendelse&lang=en'), /<h2 id="results">1 result for «Borgerhenvendelse»<\/h2>/);
    assert.match(await app.text('/soeg?q=civilsamfundet'), /<h2 id="results">\d+ resultater for «civilsamfundet»<\/h2>/);
  });

  test('no results: the page says so, suggests what to try, and a bad filter is a 400 naming it', async () => {
    const page = await app.get('/soeg?q=qwxyzzy');
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Ingen resultater for «qwxyzzy»/);
    assert.match(html, /Prøv med færre eller andre ord/);
    const bad = await app.get('/api/search?q=x&fra=2025-13-01');
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: { fields: { field: string }[] } }).error.fields[0]!.field, 'fra');
  });

  test('dates typed by hand are read as Danes write them; a wrong one is said at its field, with the search form kept', async () => {
    // A browser without a date picker sends what was typed.
    const all = ((await (await app.get('/api/search?q=sundhed')).json()) as { total: number }).total;
    const typed = ((await (await app.get('/api/search?q=sundhed&fra=1/1%202020&til=31.12.2030')).json()) as { total: number }).total;
    assert.ok(all > 0);
    assert.equal(typed, all);
    const none = ((await (await app.get('/api/search?q=sundhed&fra=1.%20januar%202030')).json()) as { total: number }).total;
    assert.equal(none, 0, 'from 2030 on there is nothing yet');

    const wrong = await app.get('/soeg?q=sundhed&fra=31-02-2026');
    assert.equal(wrong.status, 400);
    const html = await wrong.text();
    const text = strip(html);
    assert.match(text, /Der er problemer med det indtastede Fra dato skal være en dato, fx 1-2-2026\./);
    assert.match(html, /<a href="#fra" class="function-link">/);
    assert.match(html, /<input class="form-input input-width-s" id="fra" name="fra" type="date" value="31-02-2026" aria-describedby="fra-error" aria-invalid="true"/);
    assert.match(html, /id="q" name="q" type="search" value="sundhed"/, 'what was searched for is kept');
    assert.doesNotMatch(text, /resultater for|Referat \(0\)/, 'no results or counts: nothing was searched');

    const reversed = await app.get('/soeg?q=sundhed&fra=2026-01-01&til=2025-01-01&lang=en');
    assert.equal(reversed.status, 400);
    assert.match(strip(await reversed.text()), /To date must be the same day as from date or later\./);
  });

  test('a word in thousands of entries: counts marked as estimates, title matches still first, a rarer word counted exactly', async () => {
    // 2,400 entries on the released 27-08-2025 meeting: more than the search ranks or counts exactly.
    const meeting = (await app.database.pool.query(`select m.id, m.organization_id, o.body_id from meetings m join organizations o on o.id = m.organization_id where m.start::date = '2025-08-27'`)).rows[0];
    await app.database.pool.query(
      `insert into search_entries (meeting_id, organization_id, body_id, kind, document_kind, has_decision, date, title, body)
       select $1, $2, $3, 'item', case when g % 4 = 0 then 'agenda' else 'minutes' end, false, date '2001-01-01' + g,
              case when g = 1 then 'Flodhest i overskriften' else 'Punkt ' || g end,
              'Om flodhest og sundhed, punkt ' || g || case when g % 80 = 0 then ' med næsehorn' else '' end
       from generate_series(1, 2400) g`,
      [meeting.id, meeting.organization_id, meeting.body_id],
    );
    try {
      const broad = (await api({ q: 'flodhest' })) as Api & { approximate: { total: boolean; counts: boolean } };
      assert.deepEqual(broad.approximate, { total: true, counts: true });
      // The oldest entry has the word in its title: it is still the first hit.
      assert.equal(broad.results[0]!.title, 'Flodhest i overskriften');
      assert.equal(broad.results[1]!.date, '2007-07-29', 'then the newest body matches, by date among equal ranks');
      assert.ok(broad.total > 1500 && broad.total < 4000, `estimate ${broad.total} is near 2,400`);
      const agenda = broad.counts.documentKinds.agenda!;
      assert.ok(agenda > 300 && agenda < 1000, `agenda estimate ${agenda} is near 600`);
      const page = await app.text('/soeg?q=flodhest');
      assert.match(page, /Ca\. [\d.]+ resultater for «flodhest»/);
      assert.match(page, /Dagsorden \(ca\. [\d.]+\)/);
      assert.match(page, /Side 1 af 100\b/, 'paging stops at the 2,000 ranked matches');
      const narrow = (await api({ q: 'næsehorn' })) as Api & { approximate: { total: boolean } };
      assert.equal(narrow.total, 30);
      assert.equal(narrow.approximate.total, false);
      assert.equal(narrow.counts.documentKinds.agenda, 30);
      // Phrases: checked among the newest entries holding all their words, ranked and counted the same way.
      const phrase = (await api({ q: '"flodhest og sundhed"' })) as Api & { approximate: { total: boolean } };
      assert.equal(phrase.approximate.total, true);
      assert.equal(phrase.results[0]!.date, '2007-07-29', 'the title does not hold the phrase: newest first among equals');
      const rarePhrase = (await api({ q: '"med næsehorn"' })) as Api & { approximate: { total: boolean } };
      assert.deepEqual([rarePhrase.total, rarePhrase.approximate.total], [30, false]);
      // Broad word, narrow filter: the filtered total is exact.
      const filtered = (await api({ q: 'flodhest', til: '2001-01-10' })) as Api & { approximate: { total: boolean } };
      assert.equal(filtered.total, 9);
      assert.equal(filtered.approximate.total, false);
      // Broad word, broad filter: estimated like the word alone, and the counts still cover every kind.
      const wide = (await api({ q: 'flodhest', fra: '2001-01-01' })) as Api & { approximate: { total: boolean; counts: boolean } };
      assert.deepEqual(wide.approximate, { total: true, counts: true });
      assert.ok(wide.total > 1500 && wide.total < 4000, `estimate ${wide.total} is near 2,400`);
      const wideAgenda = wide.counts.documentKinds.agenda!;
      assert.ok(wideAgenda > 300 && wideAgenda < 1000, `agenda estimate ${wideAgenda} is near 600`);
      const minutes = (await api({ q: 'flodhest', dokument: 'referat' })) as Api & { approximate: { total: boolean } };
      assert.ok(minutes.results.every((r) => r.document === 'minutes'));
      assert.ok(minutes.counts.documentKinds.agenda! > 300, 'the other kind is still counted, to choose it instead');
    } finally {
      await app.database.pool.query(`delete from search_entries where body like 'Om flodhest%'`);
    }
  });
});
