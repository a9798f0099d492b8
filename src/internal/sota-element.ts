// What the three elements share: where the data comes from (src, .feed, inline JSON), the theme,
// the loading / error / empty states, and the sota-load / sota-error events. Subclasses render the data.
import { LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, ParseOptions } from '../feed/types.js';
import { FeedController, type FeedParser, type FeedSourceOptions } from '../controllers/feed-controller.js';
import { parseFeed } from '../feed/parse-feed.js';
import type { FeedLoadError } from '../controllers/feed-cache.js';
import { fire } from '../events/events.js';
import { hostStyles } from '../styles/tokens.js';
import { warmFormatsWhileLoading } from './warm-formats.js';

export type Theme = 'auto' | 'light' | 'dark';

/** @internal The selector of an inline feed: a `<script type="application/json">` child of the element. */
export const INLINE_JSON = ':scope > script[type="application/json"]';

const nativeDataset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')?.get as (this: HTMLElement) => DOMStringMap;

/**
 * @fires {CustomEvent<SotaLoadDetail>} sota-load - A feed was loaded and shown (detail: feed, url).
 * @fires {CustomEvent<SotaErrorDetail>} sota-error - A feed could not be loaded, read, or refreshed (detail: message, kind, url, stale, error).
 * @slot loading - Replaces the default loading skeleton.
 * @csspart status - The loading, error and empty messages.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart empty - The message shown when there is no data.
 * @csspart retry - The "Try again" button of an error.
 * @csspart stale - The note shown when a refresh failed and earlier data stays on screen.
 */
export abstract class SotaElement extends LitElement {
  // Typed as a group so subclasses can write `static override styles = [hostStyles, ownStyles]`.
  static override styles: CSSResultGroup = hostStyles;

