// <metric-trend> speed with the method of ../shared/peer-bench: 1,000 and 10,000 points, 5 fresh pages each,
// runs 1 (cold) to 3 (warm) per page; prints median (min–max) ms. Run: node bench/metric-trend.bench.mjs
// (PAGES=n for fewer pages, CHROME_PATH for another browser).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'metric-trend-page.ts')], bundle: true, minify: true, format: 'iife', target: 'es2022',
  outfile: join(out, 'metric-trend.js'), tsconfig: join(here, '..', 'tsconfig.json'), logLevel: 'warning',
  conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' },
});
writeFileSync(join(out, 'metric-trend.html'), '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="root"></div><script src="metric-trend.js"></script>');

const pages = Number(process.env.PAGES ?? 5);
const sizes = [1000, 10000];
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (xs) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
console.log('| chart | points | cold render→painted | warm render→layout | warm render→painted | marks |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const mode of ['feed', 'json']) for (const n of sizes) {
  const cold = [], warmLayout = [], warm = [];
  let marks = 0;
  for (let p = 0; p < pages; p++) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`file://${join(out, 'metric-trend.html')}`);
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(await page.evaluate((args) => window.runChart(...args), [n, mode]));
    cold.push(runs[0].mountMs);
    warmLayout.push(runs[2].mountLayoutMs);
    warm.push(runs[2].mountMs);
    marks = runs[2].marks;
    await page.close();
  }
  console.log(`| <metric-trend> (${mode === 'feed' ? 'parsed Feed' : 'raw JSON, parse timed'}) | ${n} | ${fmt(cold)} | ${fmt(warmLayout)} | ${fmt(warm)} | ${marks} |`);
}
await browser.close();
