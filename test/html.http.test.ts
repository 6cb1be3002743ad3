// Every public page type is valid HTML (html-validate's standards preset): one <main>, headings in
// order, a skip link and lang set per language, unique ids, labelled controls.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { signIn } from './helpers/client.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Heading levels must not skip (h1 → h3), and there is one h1 and one <main>.
    'heading-level': ['error', { allowMultipleH1: false }],
    'no-redundant-role': 'error',
    'unique-landmark': 'error',
  },
});

describe(`valid HTML on every page type (${testDb})`, () => {
  let app: TestApp;
  const pages: Record<string, string> = {};
  before(async () => {
    app = await startTestApp();
    const q = async (sql: string) => (await app.database.pool.query(sql)).rows[0];
    const meeting = (await q(`select id from meetings where start::date = '2025-08-27'`)).id;
    const item = (await q(`select i.id from agenda_items i where i.meeting_id = '${meeting}' and i.public order by position limit 1`)).id;
    const kase = (await q(`select case_id from agenda_items where case_id is not null and public limit 1`)).case_id;
    const person = (await q(`select slug from persons order by slug limit 1`)).slug;
    Object.assign(pages, {
      front: '/', bodies: '/organer', body: '/organer/udsatteraadet', calendarMonth: '/kalender?maaned=2025-08', calendarList: '/kalender?maaned=2025-08&visning=liste',
      meeting: `/moeder/${meeting}`, minutes: `/moeder/${meeting}/referat`, item: `/punkter/${item}`, case: `/sager/${kase}`, person: `/personer/${person}`,
      search: '/soeg?q=civilsamfundet', searchNone: '/soeg?q=qwxyzzy', searchEmpty: '/soeg', accessibility: '/tilgaengelighed', notFound: '/findes-ikke', signIn: '/log-ind',
    });
  });
  after(async () => app?.close());

  test('public pages, in Danish and in English', async () => {
    const problems: string[] = [];
    for (const [name, path] of Object.entries(pages)) {
      const res = await app.get(path);
      assert.ok(res.status === 200 || name === 'notFound', `${name} ${path} answered ${res.status}`);
      const html = await res.text();
      assert.match(html, /^<!DOCTYPE html>/i, `${name} has a doctype`);
      assert.match(html, /<html lang="da"/, `${name} says it is Danish`);
      assert.match(html, /<a class="skipnav" href="#main-content">/, `${name} has a skip link`);
      assert.match(html, /<main id="main-content"/, `${name} has its main landmark`);
      // A page below a body (its meetings, items, cases, people) says where it sits.
      if (['body', 'meeting', 'minutes', 'item', 'case', 'person'].includes(name)) assert.match(html, /<nav class="breadcrumbs"/, `${name} has a breadcrumb trail`);
      const report = await validator.validateString(html, name);
      for (const r of report.results) for (const m of r.messages) problems.push(`${name} (${path}) ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(problems, []);
    const english = await app.get('/organer/udsatteraadet?lang=en');
    const html = await english.text();
    assert.match(html, /<html lang="en"/);
    assert.deepEqual((await validator.validateString(html, 'english')).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);
  });

  test('the secretariat’s pages too', async () => {
    const sec = await signIn(app.url, 'sekretaer@lighed.demo');
    const meeting = (await app.database.pool.query(`select id from meetings where start::date = '2026-06-25'`)).rows[0].id;
    const problems: string[] = [];
    for (const path of ['/sekretariat', `/sekretariat/moeder/${meeting}`, '/mit', '/sekretariat/organer/udsatteraadet/moedeplan']) {
      const page = await sec.get(path);
      assert.equal(page.status, 200, path);
      const report = await validator.validateString(page.html, path);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });
});
