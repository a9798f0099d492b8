// Tests run in real headless Chromium. Time zone and locale are pinned so dates format the same everywhere.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { feedServer } from './test/server/feed-server.mjs';
import { frameworkBundles } from './test/interop/framework-bundles.mjs';

process.env.TZ = 'UTC';
const executablePath = process.env.CHROME_PATH
  ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser'] },
  // Feeds that fail in every way a server can, under /__feeds/ (loopback only): see test/server/feed-server.mjs.
  middleware: [feedServer],
  plugins: [frameworkBundles(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  concurrency: 2,
  // Generous: a shared 2-core machine can be slow; a hung file still fails, just later.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  // A failed assertion about a DOM element must report, not hang the run: see test/setup/readable-failures.ts.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head></head><body>
    <script type="module" src="/test/setup/readable-failures.ts"></script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=en-US',
          // Two test files run at once in tabs of one browser: a background tab must still get frames, timers and
          // ResizeObserver callbacks, or charts waiting for their first layout never draw.
          '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows'],
        env: { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8' },
      },
    }),
  ],
};
