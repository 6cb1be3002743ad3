// Which pages of a PDF are the meeting's own when other documents are bound in with them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingPageIndexes, pageRanges } from './page-furniture.ts';

const page = (text: string, footer?: string) => [text, 'Tekst på siden.', ...(footer === undefined ? [] : [footer])];
const counted = (n: number, of: number, lead = 'Sundhedsudvalget | 12-03-2024 | ') => `${lead}Side ${n} af ${of}`;

test('pages without the meeting\'s own "Side X af Y" footer, after its last page or between its pages, are not the meeting\'s; a front page without a number is', () => {
  const minutes = [page('Referat'), page('1. Godkendelse af dagsorden', counted(2, 3)), page('2. Budget', counted(3, 3))];
  assert.deepEqual(meetingPageIndexes([...minutes, page('Bilag: Sundhedsprofil'), page('Afsnit 2')]), [0, 1, 2]);
  // An attachment that numbers its own pages under another footer.
  assert.deepEqual(meetingPageIndexes([...minutes, page('Sundhedsprofil', 'Sundhedsprofil 2025 – side 1 af 2'), page('Afsnit 2', 'Sundhedsprofil 2025 – side 2 af 2')]), [0, 1, 2]);
  // Each item's attachments right after it.
  assert.deepEqual(meetingPageIndexes([page('Referat', counted(1, 3)), page('Bilag 1.1'), page('Bilag 1.2'), page('2. Budget', counted(2, 3)), page('Bilag 2.1'), page('3. Eventuelt', counted(3, 3))]), [0, 3, 5]);
  // "2/2" as a browser or word processor numbers.
  assert.deepEqual(meetingPageIndexes([page('Referat', '1/2'), page('1. Budget', '2/2'), page('Bilag')]), [0, 1]);
});

test('where it cannot be told which pages are the meeting\'s, every page is read', () => {
  const all = (pages: string[][]) => assert.deepEqual(meetingPageIndexes(pages), pages.map((_, i) => i));
  // Pages numbered item by item under the same footer.
  all([page('1. Budget', counted(1, 2)), page('fortsat', counted(2, 2)), page('2. Varmestuer', counted(1, 2)), page('fortsat', counted(2, 2))]);
  // Every page counted; no page counted at all.
  all([page('Referat', counted(1, 2)), page('1. Budget', counted(2, 2))]);
  all([page('Referat'), page('1. Budget'), page('Bilag')]);
  // An attachment with the same bare "Side 1 af 1" as the minutes' "Side 1 af 2": the same footer.
  all([page('Referat', 'Side 1 af 2'), page('1. Budget', 'Side 2 af 2'), page('Bilag', 'Side 1 af 1')]);
  // Counts that do not follow the pages, or one missing (a footer that was not read): nothing is left out.
  all([page('Referat', counted(1, 2)), page('1. Budget', counted(5, 2)), page('Bilag')]);
  all([page('Referat', counted(1, 4)), page('a', counted(2, 4)), page('b'), page('c', counted(4, 4)), page('Bilag')]);
});

test('page numbers as ranges', () => {
  assert.equal(pageRanges([4]), '4');
  assert.equal(pageRanges([2, 3, 5, 7, 8, 9]), '2–3, 5, 7–9');
});
