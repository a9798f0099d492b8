// Lit's html`` and css`` literals keep their source indentation through a JS minifier: about a tenth of the
// script-tag file. This Vite plugin collapses them, in the script-tag build only (the ESM build is left for the
// user's bundler). Each literal is minified as the text its tag receives (cooked) and written back as raw text that
// cooks to the minified text, so no escape the CSS or HTML minifier writes ("\b7", "\\") can be read differently
// by JavaScript than it was meant.
import { minifyHTMLLiterals, defaultMinifyOptions, defaultStrategy } from 'minify-html-literals';
import { transformSync } from 'esbuild';
import { cookTemplate, rawTemplate } from './template-text.mjs';

/**
 * CSS through esbuild's minifier (the library's default, clean-css, drops @container rules). A literal that
 * interpolates another arrives with `@TEMPLATE_EXPRESSION();` where each ${…} was; esbuild keeps it as an unknown
 * at-rule but writes a space before the brackets, taken out again so the literal splits back at the same places.
 * A literal of declarations alone (no rule) is minified inside a stand-in rule, and keeps a last semicolon for what
 * follows it where it is interpolated.
 * @param {string} css cooked CSS text
 * @returns {string}
 */
export function minifyCss(css) {
  const declarationsOnly = !css.includes('{');
  const minified = transformSync(declarationsOnly ? `x{${css}}` : css, { loader: 'css', minify: true }).code.trim()
    .replace(/(@TEMPLATE_EXPRESSION_*) \(\);/g, '$1();');
  return declarationsOnly ? `${minified.slice('x{'.length, -'}'.length)};` : minified;
}

/**
 * The library's strategy, with every minifier between cooking the literal and writing it back raw. No <style> lives
 * inside our html`` literals, so the HTML minifier is not given clean-css.
 */
const strategy = {
  ...defaultStrategy,
  minifyHTML: (raw, options) => rawTemplate(defaultStrategy.minifyHTML(cookTemplate(raw), { ...options, minifyCSS: false })),
  minifyCSS: (raw) => rawTemplate(minifyCss(cookTemplate(raw))),
};

/**
 * Conservative HTML: every whitespace run keeps one space (a space between inline elements can matter), and only
 * comments and indentation go; attributes, entities and empty attributes stay as written.
 */
const minifyOptions = {
  ...defaultMinifyOptions,
  conservativeCollapse: true,
  decodeEntities: false,
  removeEmptyAttributes: false,
  minifyJS: false,
  // `true` sends css`` literals to strategy.minifyCSS (a function here would be called on the raw text instead).
  minifyCSS: true,
};

/**
 * One module's source with its Lit literals minified, or null when there is nothing to change.
 * @param {string} code
 * @param {string} fileName
 * @returns {{ code: string, map?: string } | null}
 */
export function minifyLiterals(code, fileName) {
  const result = minifyHTMLLiterals(code, { fileName, strategy, minifyOptions });
  return result ? { code: result.code, map: result.map?.toString() } : null;
}

/** @returns {import('vite').Plugin} */
export function minifyLitLiterals() {
  return {
    name: 'sota-minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      return minifyLiterals(code, id);
    },
  };
}
