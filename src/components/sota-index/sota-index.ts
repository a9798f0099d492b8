import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/types.js';
import { parseFeedOrIndex } from '../../feed/board-index.js';
import { closest, diceSimilarity } from '../../feed/internal/similarity.js';
import { plainLetters } from '../../feed/internal/paper-ids.js';
import type { FeedParser } from '../../controllers/feed-controller.js';
import { fire } from '../../events/events.js';
import { SotaElement } from '../../internal/sota-element.js';
import { highlighter } from '../../internal/board-selection.js';
import { parseNameList } from '../../internal/attribute-text.js';
import { defineElement } from '../../internal/define-element.js';
import { hostStyles } from '../../styles/tokens.js';
import { parseSortSpec } from '../sota-table/table-sort.js';
import { RowWindow } from '../sota-table/table-window.js';
import { styles } from './sota-index.styles.js';
import { scrollTableRules } from '../../styles/scroll-table.js';
import { sortHeaderRules } from '../../styles/sort-headers.js';
import {
  firstOrder, groupsOfTask, highlightPlaces, indexModel, readIndexSort, searchIndex, sortGroups, sortIndexRows,
  type HighlightPlace, type IndexGroup, type IndexModel, type IndexRow, type IndexSort, type IndexSortColumn,
} from './index-model.js';
import { indexColumns, renderBoardRow, renderGroupRow, renderHeader } from './index-cells.js';

type SearchMode = 'auto' | 'always' | 'never';

/** What the table shows, in order: a task's group row, or a board. */
type IndexItem = { kind: 'group'; group: IndexGroup; matching: number } | { kind: 'board'; row: IndexRow };

interface IndexView {
  items: IndexItem[];
  /** Boards matching the search (within `task`), and all boards in scope. */
  matching: number;
  total: number;
  tasks: number;
  places: Map<IndexRow, HighlightPlace>;
}

