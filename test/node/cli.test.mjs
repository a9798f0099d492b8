// The command line as a user runs it: `node dist/cli.js …` as a child process (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('with no command it prints the overview and exits 2', () => {
  const { status, stdout } = run();
  assert.equal(status, 2);
  assert.match(stdout, /Usage: sota-widgets <command>/);
  assert.match(stdout, /Exit codes: 0 ok, 1 problems found, 2 bad usage/);
});

test('--help exits 0 and --version prints the package version', async () => {
  assert.equal(run('--help').status, 0);
  const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
  assert.equal(run('--version').stdout.trim(), version);
});

test('an unknown command names itself and exits 2', () => {
  const { status, stderr } = run('frobnicate');
  assert.equal(status, 2);
  assert.match(stderr, /unknown command "frobnicate"/);
});
