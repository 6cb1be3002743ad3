import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchMember } from './names.ts';

const members = [{ name: 'Anne Vibeke Kristensen' }, { name: 'Jørgen Winther' }, { name: 'Lars Bo Hansen' }, { name: 'Lars Hansen' }, { name: 'Karen Marie Lund' }, { name: 'Karen Louise Lund' }];

test('a member is found by the name as written, shortened or abbreviated', () => {
  assert.equal(matchMember('Anne Vibeke Kristensen', members)?.name, 'Anne Vibeke Kristensen');
  assert.equal(matchMember('anne  vibeke kristensen', members)?.name, 'Anne Vibeke Kristensen');
  assert.equal(matchMember('Anne V. Kristensen', members)?.name, 'Anne Vibeke Kristensen');
  assert.equal(matchMember('Anne Kristensen', members)?.name, 'Anne Vibeke Kristensen');
  assert.equal(matchMember('Jørgen Winther', members)?.name, 'Jørgen Winther');
});

test('no guess where the name fits nobody or more than one', () => {
  assert.equal(matchMember('Anne W. Kristensen', members), null, 'another initial');
  assert.equal(matchMember('Hans Winther', members), null);
  assert.equal(matchMember('Karen Lund', members), null, 'two Karen … Lund');
  assert.equal(matchMember('Karen M. Lund', members)?.name, 'Karen Marie Lund');
  assert.equal(matchMember('Lars Hansen', members)?.name, 'Lars Hansen', 'the exact name wins');
  assert.equal(matchMember('Winther', members), null, 'a surname alone');
});
