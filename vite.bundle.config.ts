// The self-contained builds for a plain <script> tag: everything (lit, d3 modules, feed layer) in one minified file.
// dist/sota-widgets.js is an ES module; dist/sota-widgets.iife.js (`--mode classic`) is a classic script for hosts
// that strip modules. The module loads the table reader (CSV/TSV, JSON records) on demand from a file beside it;
// a classic script cannot, so its build reads tables with a stand-in that says so (src/feed/load-table-reader-classic.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitLiterals } from './scripts/minify-lit-literals.mjs';

function classicTableReader(): Plugin {
  const classic = fileURLToPath(new URL('src/feed/load-table-reader-classic.ts', import.meta.url));
  return {
    name: 'sota-classic-table-reader',
    enforce: 'pre',
    load: (id) => (id.split('?')[0].endsWith('/src/feed/load-table-reader.ts') ? readFileSync(classic, 'utf8') : null),
  };
}

export default defineConfig(({ mode }) => ({
  plugins: mode === 'classic' ? [minifyLitLiterals(), classicTableReader()] : [minifyLitLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'SotaWidgets',
      formats: mode === 'classic' ? ['iife'] : ['es'],
      fileName: (format) => (format === 'es' ? 'sota-widgets.js' : 'sota-widgets.iife.js'),
    },
    // Vite keeps whitespace in ES library output for tree-shaking; this file is used whole, so minify it fully.
    // The entry may export more than its own API, so a chunk loaded on demand (the table reader) imports what it
    // shares from this file instead of the shared code moving into a third file that the script tag would need.
    rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: false } },
  },
}));
