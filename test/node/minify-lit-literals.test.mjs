// The script-tag build minifies Lit's css`` and html`` literals and writes them back into the JavaScript. What it
// writes must cook (as a template literal) to text the CSS and HTML parsers read exactly as they read the source:
// the "·" separator once came back as "\b7", which JavaScript cooked to a backspace and a "7".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cookTemplate, rawTemplate } from '../../scripts/template-text.mjs';
import { minifyCss, minifyLiterals } from '../../scripts/minify-lit-literals.mjs';

/** What JavaScript itself cooks a template literal's raw text to (test-only use of Function). */
const jsCooked = (raw) => new Function(`return ((strings) => strings[0])\`${raw}\`;`)();

/** The strings a tag receives from a module whose only statement is `export default TAG\`…\``, after the plugin. */
function literalAfterBuild(tag, text) {
  const source = `import { ${tag} } from 'lit';\nexport default ${tag}\`${rawTemplate(text)}\`;\n`;
  const built = minifyLiterals(source, '/src/sample.ts')?.code ?? source;
  const body = built.replace(/^import .*$/m, '').replace('export default', 'return');
  return new Function(tag, body)((strings) => strings.join('${}'));
}

test('cookTemplate agrees with JavaScript on every escape a template may hold', () => {
  const samples = ['plain', 'a\\\\b', 'x\\`y', 'q\\${z}', '\\x41\\u0042\\u{1F600}', 'tab\\tnew\\nline', 'l1\\\nl2',
    'cr\r\nlf', '\\b7', '\\0', '\\$', '\\{', '·', '\\·'];
  for (const raw of samples) assert.equal(cookTemplate(raw), jsCooked(raw), JSON.stringify(raw));
});

test('cookTemplate refuses an escape a tagged template cannot cook, naming it', () => {
  assert.throws(() => cookTemplate('content: "\\201C"'), /cannot cook: "\\201C"/);
  assert.throws(() => cookTemplate('\\xZZ'), /cannot cook/);
});

test('rawTemplate text cooks back to what it was made from, for any text', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
    const raw = rawTemplate(text);
    assert.equal(cookTemplate(raw), text);
    assert.equal(jsCooked(raw), text);
  }), { numRuns: 2000 });
});

test('css literals with escapes reach the CSS parser as the source meant them', () => {
  const sheets = [
    'p::before { content: "\\201C"; }',
    'p::after { content: \'·\'; }',
    'p::after { content: \'\\\\\'; }',
    'p::before { content: attr(data-label) / ""; }',
    'p { background: url("a\\\\b.png"); }',
    'p::before { content: "`${not an expression}`"; }',
    'span + span::before { content: "\\b7"; margin-inline: 0.4em; }',
    'color: red; content: "\\2014";',
  ];
  for (const css of sheets) {
    const built = literalAfterBuild('css', css);
    // Equal once both are in esbuild's canonical form: the minifier may respell an escape, never change it.
    assert.equal(minifyCss(built), minifyCss(css), css);
    assert.ok(!/[\b\f\v\0]/.test(built), `no control character in ${JSON.stringify(built)}`);
  }
});

test('html literals keep backslashes, backticks and "${" as text', () => {
  const built = literalAfterBuild('html', '<p>\n    C:\\\\temp `quoted` ${not} \\b7\n  </p>');
  assert.equal(built, '<p> C:\\\\temp `quoted` ${not} \\b7 </p>');
});
