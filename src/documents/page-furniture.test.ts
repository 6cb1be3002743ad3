// Where a meeting's own pages end in a PDF that has more pages bound in after them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingPageCount } from './page-furniture.ts';

const page = (text: string, footer?: string) => [text, 'Tekst på siden.', ...(footer === undefined ? [] : [footer])];
const counted = (n: number, of: number, lead = 'Sundhedsudvalget | 12-03-2024 | ') => `${lead}Side ${n} af ${of}`;

test('the pages after "Side 3 af 3" without that footer are not the meeting\'s; a front page without a number counts as its first', () => {
  const minutes = [page('Referat'), page('1. Godkendelse af dagsorden', counted(2, 3)), page('2. Budget', counted(3, 3))];
  assert.equal(meetingPageCount([...minutes, page('Bilag: Sundhedsprofil'), page('Afsnit 2')]), 3);
  // An attachment that numbers its own pages under another footer.
  assert.equal(meetingPageCount([...minutes, page('Sundhedsprofil', 'Sundhedsprofil 2025 – side 1 af 2'), page('Afsnit 2', 'Sundhedsprofil 2025 – side 2 af 2')]), 3);
  // "3/3" as a browser or word processor numbers.
  assert.equal(meetingPageCount([page('Referat', '1/2'), page('1. Budget', '2/2'), page('Bilag')]), 2);
});

test('no end where none can be told: every page read', () => {
  const items = [page('1. Budget', counted(1, 2)), page('fortsat', counted(2, 2)), page('2. Varmestuer', counted(1, 2)), page('fortsat', counted(2, 2))];
  // Pages numbered item by item under the same footer.
  assert.equal(meetingPageCount(items), 4);
  // All pages counted to the end; no pages counted at all.
  assert.equal(meetingPageCount([page('Referat', counted(1, 2)), page('1. Budget', counted(2, 2))]), 2);
  assert.equal(meetingPageCount([page('Referat'), page('1. Budget'), page('Bilag')]), 3);
  // An attachment with the same bare "Side 1 af 2" as the minutes: the same footer, so no end is told.
  assert.equal(meetingPageCount([page('Referat', 'Side 1 af 2'), page('1. Budget', 'Side 2 af 2'), page('Bilag', 'Side 1 af 1')]), 3);
  // Counts that do not follow the pages ("Side 5 af 9" on the second page), or only a few of them numbered.
  assert.equal(meetingPageCount([page('Referat', counted(1, 2)), page('1. Budget', counted(5, 2)), page('Bilag')]), 3);
  assert.equal(meetingPageCount([page('Referat'), page('a'), page('b'), page('c', counted(4, 4)), page('Bilag')]), 5);
});
