// A password with "å" is the same password however the device wrote the letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hash } from '@node-rs/argon2';
import { hashPassword, verifyPassword } from './passwords.ts';

test('composed and decomposed letters are one password; a wrong one is still wrong', async () => {
  const composed = 'blåbærgrød-på-torsdag';
  const decomposed = composed.normalize('NFD');
  assert.notEqual(composed, decomposed);
  const stored = await hashPassword(decomposed);
  assert.equal(await verifyPassword(stored, composed), true);
  assert.equal(await verifyPassword(stored, decomposed), true);
  assert.equal(await verifyPassword(stored, 'blabærgrød-på-torsdag'), false);
  assert.equal(await verifyPassword(null, composed), false);
  // Stored decomposed before passwords were composed: still accepted, typed either way.
  const old = await hash(decomposed);
  assert.equal(await verifyPassword(old, composed), true);
});
