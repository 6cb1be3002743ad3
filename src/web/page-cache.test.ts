import { test } from 'node:test';
import assert from 'node:assert/strict';
import { versionProbe } from './page-cache.ts';

test('the version probe reads once per interval, however many requests ask', async () => {
  let clock = 0;
  let reads = 0;
  const probe = versionProbe(async () => String(++reads), 100, () => clock);
  assert.deepEqual(await Promise.all([probe(), probe(), probe()]), ['1', '1', '1']);
  clock = 100;
  assert.equal(await probe(), '1', 'still fresh at the interval');
  clock = 101;
  assert.equal(await probe(), '2', 'read again after it');
  assert.equal(reads, 2);
});

test('a failed read is not remembered: the next request reads again', async () => {
  let fail = true;
  const probe = versionProbe(async () => {
    if (fail) throw new Error('down');
    return 'up';
  }, 100, () => 0);
  await assert.rejects(probe(), /down/);
  fail = false;
  assert.equal(await probe(), 'up');
});

test("this process's own commit makes the next request read the version again", async () => {
  let reads = 0;
  let commits = 0;
  const probe = versionProbe(async () => String(++reads), 100, () => 0, () => commits);
  assert.equal(await probe(), '1');
  assert.equal(await probe(), '1');
  commits++;
  assert.equal(await probe(), '2', 'read again at once after a commit, not 100 ms later');
  assert.equal(await probe(), '2');
  assert.equal(reads, 2);
});
