// The self-contained builds for a plain <script> tag: everything (lit, d3 modules, feed layer) in one minified file.
// dist/sota-widgets.js is an ES module; dist/sota-widgets.iife.js is a classic script for hosts that strip modules.
import { defineConfig } from 'vite';
import { minifyLitLiterals } from './scripts/minify-lit-literals.mjs';

export default defineConfig({
  plugins: [minifyLitLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'SotaWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'sota-widgets.js' : 'sota-widgets.iife.js'),
    },
    // Vite keeps whitespace in ES library output for tree-shaking; this file is used whole, so minify it fully.
    rollupOptions: { output: { minify: true, comments: false } },
  },
});