  // Lit's reactive properties, declared statically rather than with decorators (no decorator helpers in the
  // script-tag file); each field below is documented where it is declared. A property with a default value has
  // `useDefault`, as Lit advises: the default is not written out as an attribute on every element's first render
  // (four setAttribute calls a chart, each handled again by attributeChangedCallback), and removing the attribute
  // brings the default back rather than null.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    refresh: { type: Number, reflect: true, useDefault: true },
    theme: { reflect: true, useDefault: true },
  };

  /** URL of a result feed in any supported format (our JSON, the PWC archive, the Hub, LMArena, a table of records, CSV/TSV). Relative URLs resolve against the page. */
  src: string | null = null;

  /** Feed data given directly: raw JSON (a value or JSON text), CSV/TSV text, or a Feed from `parseFeed`. Wins over `src`. */
  feed: unknown = undefined;

  /** Reload the feed every this many seconds (0: never, at least 1). A failed refresh keeps the data on screen. */
  refresh = 0;

  /** `auto` follows the page's colour scheme (its `color-scheme`); `light` or `dark` force one. */
  theme: Theme = 'auto';

  /**
   * React 19 sets a prop as a property whenever the element has one, and `dataset` is HTMLElement's data-* map:
   * `<sota-table dataset="SQuAD1.1">` in JSX would throw inside the host's app. A string assigned here becomes the
   * `dataset` attribute (the elements' `datasetName`); reading still gives the data-* map.
   * @internal A compatibility shim, not API: left out of the manifest and README (the API is `datasetName`).
   */
  override get dataset(): DOMStringMap {
    return nativeDataset.call(this);
  }

  /** @internal See the getter. */
  override set dataset(value: DOMStringMap | string | null | undefined) {
    if (typeof value === 'string') this.setAttribute('dataset', value);
    else if (value === null || value === undefined) this.removeAttribute('dataset');
  }

  /** Text of a `<script type="application/json">` child, watched so late or changed children are read too. */
  #inlineText: string | undefined = undefined;
  #inlineObserver: MutationObserver | undefined;

  /** The sota-load and sota-error events, for every feed an element loads (paper-card loads two). */
  protected readonly feedEvents: Pick<FeedSourceOptions, 'onLoad' | 'onError'> = {
    onLoad: (feed, url) => fire(this, 'sota-load', { feed, url }),
    onError: (error, stale) =>
      fire(this, 'sota-error', { message: error.message, kind: error.kind, url: error.url, stale, error }),
  };

  protected readonly data = new FeedController(this, {
    url: () => this.src,
    data: () => this.feed,
    inline: () => this.#inlineText,
    refresh: () => this.refresh,
    parseOptions: () => this.parseOptions(),
    parser: () => this.feedParser(),
    ...this.feedEvents,
  });

  override connectedCallback(): void {
    this.#readInlineJson();
    this.#inlineObserver ??= new MutationObserver(() => this.#readInlineJson());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
  }

  /** Fetches the feed from `src` again now, past the cache. */
  reload(): void {
    this.data.reload();
  }

  #readInlineJson(): void {
    const text = this.querySelector(INLINE_JSON)?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.requestUpdate();
  }

  /** Options for parseFeed (e.g. per-element metric directions). Called on every update; a change re-parses. */
  protected parseOptions(): ParseOptions | undefined {
    return undefined;
  }


  /** How the element reads feed JSON: parseFeed (<sota-index> also reads board index files). */
  protected feedParser(): FeedParser {
    return parseFeed;
  }

  /** Renders the loaded feed. */
  protected abstract renderFeed(feed: Feed): TemplateResult | typeof nothing;

  /** What shows while the first load is under way: a skeleton, replaceable through the `loading` slot. */
  protected renderLoading(): TemplateResult {
    return html`<div part="status loading" role="status">
      <slot name="loading">
        <span class="skeleton" aria-hidden="true"><span></span><span></span><span></span></span>
        Loading results…
      </slot>
    </div>`;
  }

  /** What shows when there is no data to render. */
  protected renderError(error: FeedLoadError): TemplateResult {
    return html`<div part="status error" role="alert">
      <strong>Could not show results.</strong> ${error.message}
      ${error.url
        ? html`<button part="retry" type="button" @click=${() => this.reload()}>Try again</button>`
        : nothing}
    </div>`;
  }

  /** The discreet note under data that a refresh failed to update; the reason opens on demand. */
  protected renderStaleNote(error: FeedLoadError): TemplateResult {
    const time = this.data.loadedAt?.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    return html`<div part="stale" class="stale" role="status">
      <details>
        <summary>Could not refresh; showing the data loaded${time ? ` at ${time}` : ''}.</summary>
        ${error.message}
      </details>
    </div>`;
  }

  /**
   * Shadow content the page came with (Declarative Shadow DOM from `sota-widgets render`). It stays on screen
   * while the data loads; Lit renders in front of it, and it goes in the update that renders the data (or an
   * error), before anything is painted: the shadow root is kept, nothing blanks and nothing moves.
   */
  #prerendered: ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    return super.createRenderRoot();
  }

  /** Whether a feed is still on its way (a paper card waits for both of its feeds). */
  protected isLoading(): boolean {
    return this.data.status === 'loading';
  }

  protected override render(): unknown {
    return this.#prerendered.length && this.isLoading() ? nothing : this.renderContent();
  }

  /** What the element shows for its data's state; render() keeps pre-rendered content up instead while loading. */
  protected renderContent(): unknown {
    const { feed, error, status } = this.data;
    if (feed) return html`${this.renderFeed(feed)}${error ? this.renderStaleNote(error) : nothing}`;
    if (status === 'loading') return this.renderLoading();
    if (error) return this.renderError(error);
    return this.renderNoData();
  }

  /** What shows before any source is set. */
  protected renderNoData(): TemplateResult {
    return html`<div part="status empty">No data: set <code>src</code> or <code>.feed</code>.</div>`;
  }

  // Pre-rendered in Node (`sota-widgets render`, @lit-labs/ssr), Lit calls willUpdate but no controller's
  // hostUpdate: the data given there is read here, so the one render the server makes has it.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) this.data.hostUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#prerendered.length && !this.isLoading()) {
      this.#prerendered.forEach((node) => node.remove());
      this.#prerendered = [];
    }
    const loading = this.data.status === 'loading';
    this.toggleAttribute('aria-busy', loading);
    if (loading) warmFormatsWhileLoading();
  }
}
