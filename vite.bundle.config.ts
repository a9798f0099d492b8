// The script-tag builds, for a plain <script> tag with nothing to install:
// - dist/sota-widgets.js, an ES module holding everything the three elements need (Lit, the d3 modules, the feed
//   layer): one request before they render. What only some pages use is loaded on demand from chunks in
//   dist/sota-widgets/ beside it (a plain import() in the source), and those chunks import what they share from
//   this file, which the page already has.
// - dist/sota-widgets.iife.js, a classic script for hosts that strip modules: a few lines that load the former.
import { defineConfig, type Plugin } from 'vite';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { minifyLitLiterals } from './scripts/minify-lit-literals.mjs';

const CLASSIC_LOADER = 'src/script-tag/classic-loader.ts';

/** The classic loader is too small to bundle: compiled and minified on its own, written beside the module. */
function classicLoader(): Plugin {
  return {
    name: 'sota-classic-loader',
    generateBundle() {
      const { code } = transformSync(readFileSync(CLASSIC_LOADER, 'utf8'), {
        loader: 'ts', format: 'iife', minify: true, target: 'es2022', sourcefile: CLASSIC_LOADER,
      });
      this.emitFile({ type: 'asset', fileName: 'sota-widgets.iife.js', source: code });
    },
  };
}

export default defineConfig({
  plugins: [minifyLitLiterals(), classicLoader()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/script-tag/script-tag.ts',
      formats: ['es'],
      fileName: () => 'sota-widgets.js',
    },
    rollupOptions: {
      // Library mode keeps the entry's exports exactly as written ('strict'), and so would move every module an
      // on-demand chunk shares with it into a chunk of its own: one more request before anything renders.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Vite keeps whitespace in ES library output for tree-shaking; these files are used whole.
        minify: true,
        comments: false,
        // Hashed: a CDN may cache a chunk for ever, and a new release never mixes with an old chunk.
        // An element's chunk is named after the element, not its define.ts.
        chunkFileNames: (chunk) => `sota-widgets/${chunk.facadeModuleId?.match(/([^/]+)\/define\.ts$/)?.[1] ?? '[name]'}-[hash].js`,
      },
    },
  },
});
