import { fixture, html } from '@open-wc/testing';
import '../../src/components/sota-index/define.js';
import type { SotaIndex } from '../../src/components/sota-index/sota-index.js';

/** An index given `feed` directly, with `attributes` set before the data arrives, rendered and settled. */
export async function indexWith(feed: unknown, attributes: Record<string, string> = {}): Promise<SotaIndex> {
  const el = await fixture<SotaIndex>(html`<sota-index></sota-index>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  await settle(el);
  return el;
}

export async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  // Timers, not animation frames: a test page in a background tab gets no frames.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

export function $(el: SotaIndex, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: SotaIndex, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What the body shows, row by row: "# Task" for a task's row, the dataset for a board's. */
export function listed(el: SotaIndex): string[] {
  return $$(el, 'tbody tr[aria-rowindex]').map((row) => row.classList.contains('group')
    ? `# ${text(row.querySelector('.task-name'))}`
    : text(row.querySelector('.dataset')));
}

/** The text of one board's cell (by class) in the row of `dataset`. */
export function cellOf(el: SotaIndex, dataset: string, column: string): HTMLElement {
  const row = $$(el, 'tbody tr[aria-rowindex]').find((candidate) => text(candidate.querySelector('.dataset')) === dataset);
  if (!row) throw new Error(`no row ${dataset}`);
  return row.querySelector<HTMLElement>(`.${column}`)!;
}
