import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agendaReleaseProblems, minutesReleaseProblems, type CheckItem } from './release-checks.ts';

const item = (over: Partial<CheckItem> = {}): CheckItem => ({
  id: 'i1', number: '1', title: 'Strategi', public: true, closedReason: null, kind: 'normal',
  sections: [{ kind: 'recommendation', heading: 'Indstilling', text: '', proposer: 'Direktionen', lead: 'Direktionen indstiller,', clauses: [{ text: 'at strategien godkendes', outcome: null, amendedText: null }] }],
  attachments: [], ...over,
});

test('a complete agenda has no problems', () => {
  assert.deepEqual(agendaReleaseProblems([item()]), []);
});

test('an empty recommendation clause, a closed item without reason and a failed attachment are each named', () => {
  const problems = agendaReleaseProblems([
    item({ sections: [{ kind: 'recommendation', heading: 'Indstilling', text: '', proposer: null, lead: null, clauses: [{ text: 'at x', outcome: null, amendedText: null }, { text: 'at', outcome: null, amendedText: null }] }] }),
    item({ id: 'i2', number: '2', public: false, closedReason: ' ' }),
    item({ id: 'i3', number: '3', attachments: [{ name: 'bilag.pdf', checkProblem: 'rule.attachment.type_mismatch', text: null }] }),
  ]);
  assert.deepEqual(problems.map((p) => [p.rule, p.number, p.params?.clause ?? null]), [
    ['release.empty_clause', '1', 2],
    ['release.closed_without_reason', '2', null],
    ['release.attachment_failed', '3', null],
  ]);
});

test('a CPR number with a real date in public text blocks release and says where; an impossible date does not', () => {
  const problems = agendaReleaseProblems([
    item({ sections: [{ kind: 'presentation', heading: 'Sagsfremstilling', text: 'Borgeren (010203-1234) har klaget.', proposer: null, lead: null, clauses: [] }] }),
    item({ id: 'i2', number: '2', title: 'Sag om 320299-1234' }),
  ]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.rule, 'release.cpr');
  assert.equal(problems[0]!.where, 'Sagsfremstilling');
  assert.doesNotMatch(JSON.stringify(problems), /010203-1234/, 'the problem list never repeats the number itself');
});

test('a CPR number inside a closed item does not block release (the public never sees it), but in its title it does', () => {
  const closed = { public: false, closedReason: 'Personsag' } as const;
  assert.deepEqual(agendaReleaseProblems([item({ ...closed, sections: [{ kind: 'presentation', heading: 'Sagsfremstilling', text: 'CPR 010203-1234', proposer: null, lead: null, clauses: [] }] })]), []);
  assert.equal(agendaReleaseProblems([item({ ...closed, title: 'Klage fra 010203-1234' })])[0]?.rule, 'release.cpr');
});

test('minutes need a closing time and an outcome for every recommended clause', () => {
  const decided = item({ sections: [...item().sections, { kind: 'decision', heading: 'Beslutning', text: '', proposer: null, lead: null, clauses: [{ text: 'at strategien godkendes', outcome: 'approved', amendedText: null }] }] });
  assert.deepEqual(minutesReleaseProblems([decided], true), []);
  assert.deepEqual(minutesReleaseProblems([item()], false).map((p) => p.rule), ['release.no_closing_time', 'release.no_decision']);
  const half = item({ sections: [...item().sections, { kind: 'decision', heading: 'Beslutning', text: '', proposer: null, lead: null, clauses: [{ text: 'at strategien godkendes', outcome: null, amendedText: null }] }] });
  assert.deepEqual(minutesReleaseProblems([half], true).map((p) => p.rule), ['release.undecided_clause']);
});
