// The Node builds: the `sota-widgets` command line (dist/cli.js, an executable ES module) and the
// `sota-widgets/static` entry (dist/static.js). Their dependencies stay external (installed with the package, and
// resolved by Node with its own conditions, so lit is its server build); the feed, chart and element code is
// bundled in from source, so the CLI parses, ranks and draws exactly as the elements.
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
    ssr: true,
    rollupOptions: {
      input: { cli: 'src/cli/bin.ts', static: 'src/static/index.ts' },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'node/shared-[hash].js',
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
