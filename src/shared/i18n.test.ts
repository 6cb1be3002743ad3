// Interface text as people read it: the number decides the noun's form, in Danish and in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from './i18n.ts';
import { projectPath } from './paths.ts';
import da from '../locales/da.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

test('a count of one takes the singular, others the plural, also when the count comes formatted', () => {
  assert.equal(t('da', 'home.open_seats', { count: 1 }), '1 ledig plads');
  assert.equal(t('da', 'home.open_seats', { count: 3 }), '3 ledige pladser');
  assert.equal(t('en', 'home.members_count', { count: 1 }), '1 member');
  assert.equal(t('en', 'home.members_count', { count: 0 }), '0 members');
  assert.equal(t('da', 'search.results', { count: '1', query: 'hjemløse' }), '1 resultat for «hjemløse»');
  assert.equal(t('da', 'search.results', { count: '1.001', query: 'hjemløse' }), '1.001 resultater for «hjemløse»');
  assert.equal(t('da', 'signin.too_many', { minutes: 1 }), 'For mange forkerte forsøg. Prøv igen om 1 minut.');
  assert.equal(t('da', 'release.minutes_refused', { count: 2 }), 'Referatet kan ikke frigives: 2 problemer.');
});

test('several numbers in one text each choose their own form, and a form may hold other parameters', () => {
  assert.equal(t('en', 'org.gap_line_total', { gap: 1, seats: 14 }), '1 of 14 seats in total is not filled.');
  assert.equal(t('en', 'org.gap_line_total', { gap: 2, seats: 1 }), '2 of 1 seat in total are not filled.');
  assert.equal(t('da', 'rule.composition.total_limit', { organization: 'Udsatterådet', seats: 1 }), 'Udsatterådet har i alt 1 plads, og den er besat.');
  assert.equal(t('da', 'rule.composition.total_limit', { organization: 'Udsatterådet', seats: 14 }), 'Udsatterådet har i alt 14 pladser, og de er alle besat.');
});

test('every text in both languages has its braces balanced and names "other" in each plural', () => {
  for (const [name, table] of [['da', da], ['en', en]] as const) {
    for (const [key, text] of Object.entries(table as Record<string, string>)) {
      let depth = 0;
      for (const ch of text) {
        depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
        assert.ok(depth >= 0, `${name} ${key}`);
      }
      assert.equal(depth, 0, `${name} ${key}`);
      for (const m of text.matchAll(/\{\w+, plural,((?:[^{}]|\{[^{}]*\})*)\}/g)) assert.match(m[1]!, /\bother \{/, `${name} ${key}`);
      assert.ok(!/\(er\)|\(s\)/.test(text), `${name} ${key}: a number's noun in both forms at once`);
    }
  }
});

test('every text the code asks for by name is in the Danish file, and every Danish text has its English one', () => {
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\./.test(e.name) ? [join(dir, e.name)] : []));
  const asked = new Set(files(projectPath('src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-z_]+\.[a-zA-Z_.]+)'/g)].map((m) => m[1]!)));
  assert.ok(asked.size > 300, `the texts asked for were found (${asked.size})`);
  assert.deepEqual([...asked].filter((k) => !(k in da)), [], 'asked for but not in da.json');
  // (The product's name is the same in both languages.)
  assert.deepEqual(Object.keys(da).filter((k) => !(k in en) && k !== 'app.name'), [], 'in da.json but not in en.json');
});
