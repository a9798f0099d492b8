import base from './vite.bundle.config.ts';
import { mergeConfig } from 'vite';
export default mergeConfig(base, { build: { outDir: '/tmp/sz/out', emptyOutDir: true, sourcemap: false, minify: false, lib: { entry: process.env.ENTRY ?? 'src/index.ts', formats: ['es'], fileName: () => 'x.js' }, rollupOptions: { output: { minify: false } } } });
