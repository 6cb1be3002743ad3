import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cancelProblem, minutesArePublic, minutesLocked, transitionProblem, type MeetingState } from './state.ts';

const start = new Date('2025-08-27T07:00:00Z');
const after = new Date('2025-08-27T10:00:00Z');
const m = (state: MeetingState, cancelled = false) => ({ state, cancelled, start });

test('a meeting moves forward one state at a time', () => {
  assert.equal(transitionProblem(m('planned'), 'agenda_released', after), null);
  assert.equal(transitionProblem(m('agenda_released'), 'held', after), null);
  assert.equal(transitionProblem(m('held'), 'minutes_released', after), null);
  assert.equal(transitionProblem(m('minutes_released'), 'minutes_approved', after), null);
});

test('skipping a state, going back or repeating one is refused with the rule', () => {
  assert.equal(transitionProblem(m('planned'), 'minutes_released', after), 'rule.meeting.invalid_transition');
  assert.equal(transitionProblem(m('held'), 'agenda_released', after), 'rule.meeting.invalid_transition');
  assert.equal(transitionProblem(m('held'), 'held', after), 'rule.meeting.already_in_state');
  assert.equal(transitionProblem(m('minutes_approved'), 'planned', after), 'rule.meeting.invalid_transition');
});

test('a meeting cannot be marked held before it starts, nor changed once cancelled', () => {
  assert.equal(transitionProblem(m('agenda_released'), 'held', new Date('2025-08-26T12:00:00Z')), 'rule.meeting.not_started');
  assert.equal(transitionProblem(m('planned', true), 'agenda_released', after), 'rule.meeting.cancelled');
});

test('only meetings not yet held can be cancelled', () => {
  assert.equal(cancelProblem(m('planned')), null);
  assert.equal(cancelProblem(m('agenda_released')), null);
  assert.equal(cancelProblem(m('held')), 'rule.meeting.cannot_cancel_after_held');
  assert.equal(cancelProblem(m('planned', true)), 'rule.meeting.cancelled');
});

test('minutes are public once released and locked once approved', () => {
  assert.equal(minutesArePublic('held'), false);
  assert.equal(minutesArePublic('minutes_released'), true);
  assert.equal(minutesLocked('minutes_released'), false);
  assert.equal(minutesLocked('minutes_approved'), true);
});
