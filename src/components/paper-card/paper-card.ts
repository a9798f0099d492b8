// <paper-card>: one paper from a feed, as a lab would show it on its own site: title, authors, date and venue, task
// chips, Paper / PDF / Code links, the abstract, its results with their ranks, and a Cite button.
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Paper, PaperResultRow } from '../../feed/types.js';
import { mergeFeeds } from '../../feed/merge-feeds.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { fire } from '../../events/events.js';
import { SotaElement } from '../../internal/sota-element.js';
import { hostStyles } from '../../styles/tokens.js';
import { paperCardStyles } from './paper-card.styles.js';
import { renderAuthorList } from './author-list.js';
import { dedupeTasks } from './task-chips.js';
import { formatPaperDate, venueLabel } from './paper-meta.js';
import { paperUrl, renderLinks } from './paper-links.js';
import { renderResultsTable, renderTopResults, topResults } from './results-table.js';
import { selectPaper, type PaperSelection } from './select-paper.js';
import { selectModel, soleModel } from './select-model.js';
import { safeUrl } from '../../internal/safe-url.js';
import { buildBibtex } from './bibtex.js';
import { copyText } from '../../internal/clipboard.js';
import { defineElement } from '../../internal/define-element.js';

/**
 * A paper card: the paper's facts and its leaderboard results, from one feed or from a papers feed plus a results feed.
 * With `model` instead of `paper`, the same card for a model: its name (linked to its page when the source names
 * one), its tasks and its results on every board of the feed, e.g. a model's Hugging Face eval results.
 *
 * @customElement paper-card
 * @summary One paper: title, authors, links, abstract and its rank on each leaderboard.
 *
 * @fires {CustomEvent<SotaLoadDetail>} sota-load - A feed (papers or results) loaded.
 * @fires {CustomEvent<SotaErrorDetail>} sota-error - A feed failed to load.
 * @fires {CustomEvent<SotaSelectDetail>} sota-select - A result's leaderboard was chosen; cancelable (cancelling also stops a templated link).
 * @csspart card - The card.
 * @csspart compact - The card in the `compact` variant (with `card`).
 * @csspart title - The title heading.
 * @csspart authors - The author line.
 * @csspart author - Each author name.
 * @csspart authors-toggle - The "+ n more" button of a long author list.
 * @csspart meta - Date and venue.
 * @csspart date - The publication date.
 * @csspart venue - The venue.
 * @csspart tasks - The task chips list.
 * @csspart task - Each task chip.
 * @csspart links - Paper, PDF, Code links and the Cite button.
 * @csspart link - Each link (also `paper-link`, `pdf-link`, `code-link`).
 * @csspart paper-link - The paper's page link (with `link`).
 * @csspart pdf-link - The PDF link (with `link`).
 * @csspart code-link - A code repository link (with `link`).
 * @csspart badge - The "official" badge of a code link.
 * @csspart cite-button - The Cite button.
 * @csspart bibtex - The BibTeX text shown when copying is not possible.
 * @csspart abstract - The abstract section.
 * @csspart abstract-toggle - The abstract's "Show more" button.
 * @csspart results - The results section.
 * @csspart table-scroll - The scrolling box around the results table.
 * @csspart table - The results table.
 * @csspart header-row - The results table's heading row.
 * @csspart header - Each column heading.
 * @csspart row - Each result row.
 * @csspart cell - Each result cell.
 * @csspart rank - The rank cell (with `cell`).
 * @csspart leaderboard-link - The link or button to a result's leaderboard.
 * @csspart no-results - The note shown when the paper has no results in the feed.
 * @csspart top-results - The compact card's result list.
 * @csspart top-result - Each item of that list.
 * @csspart suggestion - A "did you mean" button when the paper or model is not found.
 * @cssproperty --paper-card-background - Card background (default --sota-color-surface).
 * @cssproperty --paper-card-border-color - Card and table borders (default --sota-color-border).
 * @cssproperty --paper-card-radius - Corner radius (default --sota-radius).
 * @cssproperty --paper-card-padding - Inner padding.
 * @cssproperty --paper-card-gap - Space between the card's sections.
 * @cssproperty --paper-card-title-size - Title font size.
 * @cssproperty --paper-card-accent - Link colour (default --sota-color-accent).
 * @cssproperty --paper-card-muted - Secondary text colour (default --sota-color-muted).
 * @cssproperty --paper-card-chip-background - Task chip and button background (default --sota-color-subtle).
 * @cssproperty --paper-card-chip-color - Task chip text colour (default --sota-color-text).
 * @cssproperty --paper-card-abstract-lines - Lines of abstract shown before "Show more".
 */
