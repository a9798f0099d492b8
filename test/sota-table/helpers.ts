import { fixture, html } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';

/** A table given `feed` directly, with `attributes` set before the data arrives, rendered and settled. */
export async function tableWith(feed: unknown, attributes: Record<string, string> = {}): Promise<SotaTable> {
  const el = await fixture<SotaTable>(html`<sota-table></sota-table>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  await settle(el);
  return el;
}

export async function settle(el: SotaTable): Promise<void> {
  await el.updateComplete;
  // Timers, not animation frames: a test page in a background tab gets no frames.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

export function $(el: SotaTable, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: SotaTable, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** [rank, model] of every rendered body row. */
export function rankedModels(el: SotaTable): [string, string][] {
  return $$(el, 'tbody tr[aria-rowindex]').map((row) => [text(row.querySelector('.rank')), text(row.querySelector('.model'))]);
}

/** The header cell whose visible label starts with `label`. */
export function headerCell(el: SotaTable, label: string): HTMLElement {
  const cell = $$(el, 'thead th').find((th) => text(th.querySelector('.label')).startsWith(label) || text(th).startsWith(label));
  if (!cell) throw new Error(`no header ${label}`);
  return cell;
}
