// scripts/size-without.mjs is the evidence for the size ceiling's decision: every step must still build (a stub
// that no longer matches its module's exports fails the build) and must leave something out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizesWithout } from '../../scripts/size-without.mjs';

test('every step of size-without builds the script-tag file and makes it smaller', async () => {
  const rows = await sizesWithout();
  assert.equal(rows[0].label, 'as built');
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].kib < rows[i - 1].kib, `"${rows[i].label}" (${rows[i].kib.toFixed(2)} KiB) is not smaller than the row above`);
  }
});
