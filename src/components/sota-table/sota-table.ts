import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/types.js';
import { fire } from '../../events/events.js';
import { LeaderboardElement } from '../../internal/leaderboard-element.js';
import { INLINE_JSON } from '../../internal/sota-element.js';
import { boardName, type ChosenBoard, type MissingBoard } from '../../internal/board-selection.js';
import { hostStyles } from '../../styles/tokens.js';
import { styles } from './sota-table.styles.js';
import { scrollTableRules } from '../../styles/scroll-table.js';
import { sortHeaderRules } from '../../styles/sort-headers.js';
import { parseSortSpec, type SortOrder } from './table-sort.js';
import {
  defaultOrder, limitRows, resolveSort, searchRows, sortRows, tableModel, type TableModel, type TableRow,
} from './table-model.js';
import { renderRow } from './table-cells.js';
import { renderSourceNote } from './source-note.js';
import { parseNameList } from '../../internal/attribute-text.js';
import { tableColumns } from './table-columns.js';
import { renderHeaderRow } from './table-header.js';
import { RowWindow } from './table-window.js';
import { ExportToolbar, type ExportFormat } from './export-toolbar.js';
import { defineElement } from '../../internal/define-element.js';
import { slugify } from '../../feed/internal/paper-ids.js';

type SearchMode = 'auto' | 'always' | 'never';

interface TableView {
  kind: 'view';
  chosen: ChosenBoard;
  model: TableModel;
  /** What the table shows: filtered, sorted, limited. */
  rows: TableRow[];
  /** How many rows match the search, before the limit. */
  all: number;
  sort: { column: string; order: SortOrder };
}
const SEARCH_AUTO_ROWS = 10;
const count = (n: number) => n.toLocaleString();

/**
 * A ranked, sortable leaderboard from a results feed: `<sota-table src="results.json" task="…" dataset="…">`.
 * A plain `<table>` written inside the element shows without JavaScript and is upgraded into the ranked table.
 * Boards of any size stay fast: beyond 150 rows only the visible rows are rendered.
 *
 * @customElement sota-table
 * @summary A ranked, sortable leaderboard for one task and dataset.
 *
 * @fires {CustomEvent<SotaLoadDetail>} sota-load - A feed loaded (detail: feed, url).
 * @fires {CustomEvent<SotaErrorDetail>} sota-error - Loading failed (detail: message, kind, url, stale).
 * @fires {CustomEvent<SotaSortDetail>} sota-sort - The user sorted a column (detail: column, order).
 * @slot - An optional light-DOM `<table>` (read when there is no `src` or `.feed`; it stays on screen until its
 *   reader, loaded on demand, has read it), or an inline `<script type="application/json">` feed. Neither is
 *   displayed once read.
 * @csspart toolbar - The bar above the table (search, extra-data toggle, export buttons).
 * @csspart search - The search input.
 * @csspart export - Each export button.
 * @csspart caption - The line naming the board and its ranking metric, above the table.
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The `<table>`.
 * @csspart header - The `<thead>`.
 * @csspart header-cell - Each column heading.
 * @csspart sort-button - The sort button in a column heading.
 * @csspart row - Each body row.
 * @csspart highlighted - A row named by `highlight` (with `row`).
 * @csspart cell - Each body cell.
 * @csspart rank - The rank cell (with `cell`).
 * @csspart model - The model cell (with `cell`).
 * @csspart value - A metric value cell (with `cell`).
 * @csspart best - The best value of its column (with `value`).
 * @csspart missing - A value cell with no value (with `value`).
 * @csspart unparsed - A value shown as written because it could not be read (with `value`).
 * @csspart text - A value of a descriptor column of words (an organization, a licence), shown as written (with `value`).
 * @csspart extra-data - The extra-training-data cell (with `cell`).
 * @csspart paper - The paper cell (with `cell`).
 * @csspart date - The date cell (with `cell`).
 * @csspart code - The code-link cell (with `cell`).
 * @csspart summary - The line under the table (counts, "Show all").
 * @csspart source - The line under the table saying where its data comes from (and its licence), and when the source holds more rows than were read.
 * @csspart marks - The source's marks under a model's name: verified, community, and its notes.
 * @cssproperty --sota-table-max-height - Height at which the table scrolls inside itself (default 36rem; `none` lets the page scroll).
 * @cssproperty --sota-table-background - Body background, also behind the sticky columns (default --sota-color-surface, else Canvas).
 * @cssproperty --sota-table-header-background - Header background (default --sota-color-subtle).
 * @cssproperty --sota-table-border-color - Lines between rows (default --sota-color-border).
 * @cssproperty --sota-table-highlight-background - Highlighted rows (default --sota-color-highlight).
 * @cssproperty --sota-table-accent - Sort arrows, best values and focus (default --sota-color-accent).
 * @cssproperty --sota-table-cell-padding - Padding of every cell (default 0.45em 0.75em).
 * @cssproperty --sota-table-font-size - Font size of the table (default 0.9375em).
 * @cssproperty --sota-table-rank-width - Width of the sticky rank column (default 3.25em).
 * @cssproperty --sota-table-model-max-width - Widest the sticky model column grows before names are cut (default 16em).
 * @cssproperty --sota-table-paper-max-width - Widest a paper title grows before it is cut (default min(20em, 28vw)).
 */
