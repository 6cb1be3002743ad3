// The whole role × action matrix, written out independently of the policy's own tables:
// a change to who may do what has to be made in both places on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actions, can, roles, type Action, type Principal, type Role } from './policy.ts';
import { canSeeAgenda, itemVisibility, viewerFor } from './visibility.ts';

const Y = true;
const N = false;
//                               admin secr  member ngo   observer
const expected: Record<Action, [boolean, boolean, boolean, boolean, boolean]> = {
  'meeting.plan':              [Y, Y, N, N, N],
  'agenda.edit':               [Y, Y, N, N, N],
  'agenda.read_draft':         [Y, Y, N, N, N],
  'agenda.send_for_review':    [Y, Y, N, N, N],
  'agenda.release':            [Y, Y, N, N, N],
  'meeting.read_members':      [Y, Y, Y, Y, Y],
  'item.read_closed':          [Y, Y, Y, Y, N],
  'meeting.record':            [Y, Y, N, N, N],
  'minutes.release':           [Y, Y, N, N, N],
  'minutes.approve_own':       [N, N, Y, Y, N],
  'minutes.approve_body':      [Y, Y, N, N, N],
  'meeting.import':            [Y, Y, N, N, N],
  'audit.read':                [Y, N, N, N, N],
  'users.manage':              [Y, N, N, N, N],
};

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const user = (role: Role, organizationId: string | null = ORG): Principal => ({ kind: 'user', userId: 'u', name: 'U', email: 'u@x.dk', personId: null, locale: 'da', grants: [{ role, organizationId }] });

test('every action is in the expected matrix', () => {
  assert.deepEqual([...actions].sort(), Object.keys(expected).sort());
});

for (const action of actions) {
  test(`${action}: allowed for exactly the expected roles, in their own organization only`, () => {
    roles.forEach((role, i) => {
      assert.equal(can(user(role), action, { organizationId: ORG }), expected[action][i], `${role} in own organization`);
      // A role in one organization gives nothing in another (except actions that concern no organization).
      if (action !== 'audit.read' && action !== 'users.manage') assert.equal(can(user(role), action, { organizationId: OTHER }), false, `${role} in another organization`);
    });
    assert.equal(can({ kind: 'public' }, action, { organizationId: ORG }), false, 'the public may do none of it');
  });
}

test('a role held everywhere (organizationId null) holds in every organization', () => {
  assert.equal(can(user('secretary', null), 'agenda.release', { organizationId: OTHER }), true);
  assert.equal(can(user('administrator', ORG), 'audit.read'), false, 'an administrator of one organization does not read the system-wide audit log');
});

test('a named reviewer reads the draft, nothing more', () => {
  const member = user('member');
  assert.equal(can(member, 'agenda.read_draft', { organizationId: ORG, namedReviewer: true }), true);
  assert.equal(can(member, 'agenda.release', { organizationId: ORG, namedReviewer: true }), false);
  const v = viewerFor(member, ORG, true);
  assert.equal(canSeeAgenda(v, 'planned'), true);
  assert.equal(canSeeAgenda(viewerFor(member, ORG, false), 'planned'), false);
  assert.equal(canSeeAgenda({ kind: 'public' }, 'planned'), false);
});

test('closed items: members see content; observers and the public only the title, where the body allows it', () => {
  const closed = { public: false };
  assert.deepEqual(itemVisibility(viewerFor(user('member'), ORG), closed, { closedItemTitlesPublic: true }), { content: true, title: true });
  assert.deepEqual(itemVisibility(viewerFor(user('observer'), ORG), closed, { closedItemTitlesPublic: true }), { content: false, title: true });
  assert.deepEqual(itemVisibility(viewerFor(user('observer'), ORG), closed, { closedItemTitlesPublic: false }), { content: false, title: false });
  assert.deepEqual(itemVisibility({ kind: 'public' }, closed, { closedItemTitlesPublic: false }), { content: false, title: false });
  // A member of another organization is the public there.
  assert.deepEqual(itemVisibility(viewerFor(user('member'), OTHER), closed, { closedItemTitlesPublic: false }), { content: false, title: false });
});
