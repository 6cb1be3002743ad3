import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseProblems, outcomeFromLead, overallOutcome, undecidedClauses } from './clauses.ts';

test('an amended clause needs the amended wording, and only amended clauses have one', () => {
  assert.deepEqual(clauseProblems({ text: 'at x godkendes', outcome: 'amended', amendedText: null }), ['rule.clause.amended_needs_text']);
  assert.deepEqual(clauseProblems({ text: 'at x godkendes', outcome: 'amended', amendedText: 'at x godkendes' }), ['rule.clause.amended_text_unchanged']);
  assert.deepEqual(clauseProblems({ text: 'at x godkendes', outcome: 'amended', amendedText: 'at y godkendes' }), []);
  assert.deepEqual(clauseProblems({ text: 'at x', outcome: 'approved', amendedText: 'at y' }), ['rule.clause.amended_text_only_when_amended']);
  assert.deepEqual(clauseProblems({ text: '  ', outcome: 'noted', amendedText: null }), ['rule.clause.empty']);
});

test('undecided clauses are listed by number', () => {
  assert.deepEqual(
    undecidedClauses([
      { text: 'a', outcome: 'approved', amendedText: null },
      { text: 'b', outcome: null, amendedText: null },
      { text: 'c', outcome: null, amendedText: null },
    ]),
    [2, 3],
  );
});

test('the overall outcome is unambiguous', () => {
  assert.equal(overallOutcome(['approved', 'approved']), 'approved');
  assert.equal(overallOutcome(['noted']), 'noted');
  assert.equal(overallOutcome(['approved', 'noted']), 'approved');
  assert.equal(overallOutcome(['approved', 'rejected']), 'amended');
  assert.equal(overallOutcome(['rejected', 'rejected']), 'rejected');
  assert.equal(overallOutcome([]), null);
});

test('Danish decision lead-ins are read as outcomes', () => {
  assert.equal(outcomeFromLead('Udvalg for lighed i sundhed godkendte,'), 'approved');
  assert.equal(outcomeFromLead('Godkendt.'), 'approved');
  assert.equal(outcomeFromLead('Udvalget tog orienteringen til efterretning.'), 'noted');
  assert.equal(outcomeFromLead('Indstillingen blev ikke godkendt.'), 'rejected');
  assert.equal(outcomeFromLead('Tine Bennedsen Gehrt gav en præsentation af status.'), null);
});
