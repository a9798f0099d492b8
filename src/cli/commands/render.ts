// `sota-widgets render`: pre-renders the elements of built HTML pages into Declarative Shadow DOM, so readers
// without JavaScript, search engines and link previews see the table, the chart and the card, and readers with
// it see them at once instead of an empty box (the elements take over when the script loads).
import { readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command, CliIO } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../exit-codes.js';
import { readFeedText } from '../read-feed.js';
import { looksDelimited } from '../../feed/internal/text-shape.js';
import type { ElementData, FoundElement } from '../../static/prerender.js';

type Prerender = typeof import('../../static/prerender.js');

/** The elements' classes need a DOM to be defined in; @lit-labs/ssr's shim is installed only when this command runs. */
async function loadPrerender(): Promise<Prerender> {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  // The elements report failures in callbacks through reportError, which browsers have and Node 20 does not.
  globalThis.reportError ??= (error: unknown) => { console.error(error); };
  return import('../../static/prerender.js');
}

/** Every .html file named, or under a folder named. */
async function htmlFiles(paths: string[], io: CliIO): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new UsageError(`${path}: no such file or folder.`);
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { recursive: true });
      files.push(...entries.filter((entry) => /\.html?$/i.test(entry)).sort().map((entry) => join(absolute, entry)));
    } else files.push(absolute);
  }
  return files;
}

/** Where a src attribute points on disk: beside the page, or under --root for "/…"; URLs are fetched. */
function feedSource(src: string, page: string, root: string): string {
  if (/^https?:\/\//i.test(src)) return src;
  const path = decodeURIComponent(src.replace(/[?#].*$/, ''));
  return path.startsWith('/') ? join(root, path) : resolve(dirname(page), path);
}

async function readJson(source: string, io: CliIO): Promise<unknown> {
  const text = await readFeedText(source, io);
  if (looksDelimited(text)) return text; // CSV/TSV: the elements read the text itself
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${source} is not valid JSON (\`sota-widgets check\` says where)`);
  }
}

/** The data the element would load: its inline JSON, else its src (and a card's results-src). */
async function elementData(element: FoundElement, page: string, root: string, io: CliIO): Promise<ElementData> {
  const { attributes } = element;
  const read = (src: string) => readJson(feedSource(src, page, root), io);
  let feed: unknown;
  if (element.inlineJson?.trim()) {
    try {
      feed = JSON.parse(element.inlineJson);
    } catch {
      throw new Error('its inline JSON is not valid JSON');
    }
  } else if (attributes.src?.trim()) feed = await read(attributes.src.trim());
  const resultsFeed = element.tag === 'paper-card' && attributes['results-src']?.trim() ? await read(attributes['results-src'].trim()) : undefined;
  if (feed === undefined && resultsFeed === undefined) throw new Error('it has no src and no inline JSON to render from');
  return { feed, resultsFeed };
}

const describe = (element: FoundElement) =>
  `<${element.tag}${['src', 'results-src', 'dataset', 'paper'].filter((name) => element.attributes[name]).map((name) => ` ${name}="${element.attributes[name]}"`).join('')}>`;

export const renderPages: Command = {
  name: 'render',
  summary: 'Pre-render every <sota-table>, <metric-trend>, <paper-card> and <sota-index> of built HTML pages (Declarative Shadow DOM).',
  usage: 'render PAGE.html|FOLDER… [-o DIR] [--root DIR]',
  help: [
    'Writes each element\'s shadow root into the page as <template shadowrootmode="open">, rendered by the element\'s',
    'own code from the data its src (any feed format, CSV included, or inline JSON) holds. The tags, attributes and',
    'everything else stay as they are: without JavaScript the page shows the whole table, the chart, the card and',
    'the index; with it, the elements take over when the script loads (the pre-rendered content stays until their',
    'data is in, then is replaced in place).',
    'An element whose data cannot be read is left as it was, with a warning naming the page and the element.',
    'Pages already rendered are left alone, so running it twice changes nothing.',
    '',
    'Options:',
    '  -o, --output DIR  Write the rendered pages here (same paths relative to --root) instead of in place.',
    '  --root DIR        The site\'s root folder, for src="/…" and for -o (default: the current folder).',
    '',
    'Exit code 1 when an element was left unrendered.',
    '',
    'Examples:',
    '  sota-widgets render _site                 # every page of a Jekyll, Eleventy or Hugo build, in place',
    '  sota-widgets render dist/index.html -o prerendered',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    root: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError('name the HTML pages (or folders of them) to render.');
    const root = resolve(io.cwd, typeof values.root === 'string' ? values.root : '.');
    const output = typeof values.output === 'string' ? resolve(io.cwd, values.output) : null;
    const pages = await htmlFiles(positionals, io);
    const { findElements, renderShadowRoot, insertAt } = await loadPrerender();
    let problems = 0;
    for (const page of pages) {
      const name = relative(io.cwd, page) || page;
      const text = await readFile(page, 'utf8');
      const insertions: { at: number; markup: string }[] = [];
      for (const element of findElements(text).filter((found) => !found.rendered)) {
        try {
          const data = await elementData(element, page, root, io);
          const attributes = element.lang && !element.attributes.lang ? { ...element.attributes, lang: element.lang } : element.attributes;
          insertions.push({ at: element.insertAt, markup: renderShadowRoot({ tag: element.tag, attributes }, data) });
        } catch (error) {
          problems++;
          io.stderr.write(`${name}:${element.line}: ${describe(element)} left as it was: ${(error as Error).message.replace(/\.$/, '')}.\n`);
        }
      }
      const target = output ? join(output, relative(root, page)) : page;
      if (output || insertions.length) {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, insertAt(text, insertions));
      }
      if (insertions.length) io.stderr.write(`${name}: ${insertions.length} ${insertions.length === 1 ? 'element' : 'elements'} pre-rendered${output ? ` → ${relative(io.cwd, target)}` : ''}\n`);
    }
    return problems ? EXIT_PROBLEMS : EXIT_OK;
  },
};
