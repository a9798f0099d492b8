// The peer-bench method as two reusable steps: bundle a bench page script (TypeScript, production Lit) into
// bench/out/, then call a function it puts on `window` in several fresh pages, a few times per page
// (the 1st call in a page is "cold", the 3rd "warm": same data, new container).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(benchDir, 'out');

/**
 * Bundles bench/<entry> (IIFE, minified unless `minify: false`, production conditions) and writes an HTML page
 * that loads it into `<div id="root">` styled by `rootStyle`. Returns the page's file: URL. bench/profile.mjs
 * builds unminified, so a CPU profile names the functions. `stylesheets` (absolute paths) are copied beside the
 * page and linked from it (the peers' own CSS).
 */
export async function buildBenchPage(entry, { name = entry.replace(/\.ts$/, ''), rootStyle = '', minify = true, stylesheets = [] } = {}) {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [join(benchDir, entry)], bundle: true, minify, format: 'iife', target: 'es2022',
    outfile: join(OUT_DIR, `${name}.js`), tsconfig: join(benchDir, '..', 'tsconfig.json'), logLevel: 'warning',
    conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' },
  });
  const style = rootStyle ? ` style="${rootStyle}"` : '';
  const links = stylesheets.map((path) => {
    copyFileSync(path, join(OUT_DIR, basename(path)));
    return `<link rel="stylesheet" href="${basename(path)}">`;
  }).join('');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8">${links}<body style="margin:0"><div id="root"${style}></div><script src="${name}.js"></script>`;
  writeFileSync(join(OUT_DIR, `${name}.html`), html);
  return pathToFileURL(join(OUT_DIR, `${name}.html`)).href;
}

/**
 * Where in a frame rep `rep` of `reps` starts its timed runs (bench/page-timing.ts, startAtFramePhase): the reps
 * sweep one frame evenly, and the pages of one rep (ours and each peer's) share the point.
 */
export const framePhase = (rep, reps) => (rep + 0.5) / reps;

/**
 * Opens `reps` fresh pages of `url` one after another; in each calls `window[fnName](...args)` `callsPerPage`
 * times in a row. Resolves to one array of call results per page.
 */
export async function callInFreshPages(browser, { url, fnName, args = [], reps, callsPerPage = 3, timeoutMs = 60_000 }) {
  const pages = [];
  for (let rep = 0; rep < reps; rep++) {
    // Same viewport as the peers' pages.
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    try {
      await page.goto(url);
      const calls = [];
      for (let i = 0; i < callsPerPage; i++) {
        calls.push(await withTimeout(page.evaluate(([name, list]) => window[name](...list), [fnName, args]), timeoutMs,
          `${fnName}(${args.join(', ')}) did not finish within ${timeoutMs / 1000} s (a wait in the bench page that never ends?)`));
      }
      pages.push(calls);
    } finally {
      await page.close();
    }
  }
  return pages;
}

/** Rejects with `message` when `promise` takes longer than `ms` (a bench page that never resolves must not hang the run). */
function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
