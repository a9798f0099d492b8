// Storybook smoke check (CI): builds the stories, serves the static build on loopback and opens every story in
// headless Chromium. Each must render its element with something to read (data, a status or an error message)
// and throw nothing into the page. Run: node scripts/storybook-smoke.mjs (CHROME_PATH for another browser).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../bench/lib/browser.mjs';
import { serveStatic } from '../bench/lib/static-server.mjs';

const TAGS = ['sota-table', 'metric-trend', 'paper-card', 'sota-index'];
const out = mkdtempSync(join(tmpdir(), 'sota-storybook-'));
execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', out], { stdio: ['ignore', 'ignore', 'inherit'] });

const stories = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries)
  .filter((entry) => entry.type === 'story');
const server = await serveStatic(out);
const browser = await launchBrowser();
const failures = [];
try {
  for (const tag of TAGS) {
    if (!stories.some((story) => story.id.startsWith(`${tag}--`))) failures.push(`${tag}: no stories`);
  }
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A failed resource is reported by URL (below), not by the console's line without one; browsers ask for a favicon.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
  for (const story of stories) {
    errors = [];
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page.waitForFunction((tags) => {
      const el = document.querySelector('#storybook-root')?.querySelector(tags.join(','));
      const root = el?.shadowRoot;
      if (!el || !root || el.getBoundingClientRect().height === 0) return false;
      return (root.textContent ?? '').trim().length > 0 || root.querySelector('svg') !== null;
    }, TAGS, { timeout: 15_000 }).then(() => true, () => false);
    if (!rendered) failures.push(`${story.id}: the element did not render anything to read`);
    for (const error of errors) failures.push(`${story.id}: ${error}`);
  }
  console.log(`storybook smoke: ${stories.length - new Set(failures.map((f) => f.split(':')[0])).size} of ${stories.length} stories render cleanly`);
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
