// Windowing inside a real <table>: a 10,000-row board renders only the rows near the visible part of its
// scroller (plus spacer rows above and below), so mounting and sorting cost the same as a 60-row board while
// the markup stays a table (aria-rowcount / aria-rowindex tell assistive technology where each row sits).
// Works whether the scroller has a max-height (it scrolls) or not (the page scrolls).
import type { ReactiveController, ReactiveElement } from 'lit';

export interface RowRange {
  start: number;
  end: number;
}

/** Boards up to this size render every row: simpler DOM and find-in-page works. */
export const WINDOW_THRESHOLD = 150;
const OVERSCAN = 12;
// Before the first measurement: about what a 36rem scroller shows (15 rows) and a few more, without the overscan.
// The measurement adds the overscan in the first animation frame, before anything is painted; building those rows
// in the first render instead made a 10,000-row mount's first layout 4-6 ms later (bench/sota-table-page.ts).
const INITIAL_ROWS = 18;

export class RowWindow implements ReactiveController {
  /** Height of one body row in CSS pixels, measured after each render. */
  rowHeight = 36;
  #start = 0;
  #end = INITIAL_ROWS;
  #host: ReactiveElement;
  #body: () => HTMLElement | null | undefined;
  #scroller: () => HTMLElement | null | undefined;
  #frame = 0;
  #count = 0;

  constructor(host: ReactiveElement, parts: { body: () => HTMLElement | null | undefined; scroller: () => HTMLElement | null | undefined }) {
    this.#host = host;
    this.#body = parts.body;
    this.#scroller = parts.scroller;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** The rows to render out of `count`. */
  range(count: number): RowRange {
    this.#count = count;
    if (count <= WINDOW_THRESHOLD) return { start: 0, end: count };
    const size = Math.max(this.#end - this.#start, INITIAL_ROWS);
    const start = Math.min(this.#start, Math.max(0, count - size));
    return { start, end: Math.min(count, start + size) };
  }

  /** Back to the top rows (a new board or a new search). */
  reset(): void {
    this.#start = 0;
    this.#end = INITIAL_ROWS;
  }

  /** Scroll listener for the scroller and the window. Browsers already send scroll events once per frame. */
  readonly onScroll = (): void => this.measure();

  /** Measures in the next frame, after layout (used after each render to correct the row height). */
  measureSoon(): void {
    if (this.#frame || !this.#host.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.measure();
    });
  }

  /** Reads the row height and the visible part of the body; asks for a render when the window must move. */
  measure(): void {
    const body = this.#body();
    const scroller = this.#scroller();
    if (!body || !scroller || this.#count <= WINDOW_THRESHOLD) return;
    const row = body.querySelector<HTMLElement>('tr[aria-rowindex]');
    const height = row?.getBoundingClientRect().height;
    let changed = false;
    if (height && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      changed = true;
    }
    const bodyTop = body.getBoundingClientRect().top;
    const view = scroller.getBoundingClientRect();
    const top = Math.max(view.top, 0) - bodyTop;
    const bottom = Math.min(view.bottom, window.innerHeight) - bodyTop;
    if (bottom > top) {
      const start = Math.max(0, Math.floor(top / this.rowHeight) - OVERSCAN);
      const end = Math.ceil(bottom / this.rowHeight) + OVERSCAN;
      // A window that already covers the visible rows and is not much larger stays: re-rendering to drop a few
      // spare rows would cost a layout for nothing (and does, right after the first paint).
      const covered = start >= this.#start && end <= this.#end && this.#end - this.#start <= end - start + 2 * OVERSCAN;
      if (!covered) {
        this.#start = start;
        this.#end = Math.max(end, start + 1);
        changed = true;
      }
    }
    if (changed) this.#host.requestUpdate();
  }
}
