// What the three elements share: where the data comes from (src, .feed, inline JSON), the theme,
// the loading / error / empty states, and the sota-load / sota-error events. Subclasses render the data.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, ParseOptions } from '../feed/types.js';
import { FeedController } from '../controllers/feed-controller.js';
import { fire } from '../events/events.js';
import { hostStyles } from '../styles/tokens.js';

export type Theme = 'auto' | 'light' | 'dark';

export abstract class SotaElement extends LitElement {
  static override styles = hostStyles;

  /** URL of a JSON result feed (any supported format). Relative URLs resolve against the page. */
  @property({ reflect: true }) src: string | null = null;

  /** Feed data given directly: raw JSON in any supported format, or a Feed from `parseFeed`. Wins over `src`. */
  @property({ attribute: false }) feed: unknown = undefined;

  /** Reload the feed every this many seconds (0: never). A failed refresh keeps the data on screen. */
  @property({ type: Number, reflect: true }) refresh = 0;

  /** `auto` follows the page's colour scheme; `light` or `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Inline JSON from a `<script type="application/json">` child, read once when connected. */
  #inline: unknown = undefined;

  protected readonly data = new FeedController(this, {
    url: () => this.src,
    data: () => (this.feed !== undefined ? this.feed : this.#inline),
    refresh: () => this.refresh,
    parseOptions: () => this.parseOptions(),
    onLoad: (feed, url) => fire(this, 'sota-load', { feed, url }),
    onError: (error, stale) =>
      fire(this, 'sota-error', { message: error.message, kind: error.kind, url: error.url, stale, error }),
  });

  override connectedCallback(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script?.textContent) {
      try {
        this.#inline = JSON.parse(script.textContent);
      } catch (error) {
        this.#inline = { __inlineJsonError: String((error as Error).message) };
      }
    }
    super.connectedCallback();
  }

  /** Options for parseFeed (e.g. per-element metric directions). */
  protected parseOptions(): ParseOptions | undefined {
    return undefined;
  }

  /** Renders the loaded feed. */
  protected abstract renderFeed(feed: Feed): TemplateResult | typeof nothing;

  /** What shows while the first load is under way. */
  protected renderLoading(): TemplateResult {
    return html`<div part="status loading" role="status">Loading results…</div>`;
  }

  protected override render(): unknown {
    const { feed, error, status } = this.data;
    if (feed) {
      return html`${this.renderFeed(feed)}${error
        ? html`<p class="stale" part="stale" role="status">Could not refresh: ${error.message} Showing the last data loaded.</p>`
        : nothing}`;
    }
    if (status === 'loading') return this.renderLoading();
    if (error) {
      return html`<div part="status error" role="alert"><strong>Could not show results.</strong> ${error.message}</div>`;
    }
    return html`<div part="status empty">No data: set <code>src</code> or <code>.feed</code>.</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.toggleAttribute('aria-busy', this.data.status === 'loading');
  }
}
