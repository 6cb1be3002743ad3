// The day decides which meeting a document is about, unless the body met twice that day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseMeeting } from './same-meeting.ts';

const at = (hhmm: string) => new Date(`2026-11-05T${hhmm}:00Z`);
const ordinary = { meeting: 'ordinary', start: at('12:00'), titles: ['Velkomst', 'Pulje til hjemløse'] };
const extra = { meeting: 'extra', start: at('15:00'), titles: ['Ekstraordinær sag om herbergerne'] };

test("the agenda's meeting takes its minutes, also at another time", () => {
  assert.equal(chooseMeeting([ordinary], at('12:30'), ['velkomst', 'Pulje  til hjemløse']), 'ordinary');
  assert.equal(chooseMeeting([ordinary], null, ['Noget andet']), 'ordinary', 'a document without a time cannot tell: the day decides');
  assert.equal(chooseMeeting([{ ...ordinary, titles: [] }], at('09:00'), ['Noget andet']), 'ordinary', 'a planned meeting without items yet');
});

test('another meeting the same day, at another time with none of its items, is a new meeting', () => {
  assert.equal(chooseMeeting([ordinary], at('15:00'), ['Ekstraordinær sag om herbergerne']), null);
  assert.equal(chooseMeeting([ordinary, extra], at('15:30'), ['Ekstraordinær sag om herbergerne']), 'extra', 'its minutes find it by its item');
  assert.equal(chooseMeeting([ordinary, extra], at('12:00'), []), 'ordinary', 'at its time');
  assert.equal(chooseMeeting([], at('12:00'), []), null);
});
