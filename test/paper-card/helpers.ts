import { fixture, html } from '@open-wc/testing';
import '../../src/components/paper-card/define.js';
import type { PaperCard } from '../../src/components/paper-card/paper-card.js';

/** A card given `feed` directly, rendered and settled. */
export async function cardWith(feed: unknown, attributes: Record<string, string> = {}): Promise<PaperCard> {
  const el = await fixture<PaperCard>(html`<paper-card></paper-card>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  await settle(el);
  return el;
}

/** Waits for rendering, and for anything the render queued on a timer. */
export async function settle(el: PaperCard): Promise<void> {
  await el.updateComplete;
  // Timers, not animation frames: a test page in a background tab gets no frames.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

export function $(el: PaperCard, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: PaperCard, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once `el` has loaded every feed it was given by URL. */
export async function loaded(el: PaperCard, count = 1): Promise<void> {
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('feeds did not load')), 5000);
    el.addEventListener('sota-load', () => {
      if (++seen >= count) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await settle(el);
}

export { until } from '../until.js';
