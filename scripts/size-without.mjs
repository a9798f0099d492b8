// What the script-tag file would weigh without each group of features: builds dist/sota-widgets.js again with
// the group's modules replaced by inert stubs (each step keeps the stubs of the steps before it) and prints the
// gzip size after each step. The figures for deciding the size ceiling (issues 6 and 14): which features would have to
// leave the file to reach it. A measurement, not a build: nothing is written to dist/.
// Usage: node scripts/size-without.mjs   (about ten seconds; a stub whose module changed its exports fails the build)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const fail = 'throw new Error("left out of this measurement")';

/** Each step: what goes, the issue that asks for it, and stubs by source path (module text keeping the exports). */
export const STEPS = [
  {
    label: 'the exports, Cite (BibTeX) and the light-DOM table upgrade',
    issue: '#3, #4, #5',
    stubs: {
      'src/components/sota-table/export-toolbar.ts': `import { nothing } from 'lit';
        export class ExportToolbar { text() { return ''; } renderFallback() { return nothing; } renderButtons() { return nothing; } }`,
      'src/components/metric-trend/chart-export.ts': `export const isFullyTransparent = () => true; export const resolvedBackground = () => '';
        export const standaloneSvg = () => ''; export async function svgToPng() { ${fail} }
        export const downloadBlob = () => {}; export const fileSlug = () => 'chart';`,
      'src/components/paper-card/bibtex.ts': `export const escapeBibtex = (text) => text; export const citationKey = () => ''; export const buildBibtex = () => '';`,
      'src/components/sota-table/light-dom-table.ts': 'export const readLightDomTable = () => null;',
    },
  },
  {
    label: 'the parsed-feed guard and the bound on text length',
    issue: '#7',
    stubs: {
      'src/controllers/feed-guard.ts': 'export const checkParsedFeed = () => {};',
      'src/feed/bound-text.ts': 'export const MAX_TEXT_LENGTH = 1e4; export const boundText = (feed) => feed;',
    },
  },
];

/** Serves each stubbed source's stub instead of the file. */
function stubModules(stubs) {
  const entries = Object.entries(stubs);
  return {
    name: 'sota-size-stubs',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0];
      return entries.find(([source]) => path.endsWith(`/${source}`))?.[1] ?? null;
    },
  };
}

/** gzip -9 KiB of the script-tag file built with these stubs. */
async function gzipKiB(stubs) {
  const outDir = mkdtempSync(join(tmpdir(), 'sota-size-'));
  try {
    await build({
      configFile: 'vite.bundle.config.ts',
      logLevel: 'error',
      plugins: [stubModules(stubs)],
      // sourcemap as shipped: the file ends with its sourceMappingURL line.
      build: { outDir, emptyOutDir: true, sourcemap: true, lib: { entry: 'src/script-tag/script-tag.ts', formats: ['es'], fileName: () => 'sota-widgets.js' } },
    });
    return gzipSync(readFileSync(join(outDir, 'sota-widgets.js')), { level: 9 }).length / 1024;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The file's size as built, then after each step (each keeping the stubs before it). */
export async function sizesWithout(steps = STEPS) {
  const stubs = {};
  const rows = [{ label: 'as built', issue: '', kib: await gzipKiB(stubs) }];
  for (const step of steps) {
    Object.assign(stubs, step.stubs);
    rows.push({ label: `without ${step.label}`, issue: step.issue, kib: await gzipKiB(stubs) });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await sizesWithout();
  console.log('Each row leaves out its features and those of the rows above it.\n');
  console.log('| dist/sota-widgets.js | gzip -9 KiB | saved | asked for by |\n|---|---:|---:|---|');
  rows.forEach((row, i) => {
    const saved = i ? (rows[i - 1].kib - row.kib).toFixed(1) : '';
    console.log(`| ${row.label} | ${row.kib.toFixed(1)} | ${saved} | ${row.issue} |`);
  });
}
