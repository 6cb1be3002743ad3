// An agenda and its minutes (or decision record) imported in either order end as one item with
// the case's text and the decision; a re-import changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineItem, combineSections, matchItems, precedenceOf, type ItemFacts } from './combine-items.ts';
import type { SectionInput } from '../agenda/content.ts';

const section = (kind: SectionInput['kind'], heading: string, text = `${heading}-tekst`): SectionInput =>
  ({ kind, heading, text, proposer: null, lead: null, clauses: [] });
const resume = section('summary', 'Resume');
const indstilling = section('recommendation', 'Indstilling');
const sagsfremstilling = section('presentation', 'Sagsfremstilling');
const beslutning = section('decision', 'Beslutning', 'Godkendt.');
const headings = (s: SectionInput[]) => s.map((x) => x.heading);

const agenda: ItemFacts = { title: 'Strategi', public: true, caseNumber: '1-36-70-7-25', content: { sections: [resume, indstilling, sagsfremstilling], attachments: ['Notat'] } };
// A decision record: the title and the decision, nothing else.
const record: ItemFacts = { title: 'Strategi', public: true, caseNumber: null, content: { sections: [beslutning], attachments: [] } };
const fullMinutes: ItemFacts = { ...agenda, content: { sections: [resume, indstilling, sagsfremstilling, beslutning], attachments: ['Notat'] } };

test('which document wins: minutes over anything, the meeting over an agenda once its minutes are there', () => {
  assert.equal(precedenceOf('minutes', false), 'newer');
  assert.equal(precedenceOf('minutes', true), 'newer');
  assert.equal(precedenceOf('agenda', false), 'replace');
  assert.equal(precedenceOf('agenda', true), 'older');
});

test('a decision record over the agenda keeps the case text, number and attachments, with the decision after them', () => {
  const item = combineItem('newer', agenda, record);
  assert.deepEqual(headings(item.content.sections), ['Resume', 'Indstilling', 'Sagsfremstilling', 'Beslutning']);
  assert.equal(item.caseNumber, '1-36-70-7-25');
  assert.deepEqual(item.content.attachments, ['Notat']);
});

test('the agenda imported after the decision record gives the same item as the other way round', () => {
  const agendaFirst = combineItem('newer', agenda, record);
  const recordFirst = combineItem('older', record, agenda);
  assert.deepEqual(recordFirst, agendaFirst);
});

test('the agenda imported after full minutes changes nothing: the decision and the minutes\' text stay', () => {
  const edited = { ...agenda, title: 'Strategi (ny titel)', content: { sections: [resume, { ...indstilling, text: 'Dagsordenens tekst' }, sagsfremstilling], attachments: ['Andet bilag'] } };
  assert.deepEqual(combineItem('older', fullMinutes, edited), fullMinutes);
});

test('full minutes over the agenda are the minutes, exactly', () => {
  assert.deepEqual(combineItem('newer', agenda, fullMinutes), fullMinutes);
});

test('a re-import of the same document changes nothing, in either order', () => {
  const once = combineItem('newer', agenda, record);
  assert.deepEqual(combineItem('newer', once, record), once);
  const other = combineItem('older', record, agenda);
  assert.deepEqual(combineItem('older', other, agenda), other);
});

test('a section the minutes leave out stays where the agenda had it', () => {
  const minutes = [indstilling, beslutning];
  assert.deepEqual(headings(combineSections(minutes, [resume, indstilling, sagsfremstilling])), ['Resume', 'Indstilling', 'Sagsfremstilling', 'Beslutning']);
  // Headings are matched as written apart from case and spacing; the same heading twice is two sections.
  const twice = [section('other', 'Bemærkning', 'a'), section('other', 'bemærkning', 'b')];
  assert.deepEqual(combineSections([section('other', 'BEMÆRKNING', 'ny')], twice).map((s) => s.text), ['ny', 'b']);
});

test('decisions come from one document: the minutes\' replace a decision recorded before, under whatever heading', () => {
  const recorded = section('decision', 'Beslutning', 'Udkast til beslutning.');
  const minutes = section('decision', 'Beslutning i Udvalg for lighed i sundhed den 27-08-2025', 'Godkendt.');
  assert.deepEqual(combineSections([indstilling, minutes], [indstilling, recorded]), [indstilling, minutes]);
  // Minutes without a decision for the item keep the one there was.
  assert.deepEqual(combineSections([indstilling], [indstilling, recorded]), [indstilling, recorded]);
});

test('closed in either document is closed', () => {
  assert.equal(combineItem('newer', { ...agenda, public: false }, record).public, false);
  assert.equal(combineItem('older', record, { ...agenda, public: false }).public, false);
  assert.equal(combineItem('newer', agenda, record).public, true);
});

test("items are matched by number and title, then by title alone (renumbered), and only then by number, as perhaps another item", () => {
  const held = [{ id: 'a', number: '1', title: 'Velkomst' }, { id: 'b', number: '2', title: 'Budget' }, { id: 'c', number: '3', title: 'Pulje  til hjemløse' }];
  // Item 2 was withdrawn at the meeting: the minutes number the pool item 2.
  const m = matchItems(held, [{ number: '1', title: 'Velkomst' }, { number: '2', title: 'Pulje til hjemløse' }]);
  assert.deepEqual(m.map((x) => x && [x.held.id, x.sameItem]), [['a', true], ['c', true]]);
  // A new title under a number the meeting has: perhaps another item.
  assert.deepEqual(matchItems(held, [{ number: '2', title: 'Budget 2027' }]).map((x) => x && [x.held.id, x.sameItem]), [['b', false]]);
  // Two items of one title: not told apart by title.
  const twice = [{ id: 'x', number: '4', title: 'Orientering' }, { id: 'y', number: '5', title: 'Orientering' }];
  assert.deepEqual(matchItems(twice, [{ number: '7', title: 'Orientering' }]), [null]);
  assert.deepEqual(matchItems(twice, [{ number: '5', title: 'Orientering' }]).map((x) => x && x.held.id), ['y']);
});

test('items are matched by case number where each side has that case once; a copy without titles by its cases, or by place', () => {
  const held = [
    { id: 'a', number: '45', title: 'Pulje til hjemløse', caseNumber: '26/100' },
    { id: 'b', number: '46', title: 'Sundhedsprofil', caseNumber: '26/200' },
  ];
  // Renumbered and retitled, the same cases: the same items.
  assert.deepEqual(matchItems(held, [{ number: '1', title: 'Profilen', caseNumber: '26/200' }, { number: '2', title: 'Puljen', caseNumber: '26/100' }])
    .map((x) => x && [x.held.id, x.sameItem]), [['b', true], ['a', true]]);
  // A case number two items of the document share says nothing of which is which.
  assert.deepEqual(matchItems(held, [{ number: '1', title: 'X', caseNumber: '26/100' }, { number: '2', title: 'Y', caseNumber: '26/100' }]), [null, null]);
  // A copy without titles or case numbers, as many items as the meeting: each in its place, even under another number.
  const untitled = [{ number: '1', title: 'Punkt 1', untitled: true as const }, { number: '2', title: 'Et værested åbner', untitled: true as const }];
  assert.deepEqual(matchItems(held, untitled).map((x) => x && [x.held.id, x.sameItem]), [['a', true], ['b', true]]);
  // Fewer: by place proves nothing, and a made title matches no title.
  assert.deepEqual(matchItems(held, [{ number: '1', title: 'Sundhedsprofil', untitled: true as const }]), [null]);
});
