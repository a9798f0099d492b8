// The `sota-widgets` command line for Node: dist/cli.js, an executable ES module. Its dependencies stay external
// (installed with the package); the feed layer is bundled in from source, so the CLI parses exactly as the elements.
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    ssr: 'src/cli/bin.ts',
    rollupOptions: {
      output: { entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' },
    },
  },
});
