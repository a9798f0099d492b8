// The self-contained builds for a plain <script> tag: everything (lit, d3 modules, feed layer) in one minified file.
// dist/sota-widgets.js is an ES module; dist/sota-widgets.iife.js is a classic script for hosts that strip modules.
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals, defaultMinifyOptions } from 'minify-html-literals';
import { transformSync } from 'esbuild';

/**
 * css`` literals through esbuild's CSS minifier: the library's default (clean-css) drops @container rules.
 * A literal that interpolates a shared one arrives with minify-html-literals' `@TEMPLATE_EXPRESSION();` where each
 * ${…} was; esbuild keeps it as an unknown at-rule but writes a space before the brackets, taken out again so the
 * literal splits back at the same places. A literal of declarations alone (no rule) is minified inside a stand-in
 * rule, and keeps a last semicolon for what follows it where it is interpolated.
 */
function minifyCss(css: string): string {
  const declarationsOnly = !css.includes('{');
  const minified = transformSync(declarationsOnly ? `x{${css}}` : css, { loader: 'css', minify: true }).code.trim()
    .replace(/(@TEMPLATE_EXPRESSION_*) \(\);/g, '$1();');
  return declarationsOnly ? `${minified.slice('x{'.length, -'}'.length)};` : minified;
}

/**
 * Lit's html``, svg`` and css`` literals keep their source indentation through a JS minifier: about a tenth of
 * this file. Collapsed here, in the script-tag build only (the ESM build is left for the user's bundler).
 * Conservative: every whitespace run keeps one space (a space between inline elements can matter), and only
 * comments and indentation go; attributes, entities and empty attributes stay as written.
 */
function minifyLitLiterals(): Plugin {
  return {
    name: 'sota-minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: {
          ...defaultMinifyOptions,
          conservativeCollapse: true,
          decodeEntities: false,
          removeEmptyAttributes: false,
          minifyJS: false,
          minifyCSS: minifyCss,
        },
      });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

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
