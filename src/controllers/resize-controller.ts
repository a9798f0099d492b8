// Follows the host's content width with a ResizeObserver, so a chart redraws when its container changes,
// not only when the window does. Height is not observed: the chart sets its own height, and observing it
// would loop.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  #width: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's content width in px. Before the first observation it is read from layout once. */
  get width(): number {
    if (this.#width === undefined) this.#width = this.#host.clientWidth;
    return this.#width;
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // contentBoxSize is in every browser that runs this ES2022 build (Safari 15.4+), so no contentRect fallback.
      const width = Math.round(entry.contentBoxSize[0].inlineSize);
      if (width === this.#width) return;
      this.#width = width;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#width = undefined;
  }
}
