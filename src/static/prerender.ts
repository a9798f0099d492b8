// Pre-rendering built HTML: every <sota-table>, <metric-trend>, <paper-card> and <sota-index> gets its shadow root written into
// the page as Declarative Shadow DOM (<template shadowrootmode="open">), rendered by @lit-labs/ssr from the
// elements' own classes with the data given to them. The page is otherwise left byte for byte as it was: the tag,
// its attributes and children stay, so the script, when it loads, takes the elements over.
// Needs a DOM shim in Node: load it through the CLI's render command, or import
// '@lit-labs/ssr/lib/install-global-dom-shim.js' before this module.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse } from 'parse5';
import '../components/sota-table/define.js';
import '../components/metric-trend/define.js';
import '../components/paper-card/define.js';
import '../components/sota-index/define.js';

export const PRERENDERED_TAGS = ['sota-table', 'metric-trend', 'paper-card', 'sota-index'] as const;
export type PrerenderedTag = (typeof PRERENDERED_TAGS)[number];

export interface FoundElement {
  tag: PrerenderedTag;
  attributes: Record<string, string>;
  /** The text of its <script type="application/json"> child, or null. */
  inlineJson: string | null;
  /** Where its start tag ends in the page: the shadow root's template goes there. */
  insertAt: number;
  /** 1-based line of the start tag, for messages. */
  line: number;
  /** It already has a declarative shadow root (the page was rendered before). */
  rendered: boolean;
  /** The language the page gives it (its own lang, else the nearest ancestor's), or null. */
  lang: string | null;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
  sourceCodeLocation?: { startLine: number; startTag?: { endOffset: number } } | null;
}

const isTag = (name: string): name is PrerenderedTag => (PRERENDERED_TAGS as readonly string[]).includes(name);
const textOf = (node: Node): string => (node.childNodes ?? []).map((child) => child.value ?? textOf(child)).join('');

/** Every element of ours in the page, in document order (inside <template>s too). */
export function findElements(page: string): FoundElement[] {
  const found: FoundElement[] = [];
  const visit = (node: Node, lang: string | null) => {
    const own = node.attrs?.find((a) => a.name === 'lang')?.value;
    const inherited = own === undefined ? lang : own || null;
    if (node.tagName && isTag(node.tagName) && node.sourceCodeLocation?.startTag) {
      const children = node.childNodes ?? [];
      const json = children.find((child) => child.tagName === 'script'
        && child.attrs?.some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'application/json'));
      found.push({
        tag: node.tagName,
        attributes: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        inlineJson: json ? textOf(json) : null,
        insertAt: node.sourceCodeLocation.startTag.endOffset,
        line: node.sourceCodeLocation.startLine,
        rendered: children.some((child) => child.tagName === 'template' && child.attrs?.some((a) => a.name === 'shadowrootmode')),
        lang: inherited,
      });
    }
    (node.childNodes ?? []).forEach((child) => visit(child, inherited));
    if (node.content) visit(node.content, inherited);
  };
  visit(parse(page, { sourceCodeLocationInfo: true }) as unknown as Node, null);
  return found;
}

/** The data an element is rendered with: what its src (and a card's results-src) or inline JSON holds. */
export interface ElementData {
  feed: unknown;
  resultsFeed?: unknown;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The element's shadow root as a declarative <template>, from its class's own first render with `data`.
 * The template is built as Lit would build it from source: the tag and attribute names are fixed text (checked
 * to be plain names), every value a binding that @lit-labs/ssr escapes.
 */
export function renderShadowRoot(element: Pick<FoundElement, 'tag' | 'attributes'>, data: ElementData): string {
  const names = Object.keys(element.attributes).filter((name) => ATTRIBUTE_NAME.test(name));
  const strings: string[] = [];
  const values: unknown[] = [];
  let open = `<${element.tag}`;
  for (const name of names) {
    strings.push(`${open} ${name}=`);
    values.push(element.attributes[name]);
    open = '';
  }
  strings.push(`${open} .feed=`);
  values.push(data.feed);
  if (data.resultsFeed !== undefined) {
    strings.push(' .resultsFeed=');
    values.push(data.resultsFeed);
  }
  strings.push(`></${element.tag}>`);
  const template = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  const markup = collectResultSync(render(html(template, ...values)));
  const start = markup.indexOf('<template shadowroot');
  const end = markup.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error(`${element.tag} rendered no shadow root`);
  // @lit-labs/ssr writes a .checked=${false} property binding as the attribute checked="false", which HTML reads
  // as checked: an unticked "Hide extra data" box would show ticked until the script loads.
  return markup.slice(start, end + '</template>'.length).replace(/ checked="false"/g, '');
}

/** The page with each markup inserted at its offset (offsets into the original page). */
export function insertAt(page: string, insertions: { at: number; markup: string }[]): string {
  let out = page;
  for (const { at, markup } of [...insertions].sort((a, b) => b.at - a.at)) out = out.slice(0, at) + markup + out.slice(at);
  return out;
}