export class SotaTable extends LeaderboardElement {
  static override styles = [hostStyles, scrollTableRules, sortHeaderRules, styles];

  // Reactive properties (declared as in SotaElement; Lit adds the base classes' own); each field below is documented where it is declared.
  static override properties = {
    sort: {},
    limit: { type: Number, reflect: true, useDefault: true },
    search: { reflect: true, useDefault: true },
    query: { state: true },
    expanded: { state: true },
    announcement: { state: true },
  };

  /** Registers the element under `tag`; does nothing when the tag is already taken. */
  static define(tag = 'sota-table', registry: CustomElementRegistry = customElements): void {
    defineElement(this, tag, registry);
  }

  /** The sort: `rank`, `model`, `paper`, `date`, `extra` or a metric name, optionally `:ascending`/`:descending`. Updated when the user sorts. */
  sort: string | null = null;

  /** Show only the first this many rows (plus highlighted ones) with a "Show all" button; 0 shows all. */
  limit = 0;

  /** The search box: `auto` (when the board has more than 10 rows), `always` or `never`. */
  search: SearchMode = 'auto';

  private query = '';
  private expanded = false;
  private announcement = '';

  readonly #window = new RowWindow(this, {
    body: () => this.renderRoot.querySelector('tbody'),
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
  });
  readonly #export = new ExportToolbar(this, (message) => (this.announcement = message));
  #model: { chosen: ChosenBoard; columns: string | null; value: TableModel } | undefined;
  #sorted: { rows: TableRow[]; key: string; value: TableRow[] } | undefined;

  /** The author's <table> is being read: it stays on screen (through a slot) meanwhile, and if its reader cannot load. */
  #readingTable = false;

  override connectedCallback(): void {
    const authorTable = !!this.querySelector(':scope > table') && !this.querySelector(INLINE_JSON);
    if (authorTable && this.feed === undefined && !this.src) this.#readTable();
    super.connectedCallback();
  }

  #readTable(): void {
    this.#readingTable = true;
    import('./light-dom-table.js').then(({ readLightDomTable }) => {
      this.#readingTable = false;
      // A source set meanwhile wins, as it would have before the upgrade.
      if (this.feed === undefined && !this.src) this.feed = readLightDomTable(this, { task: this.task, dataset: this.datasetName }) ?? undefined;
      this.requestUpdate();
    }, () => {}); // the author's table stays up, as it was before the upgrade
  }

  protected override renderNoData(): TemplateResult {
    return this.#readingTable ? html`<slot></slot>` : super.renderNoData();
  }

  /** The current view (filtered, sorted, limited) as CSV, Markdown or LaTeX text; empty before data loads. */
  exportAs(format: ExportFormat): string {
    const view = this.data.feed ? this.#view(this.data.feed) : undefined;
    return view?.kind === 'view' ? this.#export.text(format, view.model, view.rows) : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('task') || changed.has('datasetName') || changed.has('hideExtraData') || changed.has('sort')) this.#window.reset();
    if (changed.has('task') || changed.has('datasetName')) this.expanded = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#window.measureSoon(); // measure after layout, in the next frame: never a synchronous layout in the update
  }

  #view(feed: Feed): TableView | MissingBoard {
    const chosen = this.selectBoard(feed);
    if (chosen.kind === 'missing') return chosen;
    if (this.#model?.chosen !== chosen || this.#model.columns !== this.columns) {
      const shown = this.columns && !this.columns.includes(':') ? parseNameList(this.columns) : null;
      this.#model = { chosen, columns: this.columns, value: tableModel(chosen, shown) };
    }
    const model = this.#model.value;
    const sort = this.#currentSort(model);
    const sortKey = `${sort.column}\u0000${sort.order}`;
    if (this.#sorted?.rows !== model.rows || this.#sorted.key !== sortKey) {
      this.#sorted = { rows: model.rows, key: sortKey, value: sortRows(model.rows, sort, model.textMetrics) };
    }
    const searched = searchRows(this.#sorted.value, this.query);
    const rows = this.expanded ? searched : limitRows(searched, this.limit);
    return { kind: 'view', chosen, model, rows, all: searched.length, sort };
  }

  /** The sort the `sort` property names, or rank order when it names nothing this board has. */
  #currentSort(model: TableModel): { column: string; order: SortOrder } {
    return resolveSort(model, parseSortSpec(this.sort)) ?? { column: 'rank', order: 'ascending' };
  }

  protected renderFeed(feed: Feed): TemplateResult {
    const view = this.#view(feed);
    if (view.kind === 'missing') return this.renderMissing(view.nearest);
    const { model, rows, sort } = view;
    const caption = this.#caption(view);
    if (!model.leaderboard.results.length) {
      return html`<div part="status empty" role="status">The leaderboard ${boardName(model.leaderboard)} has no results yet.</div>`;
    }
    const { start, end } = this.#window.range(rows.length);
    const lang = this.#lang();
    const columnCount = tableColumns(model).length;
    // .style writes the height through the CSSOM, which a strict style-src allows; it refuses a style attribute.
    const spacer = (count: number) => count > 0
      ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columnCount} .style=${`height: ${count * this.#window.rowHeight}px`}></td></tr>`
      : nothing;
    return html`
      ${this.#renderToolbar(model)}
      <p class="caption" part="caption" aria-hidden="true">${caption}</p>
      <div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby="caption" @scroll=${this.#window.onScroll}>
        <table part="table" aria-rowcount=${rows.length + 1}>
          <caption id="caption" class="visually-hidden">${caption}</caption>
          <thead part="header">${renderHeaderRow(model, sort, (column) => this.#sortBy(model, column))}</thead>
          <tbody>
            ${spacer(start)}
            ${rows.slice(start, end).map((row, i) => renderRow(row, start + i, model, lang))}
            ${spacer(rows.length - end)}
            ${rows.length === 0 ? html`<tr><td colspan=${columnCount} class="no-match">No results match “${this.query}”.</td></tr>` : nothing}
          </tbody>
        </table>
      </div>
      ${this.#renderSummary(model, view.all, rows.length)}
      ${renderSourceNote(model.leaderboard, feed)}
      ${this.#export.renderFallback()}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  #renderToolbar(model: TableModel): TemplateResult | typeof nothing {
    const showSearch = this.search === 'always' || (this.search === 'auto' && model.leaderboard.results.length > SEARCH_AUTO_ROWS);
    // With nothing in it, no toolbar at all: an empty one would still leave its gap above the table.
    if (!showSearch && model.extraCount === 0 && this.noExport) return nothing;
    return html`<div part="toolbar" class="toolbar">
      ${showSearch ? html`<label class="search"><span class="visually-hidden">Search models and papers</span>
        <input part="search" type="search" placeholder="Search models, papers" .value=${this.query}
          @input=${(event: Event) => { this.query = (event.target as HTMLInputElement).value; this.#window.reset(); }}></label>` : nothing}
      ${model.extraCount > 0 ? html`<label class="toggle"><input type="checkbox" .checked=${this.hideExtraData}
          @change=${this.toggleExtraData}>Hide extra training data</label>` : nothing}
      ${this.noExport ? nothing : this.#export.renderButtons((format) => this.exportAs(format), this.#fileName(model))}
    </div>`;
  }

  #renderSummary(model: TableModel, matching: number, shownCount: number): TemplateResult {
    const parts: string[] = [];
    if (this.query) parts.push(`${count(matching)} of ${count(model.rows.length)} results match`);
    if (model.hiddenExtra) parts.push(`${model.hiddenExtra} ${model.hiddenExtra === 1 ? 'result' : 'results'} with extra training data hidden`);
    const more = shownCount < matching;
    if (!parts.length && !more) return html``;
    return html`<p part="summary" class="summary">${parts.join(' · ')}${more
      ? html`${parts.length ? ' · ' : ''}Showing ${count(shownCount)} of ${count(matching)}.
        <button type="button" class="link-button" @click=${() => (this.expanded = true)}>Show all ${count(matching)}</button>`
      : nothing}</p>`;
  }

  #sortBy(model: TableModel, column: string): void {
    const current = this.#currentSort(model);
    const order: SortOrder = current.column === column
      ? (current.order === 'ascending' ? 'descending' : 'ascending')
      : defaultOrder(model, column);
    this.sort = `${column}:${order}`;
    this.announcement = `Sorted by ${column}, ${order}.`;
    fire(this, 'sota-sort', { column, order });
  }

  /** The board and its ranking metric, and what became of a metric asked for that the board lacks. */
  #caption({ model, chosen }: TableView): string {
    const metric = model.rankingMetric;
    const by = metric ? `, ranked by ${metric.name} (${metric.direction === 'lower' ? 'lower' : 'higher'} is better)` : '';
    const note = this.unknownMetricNote(chosen);
    return `${boardName(model.leaderboard)}${by}${note ? `. ${note}` : ''}`;
  }

  #fileName(model: TableModel): string {
    return `${slugify(boardName(model.leaderboard)) || 'leaderboard'}.csv`;
  }

  #lang(): string {
    // On the server (`sota-widgets render`) there is no tree to look up: the page's language is given as an attribute.
    if (isServer) return this.getAttribute('lang') ?? 'en';
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
  }
}
