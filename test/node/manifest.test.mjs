// custom-elements.json is what editors, Storybook and the README tables show users, so it must match the code:
// every ::part, custom property and event the source uses is documented, and nothing documented is missing from the
// source. (`npm run check:manifest` separately checks the manifest and README are freshly generated.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { elementsMarkdown, withElements } from '../../scripts/readme-api.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** The code of an element's folder plus the base classes it extends, comments removed (the class comment documents). */
function sourceOf(element) {
  const tag = element.tagName;
  const bases = ['src/internal/sota-element.ts'];
  if (element.superclass?.name === 'LeaderboardElement') bases.push('src/internal/leaderboard-element.ts');
  const files = readdirSync(new URL(`src/components/${tag}/`, root)).filter((f) => f.endsWith('.ts'))
    .map((f) => `src/components/${tag}/${f}`).concat(bases);
  return files.map((f) => readFileSync(new URL(f, root), 'utf8'))
    .join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Part names written literally: part="a b", and quoted words inside part=${…} expressions. */
function partsUsed(code) {
  const names = new Set();
  for (const [, value] of code.matchAll(/\spart="([^"]*)"/g)) {
    // Drop ${…} expressions, innermost first (they nest: part="point${kind ? ` ${kind}` : ''}").
    let text = value;
    while (/\$\{[^{}]*\}/.test(text)) text = text.replace(/\$\{[^{}]*\}/g, ' ');
    text.split(/\s+/).filter(Boolean).forEach((n) => names.add(n));
  }
  for (const [, expression] of code.matchAll(/\spart=\$\{([^}]*)\}/g)) {
    for (const [, words] of expression.matchAll(/'([^']*)'/g)) words.split(/\s+/).filter(Boolean).forEach((n) => names.add(n));
  }
  return names;
}

const names = (list) => new Set((list ?? []).map((item) => item.name));

test('the manifest lists the four elements, and package.json ships it', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['metric-trend', 'paper-card', 'sota-index', 'sota-table']);
  assert.equal(packageJson.customElements, 'custom-elements.json');
  assert.ok(packageJson.files.includes('custom-elements.json'), 'package.json "files" must include the manifest');
});

for (const element of elements) {
  const code = sourceOf(element);
  const documentedParts = names(element.cssParts);

  test(`<${element.tagName}>: every ::part in the templates is documented`, () => {
    const undocumented = [...partsUsed(code)].filter((part) => !documentedParts.has(part));
    assert.deepEqual(undocumented, []);
  });

  test(`<${element.tagName}>: every documented ::part is used`, () => {
    const unused = [...documentedParts].filter((part) => !new RegExp(`["'\\s]${part}["'\\s$]`).test(code));
    assert.deepEqual(unused, []);
  });

  test(`<${element.tagName}>: its --${element.tagName}-* custom properties are exactly the documented ones`, () => {
    const used = new Set(code.match(new RegExp(`--${element.tagName}-[a-z0-9-]+`, 'g')));
    assert.deepEqual([...used].sort(), [...names(element.cssProperties)].sort());
  });

  test(`<${element.tagName}>: every event it fires is documented with its detail type`, () => {
    const fired = new Set([...code.matchAll(/fire\(\s*this,\s*'([a-z-]+)'/g)].map(([, type]) => type));
    assert.deepEqual([...fired].filter((type) => !names(element.events).has(type)), []);
    for (const event of element.events) assert.match(event.type?.text ?? '', /^CustomEvent<Sota\w+Detail>$/, event.name);
  });

  test(`<${element.tagName}>: every attribute belongs to a documented property`, () => {
    for (const attribute of element.attributes) {
      const field = element.members.find((m) => m.name === attribute.fieldName);
      assert.ok(field?.description, `${attribute.name} → ${attribute.fieldName} needs a one-sentence comment`);
    }
  });
}

test('README tables: types with | stay in one cell, <tags> in prose are not HTML, and the markers are required', () => {
  const tiny = { modules: [{ declarations: [{
    tagName: 'x-demo', customElement: true, summary: 'A demo.',
    attributes: [{ name: 'mode', fieldName: 'mode' }],
    members: [{ kind: 'field', name: 'mode', type: { text: "'a' | 'b'" }, default: "'a'", description: 'Like <x-other>.' }],
  }] }] };
  const block = elementsMarkdown(tiny);
  assert.match(block, /\| `mode` \| `mode` \| `'a' \\\| 'b'` \| `'a'` \| Like &lt;x-other>\. \|/);
  assert.equal(withElements('a\n<!-- elements:start -->old<!-- elements:end -->\nb', tiny), `a\n${block}\nb`);
  assert.throws(() => withElements('no markers', tiny), /markers/);
});