export class PaperCard extends SotaElement {
  static override styles = [hostStyles, paperCardStyles];

  // Reactive properties (declared as in SotaElement); each field below is documented where it is declared.
  static override properties = {
    resultsSrc: { attribute: 'results-src', reflect: true },
    resultsFeed: { attribute: false },
    paper: { reflect: true },
    model: { reflect: true },
    variant: { reflect: true, useDefault: true },
    leaderboardHref: { attribute: 'leaderboard-href' },
    authorsExpanded: { state: true },
    abstractExpanded: { state: true },
    citeState: { state: true },
  };

  static define(tag = 'paper-card', registry: CustomElementRegistry = customElements): void {
    defineElement(this, tag, registry);
  }

  /** URL of a second feed holding results (e.g. PWC evaluation tables beside a PWC papers file). */
  resultsSrc: string | null = null;

  /** Results feed given directly (raw JSON or a parsed Feed). Wins over `results-src`. */
  resultsFeed: unknown = undefined;

  /** Which paper: id or slug, arXiv id (with or without version), PWC or arXiv URL, or title. */
  paper: string | null = null;

  /**
   * Which model, instead of a paper: its name as the feed writes it (case and punctuation aside) or a Hub id, with
   * or without its owner. The card shows the model's results on every board of the feed. Wins over `paper`. A feed
   * of one model's results and no papers (a model's Hub eval results) shows that model without it.
   */
  model: string | null = null;

  /** `full` (default) or `compact`: title, authors, venue and the top results, for a sidebar. */
  variant: 'full' | 'compact' = 'full';

  /** Link template for a result's leaderboard, e.g. "/boards/{task}/{dataset}" ({task}, {dataset}, {id}, {metric}; URL-encoded). */
  leaderboardHref: string | null = null;

  private authorsExpanded = false;
  private abstractExpanded = false;
  private citeState: 'idle' | 'copied' | 'manual' = 'idle';

  protected readonly resultsData = new FeedController(this, {
    url: () => this.resultsSrc,
    data: () => this.resultsFeed,
    refresh: () => this.refresh,
    parseOptions: () => this.parseOptions(),
    ...this.feedEvents,
  });

