// Shared by the accessibility sweep: a small made-up feed, mounting without waiting for animation frames (a
// background tab may get none), the focused element through shadow roots, and what a visible focus ring is.
import type { SotaElement } from '../../src/internal/sota-element.js';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import '../../src/components/paper-card/define.js';
import '../../src/components/sota-index/define.js';

export type Tag = 'sota-table' | 'metric-trend' | 'paper-card' | 'sota-index';
export const TAGS: Tag[] = ['sota-table', 'metric-trend', 'paper-card', 'sota-index'];

// Made-up models and paper (no facts): enough rows for sorting, dates for the chart, a long abstract for "Show more".
export const FEED = {
  version: 1,
  leaderboards: [{
    task: 'Question Answering', dataset: 'Toy QA', metrics: ['F1', 'EM'],
    results: [
      { model: 'Model A', date: '2019-01-10', values: { F1: 80.1, EM: 70.2 }, paper: 'paper-a', code: ['https://example.org/a'] },
      { model: 'Model B', date: '2020-03-02', values: { F1: 85.4, EM: 76.0 }, paper: 'paper-a', extraData: true },
      { model: 'Model C', date: '2021-07-19', values: { F1: 83.0, EM: 74.1 } },
      { model: 'Model D', date: '2022-05-30', values: { F1: 88.9, EM: 80.3 } },
    ],
  }],
  papers: [{
    id: 'paper-a', title: 'Model A: a made-up paper with a title long enough to wrap on a narrow screen',
    authors: ['Ada Example', 'Bo Example', 'Cy Example', 'Di Example', 'Ed Example', 'Flo Example', 'Gus Example'],
    date: '2019-01-10', venue: 'Made-up Conference 2019', url: 'https://example.org/paper-a', pdf: 'https://example.org/paper-a.pdf',
    abstract: 'A made-up abstract that goes on for a while, so that the card shows only its first lines. '.repeat(12),
    tasks: ['Question Answering'], code: [{ url: 'https://example.org/a', official: true }],
  }],
};

export const wait = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const mounted: HTMLElement[] = [];

export interface MountOptions {
  src?: string;
  feed?: unknown;
  theme?: 'light' | 'dark';
  width?: number;
  /** Font size of the container, e.g. '200%' for text zoom. */
  fontSize?: string;
}

/** The element in a container of `width` px, with the attributes each tag needs to show the feed. */
export async function mount(tag: Tag, options: MountOptions = {}): Promise<SotaElement> {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 640}px`;
  if (options.fontSize) container.style.fontSize = options.fontSize;
  if (options.theme === 'dark') container.style.background = '#0d1117';
  const start = document.createElement('button');
  start.textContent = 'Before';
  start.className = 'start';
  const el = document.createElement(tag) as SotaElement;
  if (tag === 'paper-card') el.setAttribute('paper', 'paper-a');
  else if (tag === 'sota-index') {
    // A link on each board, and the rank column of a model that is on the board but not its best.
    el.setAttribute('href', 'boards/{task}/{dataset}.html');
    el.setAttribute('highlight', 'Model A');
  }
  else el.setAttribute('dataset', 'Toy QA');
  if (tag === 'metric-trend') el.setAttribute('metric', 'F1');
  if (options.theme) el.setAttribute('theme', options.theme);
  if (options.src) el.setAttribute('src', options.src);
  if (options.feed !== undefined) el.feed = options.feed;
  container.append(start, el);
  document.body.append(container);
  mounted.push(container);
  await settle(el);
  return el;
}

/** Lets updates, events and ResizeObserver re-renders (which come in later tasks) finish. */
export async function settle(el: SotaElement): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await wait(10);
  }
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A focus indicator someone can see: a non-zero outline, or a box-shadow. */
export function hasVisibleFocus(el: Element): boolean {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
}

/** A box between `el` and `root` that scrolls or clips sideways contains it: only that box's own edge counts. */
function contained(el: Element): boolean {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX)) return true;
  }
  return false;
}

/** Elements (through shadow roots) whose right edge passes `right`, outside any box that scrolls or clips sideways. */
export function overflowing(host: Element, right: number): string[] {
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 1 && !contained(el)) {
        found.push(`<${el.localName} part="${el.getAttribute('part') ?? ''}" class="${el.getAttribute('class') ?? ''}"> right ${Math.round(box.right)} > ${Math.round(right)}`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(host.shadowRoot ?? host);
  return found;
}
