// Writes each element's API tables (attributes and properties, methods, events, slots, parts, custom properties)
// into README.md between `<!-- elements:start -->` and `<!-- elements:end -->`, from custom-elements.json, so the
// README says what the class comments say. `--check` writes nothing: it analyses the sources afresh and exits 1
// when custom-elements.json or the README tables differ from what they would be (run `npm run manifest`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli as analyze } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';
// The README's order: the elements as the page introduces them; any other element follows by name.
const ORDER = ['sota-table', 'metric-trend', 'paper-card', 'sota-index'];

/** One line, pipes escaped (a pipe ends a table cell even inside a code span). */
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
/** Table-cell text; a `<tag>` outside code spans stays text rather than being read as HTML. */
const cell = (text) => oneLine(text).split('`').map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;'))).join('`');
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return [];
  return [`| ${headings.join(' | ')} |`, `|${headings.map(() => ' --- |').join('')}`,
    ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

const isPublic = (member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#') && !member.static;

function elementSection(element) {
  const attributesByField = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.readonly);
  const properties = fields.map((field) => [
    code(attributesByField.get(field.name)?.name) || '(property only)',
    code(field.name),
    code(field.type?.text),
    code(field.default),
    cell(field.description),
  ]);
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m)).map((method) => [
    code(`${method.name}(${(method.parameters ?? []).map((p) => p.name).join(', ')})`),
    cell(method.description),
  ]);
  return [
    `### \`<${element.tagName}>\``, '',
    ...(element.summary ? [cell(element.summary), ''] : []),
    ...table(['attribute', 'property', 'type', 'default', 'description'], properties),
    ...table(['method', 'description'], methods),
    ...table(['event', 'type', 'description'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    ...table(['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    ...table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    ...table(['custom property', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])),
  ];
}

/** The generated block, markers included. */
export function elementsMarkdown(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
  return [START,
    '<!-- Generated from custom-elements.json by scripts/readme-api.mjs (`npm run manifest`); do not edit. -->', '',
    '## Elements', '',
    'Every attribute has a property of the same meaning; properties marked "(property only)" take objects.', '',
    ...elements.flatMap(elementSection), END].join('\n');
}

/** README text with the block between the markers replaced. */
export function withElements(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, start) + elementsMarkdown(manifest) + readme.slice(end + END.length);
}

/** The manifest as the analyzer makes it from the sources now (written nowhere). */
export async function freshManifest() {
  return analyze({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true,
  });
}

async function main() {
  const readmePath = `${root}README.md`;
  const manifestPath = `${root}custom-elements.json`;
  const readme = readFileSync(readmePath, 'utf8');
  if (!process.argv.includes('--check')) {
    writeFileSync(readmePath, withElements(readme, JSON.parse(readFileSync(manifestPath, 'utf8'))));
    return;
  }
  const manifest = await freshManifest();
  const stale = [];
  if (readFileSync(manifestPath, 'utf8') !== `${JSON.stringify(manifest, null, 2)}\n`) stale.push('custom-elements.json');
  if (withElements(readme, manifest) !== readme) stale.push('README.md (element tables)');
  if (stale.length) {
    console.error(`Out of date with the class comments: ${stale.join(', ')}. Run \`npm run manifest\` and commit.`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