  #merged: { parts: Feed[]; feed: Feed } | undefined;
  #copiedTimer: ReturnType<typeof setTimeout> | undefined;
  #abstractObserver: ResizeObserver | undefined;
  #observedAbstract: HTMLElement | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copiedTimer);
    this.#abstractObserver?.disconnect();
    this.#abstractObserver = undefined;
    this.#observedAbstract = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) this.resultsData.hostUpdate();
    if (changed.has('paper') || changed.has('model')) {
      this.authorsExpanded = false;
      this.abstractExpanded = false;
      this.citeState = 'idle';
    }
  }

  /** The papers feed and the results feed as one (merged only when either changes). */
  get combinedFeed(): Feed | undefined {
    const parts = [this.data.feed, this.resultsData.feed].filter((feed): feed is Feed => feed !== undefined);
    if (parts.length <= 1) return parts[0];
    // Both feeds are here, and a cached merge is only ever of both.
    const cached = this.#merged;
    if (cached?.parts.every((part, i) => part === parts[i])) return cached.feed;
    const feed = mergeFeeds(...parts);
    this.#merged = { parts, feed };
    return feed;
  }

  protected override isLoading(): boolean {
    return this.data.status === 'loading' || this.resultsData.status === 'loading';
  }

  protected override renderContent(): unknown {
    const controllers = [this.data, this.resultsData];
    const feed = this.combinedFeed;
    const errors = controllers.map((c) => c.error).filter((e) => e !== undefined);
    if (!feed) {
      if (controllers.some((c) => c.status === 'loading')) return this.renderLoading();
      if (errors.length) return this.renderError(errors[0]);
      return this.renderNoData();
    }
    const stillLoading = controllers.some((c) => c.status === 'loading' && !c.feed);
    // A controller that still has a feed failed a refresh: its data stays on screen, so the note says "refresh".
    return html`${this.renderFeed(feed)}${controllers.map((c) => c.error && html`<p class="stale" part="stale" role="status">Could not
      ${c.feed ? 'refresh' : 'load'} ${c.error.url ?? 'a feed'}: ${c.error.message}</p>`)}${stillLoading ? html`<p class="stale" role="status">Loading more results…</p>` : nothing}`;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div part="status loading" role="status"><slot name="loading">Loading paper…</slot></div>`;
  }

  protected renderFeed(feed: Feed): TemplateResult {
    if (this.model?.trim()) return this.renderModel(feed, this.model.trim());
    const selection = selectPaper(feed, this.paper);
    // A feed of one model's results and no papers (a model's Hub eval results) is that model's card.
    const sole = selection.kind === 'none' ? soleModel(feed) : null;
    if (sole) return this.renderModel(feed, sole);
    if (selection.kind !== 'found') return this.renderMessage(selection);
    const { paper, rows, code } = selection;
    return this.variant === 'compact' ? this.renderCompact(paper, rows) : this.renderFull(paper, rows, code);
  }

  private renderTitle(paper: Paper): TemplateResult {
    return renderHeading(paper.title.trim() || 'Untitled paper', paperUrl(paper));
  }

  private renderMeta(paper: Paper): TemplateResult | typeof nothing {
    const date = formatPaperDate(paper.date, paper.datePrecision);
    const venue = venueLabel(paper.venue);
    if (!date && !venue) return nothing;
    return html`<p part="meta" class="meta">
      ${date ? html`<time part="date" datetime=${paper.date ?? ''}>${date}</time>` : nothing}
      ${venue ? html`<span part="venue">${venue}</span>` : nothing}
    </p>`;
  }

  private renderAuthors(paper: Paper, limit: number): TemplateResult | typeof nothing {
    return renderAuthorList(paper.authors, {
      expanded: this.authorsExpanded,
      limit,
      onToggle: () => (this.authorsExpanded = !this.authorsExpanded),
    });
  }

  private renderFull(paper: Paper, rows: PaperResultRow[], code: Paper['code']): TemplateResult {
    const tasks = dedupeTasks(paper.tasks.length ? paper.tasks : rows.map((row) => row.leaderboard.task));
    const cite = html`<li><button type="button" part="cite-button" class="button" @click=${() => this.cite(paper)}>Cite</button>${this.citeState === 'copied'
      ? html` <span class="copied" role="status">Copied BibTeX</span>`
      : nothing}</li>`;
    // Ids are scoped to the shadow root, so fixed ones cannot clash with another card's or the page's.
    return html`<article part="card" aria-labelledby="title">
      ${this.renderTitle(paper)} ${this.renderAuthors(paper, 5)} ${this.renderMeta(paper)}
      ${renderTasks(tasks)}
      ${renderLinks(paper, code, cite)}
      ${this.citeState === 'manual' ? this.renderManualBibtex(paper) : nothing}
      ${paper.abstract?.trim()
        ? html`<section part="abstract" class="abstract" aria-labelledby="abstract-heading">
            <h3 id="abstract-heading">Abstract</h3>
            <p id="abstract" class=${this.abstractExpanded ? '' : 'clamped'}>${paper.abstract.trim()}</p>
            <button type="button" part="abstract-toggle" class="link-button" aria-expanded=${this.abstractExpanded ? 'true' : 'false'}
              aria-controls="abstract" @click=${() => (this.abstractExpanded = !this.abstractExpanded)}>
              ${this.abstractExpanded ? 'Show less' : 'Show more'}</button>
          </section>`
        : nothing}
      ${rows.length
        ? html`<section part="results" aria-labelledby="results-heading">
            <h3 id="results-heading">Results</h3>
            ${renderResultsTable(rows, this.resultsOptions())}
          </section>`
        : html`<p part="no-results" class="muted">No leaderboard results for this paper in the feed.</p>`}
    </article>`;
  }

  /** A model's card: its name, tasks and results (no authors, abstract or Cite: a model is not a paper). */
  private renderModel(feed: Feed, query: string): TemplateResult {
    const selection = selectModel(feed, query);
    if (selection.kind === 'not-found') {
      const choose = (name: string) => html`<li><button type="button" part="suggestion" class="link-button"
        @click=${() => (this.model = name)}>${name}</button></li>`;
      return html`<div part="status empty" role="status">
        No model matching “${query}” in this feed.${selection.suggestions.length
          ? html` Did you mean:<ul>${selection.suggestions.map(choose)}</ul>`
          : nothing}
      </div>`;
    }
    const { name, url, rows } = selection;
    const title = renderHeading(name, safeUrl(url));
    if (this.variant === 'compact') {
      return html`<article part="card compact" aria-labelledby="title">${title}${renderTopResults(topResults(rows, 3), this.resultsOptions())}</article>`;
    }
    return html`<article part="card" aria-labelledby="title">
      ${title} ${renderTasks(dedupeTasks(rows.map((row) => row.leaderboard.task)))}
      <section part="results" aria-labelledby="results-heading">
        <h3 id="results-heading">Results</h3>
        ${renderResultsTable(rows, this.resultsOptions())}
      </section>
    </article>`;
  }

  private renderCompact(paper: Paper, rows: PaperResultRow[]): TemplateResult {
    const top = topResults(rows, 3);
    return html`<article part="card compact" aria-labelledby="title">
      ${this.renderTitle(paper)} ${this.renderAuthors(paper, 2)} ${this.renderMeta(paper)}
      ${top.length ? renderTopResults(top, this.resultsOptions()) : nothing}
    </article>`;
  }

  private renderManualBibtex(paper: Paper): TemplateResult {
    return html`<div part="bibtex" class="bibtex">
      <label for="bibtex">The clipboard is not available here: select and copy this BibTeX entry.</label>
      <textarea id="bibtex" readonly spellcheck="false" .value=${this.bibtexFor(paper)}></textarea>
    </div>`;
  }

  private renderMessage(selection: Exclude<PaperSelection, { kind: 'found' }>): TemplateResult {
    const choose = (paper: Paper) => html`<li><button type="button" part="suggestion" class="link-button"
      @click=${() => (this.paper = paper.id)}>${paper.title}</button></li>`;
    if (selection.kind === 'not-found') {
      return html`<div part="status empty" role="status">
        No paper matching “${selection.query}” in this feed.${selection.suggestions.length
          ? html` Did you mean:<ul>${selection.suggestions.map(choose)}</ul>`
          : nothing}
      </div>`;
    }
    if (selection.kind === 'choose') {
      return html`<div part="status empty" role="status">
        This feed has ${selection.papers.length} papers: set <code>paper</code> to choose one, for example:
        <ul>${selection.papers.slice(0, 5).map(choose)}</ul>
      </div>`;
    }
    return html`<div part="status empty" role="status">Set <code>paper</code> to the id, arXiv id, URL or title of a paper in this feed,
      or <code>model</code> to a model's name.</div>`;
  }

  private resultsOptions() {
    return {
      hrefTemplate: this.leaderboardHref,
      onSelect: (row: PaperResultRow, event: Event) => {
        const allowed = fire(this, 'sota-select', { result: row.result, leaderboardId: row.leaderboard.id }, { cancelable: true });
        if (!allowed) event.preventDefault();
      },
    };
  }

  /** The feed's own BibTeX when it has one, else one built from the paper's facts. */
  bibtexFor(paper: Paper): string {
    return paper.bibtex?.trim() || buildBibtex(paper);
  }

  private async cite(paper: Paper): Promise<void> {
    if (this.citeState === 'manual') {
      this.citeState = 'idle';
      return;
    }
    const copied = await copyText(this.bibtexFor(paper));
    clearTimeout(this.#copiedTimer);
    this.citeState = copied ? 'copied' : 'manual';
    if (copied) this.#copiedTimer = setTimeout(() => (this.citeState = 'idle'), 2500);
    else {
      await this.updateComplete;
      const area = this.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#watchAbstract();
    this.#syncAbstractToggle();
  }

  /** Width, font and zoom decide whether the clamped abstract hides text, so a resize measures it again. */
  #watchAbstract(): void {
    const abstract = this.renderRoot.querySelector<HTMLElement>('.abstract p') ?? undefined;
    if (abstract === this.#observedAbstract) return;
    this.#abstractObserver ??= new ResizeObserver(() => this.#syncAbstractToggle());
    this.#abstractObserver.disconnect();
    this.#observedAbstract = abstract;
    if (abstract) this.#abstractObserver.observe(abstract);
  }

  /**
   * "Show more" only when the clamped abstract really hides text. The button is always rendered and shown or
   * hidden here, straight on the DOM: a reactive property set after measuring would cost every update a second one.
   */
  #syncAbstractToggle(): void {
    const abstract = this.#observedAbstract;
    const toggle = this.renderRoot.querySelector<HTMLElement>('[part~="abstract-toggle"]');
    if (!abstract?.isConnected || !toggle) return;
    toggle.hidden = !this.abstractExpanded && abstract.scrollHeight <= abstract.clientHeight + 1;
  }
}

/** The card's title, linked when there is a safe address. */
function renderHeading(title: string, href: string | null): TemplateResult {
  return html`<h2 part="title" class="title" id="title">
    ${href ? html`<a href=${href} rel="noopener">${title}</a>` : title}
  </h2>`;
}

function renderTasks(tasks: readonly string[]): TemplateResult | typeof nothing {
  return tasks.length ? html`<ul part="tasks" class="chips" aria-label="Tasks">${tasks.map((task) => html`<li part="task">${task}</li>`)}</ul>` : nothing;
}
