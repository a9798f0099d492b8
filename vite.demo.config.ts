// The demo site: `npm start` serves demo/ with the library straight from src/, offline.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  root: 'demo',
  appType: 'mpa', // a missing file is a 404, not index.html: the gallery's error state depends on it
  publicDir: 'feeds',
  server: { open: !process.env.CI, host: 'localhost' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        ['index', 'lab', 'blog', 'docs', 'live-leaderboards', 'gallery', 'index-page', 'board'].map((page) => [page, resolve(import.meta.dirname, `demo/${page}.html`)]),
      ),
    },
  },
});
