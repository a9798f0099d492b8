// Library build: one ES module per public entry, bare dependencies left for the user's bundler.
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const bare = Object.keys(pkg.dependencies);

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        feed: 'src/feed/all-formats.ts',
        'sota-table': 'src/components/sota-table/define.ts',
        'metric-trend': 'src/components/metric-trend/define.ts',
        'paper-card': 'src/components/paper-card/define.ts',
        'sota-index': 'src/components/sota-index/define.ts',
        // The classes alone, registering nothing: for define('another-tag') or a scoped registry.
        'sota-table-class': 'src/components/sota-table/sota-table.ts',
        'metric-trend-class': 'src/components/metric-trend/metric-trend.ts',
        'paper-card-class': 'src/components/paper-card/paper-card.ts',
        'sota-index-class': 'src/components/sota-index/sota-index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => bare.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    },
  },
});
