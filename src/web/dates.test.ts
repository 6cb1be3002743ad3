// Dates in the reader's language, the same on every Node version (ICU puts commas in different places).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateWords, longDate } from './dates.ts';
import { t as translate } from '../shared/i18n.ts';

test('a long date in Danish and in English, and an instant in Danish time with its hour', () => {
  assert.equal(longDate('2025-08-27', 'da'), 'Onsdag d. 27. august 2025');
  assert.equal(longDate('2025-08-27', 'en'), 'Wednesday 27 August 2025');
  assert.equal(longDate('2027-01-04', 'en'), 'Monday 4 January 2027');
  const en = dateWords('en', (k, p) => translate('en', k, p));
  const da = dateWords('da', (k, p) => translate('da', k, p));
  // 07:00 UTC in summer is 09:00 in Copenhagen; in winter 08:00.
  assert.equal(en.when(new Date('2025-08-27T07:00:00Z')), 'Wednesday 27 August 2025 at 09:00');
  assert.equal(da.when(new Date('2025-08-27T07:00:00Z')), 'Onsdag d. 27. august 2025 kl. 09:00');
  assert.equal(da.whenShort(new Date('2026-01-15T07:00:00Z')), '15-01-2026 kl. 08:00');
});
