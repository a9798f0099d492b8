// Serves React 19 and Vue 3 to the interop tests as browser ES modules. React ships CommonJS only, which the test
// server does not convert, so it is bundled once with esbuild (production build, as users' sites run it); Vue ships
// a self-contained browser build. Paths: /__interop/react.js ({React, createRoot, flushSync}) and /__interop/vue.js.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bundles = new Map();

async function reactBundle() {
  const result = await build({
    stdin: {
      contents: "import * as React from 'react'; import { flushSync } from 'react-dom'; import { createRoot } from 'react-dom/client'; export { React, createRoot, flushSync };",
      resolveDir: process.cwd(),
    },
    bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

const vueBundle = () => readFile(require.resolve('vue/dist/vue.esm-browser.prod.js'), 'utf8');

const SOURCES = { '/__interop/react.js': reactBundle, '/__interop/vue.js': vueBundle };

/** A @web/test-runner plugin. */
export function frameworkBundles() {
  return {
    name: 'framework-bundles',
    async serve(context) {
      const make = SOURCES[context.path];
      if (!make) return undefined;
      if (!bundles.has(context.path)) bundles.set(context.path, make());
      return { body: await bundles.get(context.path), type: 'js' };
    },
  };
}