const SEARCH_AUTO_BOARDS = 10;
const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * Every benchmark of a site on one page, as a Papers with Code task page was: `<sota-index src="index.json"
 * href="boards/{task}/{dataset}.html">`. Reads a board index file (what `sota-widgets split` writes) or any feed, whose
 * boards it indexes itself. Each board shows its ranking metric, best model and value, last record, result count and
 * a sparkline of its frontier, grouped by task; a search box filters by task and dataset names. An index of 10,000
 * boards stays responsive: beyond 150 rows only the visible rows are rendered.
 *
 * @customElement sota-index
 * @summary A searchable, sortable list of many leaderboards, grouped by task.
 *
 * @fires {CustomEvent<SotaLoadDetail>} sota-load - A feed or index loaded (detail: feed, url; an index file's Feed carries it in `feed.index`).
 * @fires {CustomEvent<SotaErrorDetail>} sota-error - Loading failed (detail: message, kind, url, stale).
 * @fires {CustomEvent<SotaSortDetail>} sota-sort - The user sorted (detail: column `name`, `results` or `date`; order).
 * @slot - An optional inline `<script type="application/json">` feed or index.
 * @csspart toolbar - The bar above the table (search, grouping, collapse and expand all).
 * @csspart search - The search input.
 * @csspart caption - The line saying how many boards and tasks are listed.
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The `<table>`.
 * @csspart header - The `<thead>`.
 * @csspart header-cell - Each column heading.
 * @csspart sort-button - The sort button in a column heading.
 * @csspart group - A task's row above its boards.
 * @csspart group-toggle - The button in a task's row that collapses or expands it.
 * @csspart row - Each board's row.
 * @csspart highlighted - A board the `highlight` model or paper is on (with `row`).
 * @csspart cell - Each cell of a board's row.
 * @csspart task - The task cell of a flat list (with `cell`).
 * @csspart dataset - The dataset cell, a link when `href` is set (with `cell`).
 * @csspart metric - The ranking metric and its direction (with `cell`).
 * @csspart model - The best model (with `cell`).
 * @csspart value - The best value (with `cell`).
 * @csspart date - The date of the last record (with `cell`).
 * @csspart results - The number of results (with `cell`).
 * @csspart frontier - The frontier cell (with `cell`).
 * @csspart sparkline - The frontier's step line, an `<svg>`.
 * @csspart place - The rank of the `highlight` model or paper on the board (with `cell`).
 * @csspart summary - The line under the table (matches, where `highlight` stands).
 * @cssproperty --sota-index-max-height - Height at which the list scrolls inside itself (default 36rem; `none` lets the page scroll).
 * @cssproperty --sota-index-background - Body background, also behind the sticky column (default --sota-color-surface, else Canvas).
 * @cssproperty --sota-index-header-background - Header and task rows' background (default --sota-color-subtle).
 * @cssproperty --sota-index-border-color - Lines between rows (default --sota-color-border).
 * @cssproperty --sota-index-highlight-background - Boards the `highlight` is on (default --sota-color-highlight).
 * @cssproperty --sota-index-accent - Sort arrows, directions and focus (default --sota-color-accent).
 * @cssproperty --sota-index-sparkline-color - The frontier sparklines (default the accent).
 * @cssproperty --sota-index-cell-padding - Padding of every cell (default 0.4em 0.7em).
 * @cssproperty --sota-index-font-size - Font size of the list (default 0.9375em).
 * @cssproperty --sota-index-name-max-width - Widest a name grows before it is cut (default min(16em, 40vw)).
 */
export class SotaIndex extends SotaElement {
  static override styles = [hostStyles, scrollTableRules, sortHeaderRules, styles];

  // Reactive properties (declared as in SotaElement; Lit adds the base class's own); each field below is documented where it is declared.
  static override properties = {
    task: { reflect: true },
    href: { reflect: true },
    highlight: { reflect: true },
    sort: {},
    search: { reflect: true, useDefault: true },
    flat: { type: Boolean, reflect: true, useDefault: true },
    query: { state: true },
    collapsed: { state: true },
    announcement: { state: true },
  };

  /** Registers the element under `tag`; does nothing when the tag is already taken. */
  static define(tag = 'sota-index', registry: CustomElementRegistry = customElements): void {
    defineElement(this, tag, registry);
  }

  /** Show one task's boards (a task page), or a parent task's subtasks; matched as forgivingly as board names. */
  task: string | null = null;

  /** Link template for a board: `{task}` and `{dataset}` become the slugs `sota-widgets split` names files with, `{file}` the index's file (`boards/{task}/{dataset}.html`). Only http(s) and relative links are made. */
  href: string | null = null;

  /** Comma-separated model names, paper titles, paper ids or arXiv ids: their rank on every board they are on (from an index file, only first places are known). */
  highlight: string | null = null;

  /** The sort: `name`, `results` or `date` (of the last record), optionally `:ascending`/`:descending`. Updated when the user sorts. */
  sort: string | null = null;

  /** The search box: `auto` (when more than 10 boards are listed), `always` or `never`. */
  search: SearchMode = 'auto';

  /** One list of boards, sorted as a whole, instead of groups by task. */
  flat = false;

  private query = '';
  private collapsed: ReadonlySet<string> = new Set();
  private announcement = '';

  readonly #window = new RowWindow(this, {
    body: () => this.renderRoot.querySelector('tbody'),
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
  });
  #model: { feed: Feed; value: IndexModel } | undefined;
  #places: { key: unknown[]; value: Map<IndexRow, HighlightPlace> } | undefined;
  #sorted: { key: unknown[]; value: IndexGroup[] | IndexRow[] } | undefined;

  protected override feedParser(): FeedParser {
    return parseFeedOrIndex;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('task') || changed.has('sort') || changed.has('flat') || changed.has('collapsed')) this.#window.reset();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#window.measureSoon(); // after layout, in the next frame: never a synchronous layout in the update
  }

  #currentSort(): IndexSort {
    const spec = parseSortSpec(this.sort);
    return (spec && readIndexSort(spec.column, spec.order)) ?? { column: 'name', order: 'ascending' };
  }

  #modelOf(feed: Feed): IndexModel {
    if (this.#model?.feed !== feed) this.#model = { feed, value: indexModel(feed) };
    return this.#model.value;
  }

  #view(model: IndexModel, groups: IndexGroup[]): IndexView {
    const sort = this.#currentSort();
    const scope = groups.flatMap((group) => group.rows);
    const names = parseNameList(this.highlight);
    const placesKey = [model, names.join('\u0000')];
    if (!this.#places?.key.every((part, i) => part === placesKey[i])) {
      this.#places = { key: placesKey, value: names.length ? highlightPlaces(model.rows, highlighter(names), names) : new Map() };
    }
    const places = this.#places.value;
    const flat = this.flat || groups.length === 1;
    const sortKey = [groups, flat, sort.column, sort.order];
    if (!this.#sorted?.key.every((part, i) => part === sortKey[i])) {
      this.#sorted = {
        key: sortKey,
        value: flat ? sortIndexRows(scope, sort, groups.length > 1) : sortGroups(groups, sort).map((group) => ({ ...group, rows: sortIndexRows(group.rows, sort) })),
      };
    }
    const items: IndexItem[] = [];
    let matching = 0;
    if (flat) {
      const rows = searchIndex(this.#sorted.value as IndexRow[], this.query);
      matching = rows.length;
      for (const row of rows) items.push({ kind: 'board', row });
    } else {
      // One search over every board (the query read once), then each group keeps its matches in its own order.
      const found = this.query.trim() ? new Set(searchIndex(scope, this.query)) : null;
      for (const group of this.#sorted.value as IndexGroup[]) {
        const rows = found ? group.rows.filter((row) => found.has(row)) : group.rows;
        if (!rows.length && (this.query || group.rows.length)) continue;
        matching += rows.length;
        items.push({ kind: 'group', group, matching: rows.length });
        if (!this.collapsed.has(group.key)) for (const row of rows) items.push({ kind: 'board', row });
      }
    }
    return { items, matching, total: scope.length, tasks: groups.length, places };
  }

  protected renderFeed(feed: Feed): TemplateResult {
    const model = this.#modelOf(feed);
    if (!model.rows.length) {
      return html`<div part="status empty" role="status">${feed.index ? 'This index lists no leaderboards yet.' : 'This feed has no leaderboards.'}</div>`;
    }
    const task = this.task?.trim();
    const groups = task ? groupsOfTask(model.groups, task) : model.groups;
    if (!groups.length) return this.#renderMissingTask(model, task ?? '');
    const view = this.#view(model, groups);
    const flat = this.flat || groups.length === 1;
    const highlight = parseNameList(this.highlight).join(', ');
    const columns = indexColumns(flat && groups.length > 1, highlight);
    const sort = this.#currentSort();
    const caption = this.#caption(groups, view);
    const { start, end } = this.#window.range(view.items.length);
    const lang = this.#lang();
    const spacer = (rows: number) => rows > 0
      ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns.length} .style=${`height: ${rows * this.#window.rowHeight}px`}></td></tr>`
      : nothing;
    return html`
      ${this.#renderToolbar(view, flat, groups)}
      <p class="caption" part="caption" aria-hidden="true">${caption}</p>
      <div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby="caption" @scroll=${this.#window.onScroll}>
        <table part="table" aria-rowcount=${view.items.length + 1}>
          <caption id="caption" class="visually-hidden">${caption}</caption>
          <thead part="header">${renderHeader(columns, sort, (column) => this.#sortBy(column))}</thead>
          <tbody>
            ${spacer(start)}
            ${view.items.slice(start, end).map((item, i) => item.kind === 'group'
              ? renderGroupRow(item.group, item.matching, start + i, columns.length, !this.collapsed.has(item.group.key), () => this.#toggle(item.group))
              : renderBoardRow(item.row, start + i, columns, this.href, view.places.get(item.row), lang))}
            ${spacer(view.items.length - end)}
            ${view.matching === 0 ? html`<tr><td colspan=${columns.length} class="no-match">No benchmarks match “${this.query}”.</td></tr>` : nothing}
          </tbody>
        </table>
      </div>
      ${this.#renderSummary(model, view, highlight)}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  #lang(): string {
    // As <sota-table>'s: on the server there is no tree to look up, the page's language is given as an attribute.
    if (isServer) return this.getAttribute('lang') ?? 'en';
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
  }

  #caption(groups: IndexGroup[], view: IndexView): string {
    const boards = count(view.total, 'benchmark', 'benchmarks');
    return groups.length === 1 ? `${groups[0].task}: ${boards}` : `${boards} in ${count(groups.length, 'task', 'tasks')}`;
  }

  #renderToolbar(view: IndexView, flat: boolean, groups: IndexGroup[]): TemplateResult | typeof nothing {
    const showSearch = this.search === 'always' || (this.search === 'auto' && view.total > SEARCH_AUTO_BOARDS);
    const grouping = groups.length > 1;
    if (!showSearch && !grouping) return nothing;
    return html`<div part="toolbar" class="toolbar">
      ${showSearch ? html`<label class="search"><span class="visually-hidden">Search tasks and datasets</span>
        <input part="search" type="search" placeholder="Search tasks, datasets" .value=${this.query}
          @input=${(event: Event) => { this.query = (event.target as HTMLInputElement).value; this.#window.reset(); }}></label>` : nothing}
      ${grouping ? html`<label class="toggle"><input type="checkbox" .checked=${!this.flat}
          @change=${(event: Event) => { this.flat = !(event.target as HTMLInputElement).checked; }}>Group by task</label>` : nothing}
      ${grouping && !flat ? html`<span class="bulk">
          <button type="button" @click=${() => this.#collapseAll(groups, false)}>Expand all</button>
          <button type="button" @click=${() => this.#collapseAll(groups, true)}>Collapse all</button></span>` : nothing}
    </div>`;
  }

  #renderSummary(model: IndexModel, view: IndexView, highlight: string): TemplateResult | typeof nothing {
    const parts: string[] = [];
    if (this.query && view.matching > 0) parts.push(`${view.matching.toLocaleString()} of ${count(view.total, 'benchmark', 'benchmarks')} match`);
    if (highlight) {
      const places = [...view.places.values()];
      const first = places.filter((place) => place.rank === 1).length;
      parts.push(places.length
        ? `${highlight} is on ${count(places.length, 'board', 'boards')}${first ? `, first on ${first.toLocaleString()}` : ''}.`
        : `${highlight} is on none of these boards${model.fromIndex ? ' as their best' : ''}.`);
      // An index keeps each board's best result only: say what the ranks can and cannot tell.
      if (model.fromIndex) parts.push('This index records each board’s best result only, so only first places are shown.');
    }
    return parts.length ? html`<p part="summary" class="summary">${parts.join(' ')}</p>` : nothing;
  }

  #renderMissingTask(model: IndexModel, task: string): TemplateResult {
    const nearest = closest(model.groups, (group) => diceSimilarity(plainLetters(task), plainLetters(group.task)), 5);
    return html`<div part="status empty" role="status">
      <p>No task “${task}” in this index.</p>
      ${nearest.length ? html`<p id="nearest-label">Nearest tasks:</p><ul aria-labelledby="nearest-label">${nearest.map((group) => html`<li><button
        type="button" class="link-button" @click=${() => (this.task = group.task)}>${group.task}</button></li>`)}</ul>` : nothing}
    </div>`;
  }

  #sortBy(column: IndexSortColumn): void {
    const current = this.#currentSort();
    const order = current.column === column ? (current.order === 'ascending' ? 'descending' : 'ascending') : firstOrder(column);
    this.sort = `${column}:${order}`;
    this.announcement = `Sorted by ${column === 'name' ? 'name' : column === 'date' ? 'last record' : 'results'}, ${order}.`;
    fire(this, 'sota-sort', { column, order });
  }

  #toggle(group: IndexGroup): void {
    const collapsed = new Set(this.collapsed);
    if (collapsed.has(group.key)) collapsed.delete(group.key);
    else collapsed.add(group.key);
    this.collapsed = collapsed;
  }

  #collapseAll(groups: IndexGroup[], collapse: boolean): void {
    this.collapsed = new Set(collapse ? groups.map((group) => group.key) : []);
    this.announcement = collapse ? 'All tasks collapsed.' : 'All tasks expanded.';
  }
}
