// What <sota-table> and <metric-trend> share beyond SotaElement: they show one leaderboard of a feed, chosen by the
// same attributes and read by one rule (board-selection), and they say the same when no board matches.
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Feed, Leaderboard, ParseOptions } from '../feed/types.js';
import { SotaElement } from './sota-element.js';
import { parseDirectionOverride, parseNameList } from './attribute-text.js';
import { boardName, selectBoard, type BoardSelection, type ChosenBoard } from './board-selection.js';

export abstract class LeaderboardElement extends SotaElement {
  // Lit's reactive properties, declared statically as in SotaElement (a subclass's own are added to these).
  static override properties: PropertyDeclarations = {
    task: { reflect: true },
    datasetName: { reflect: true, attribute: 'dataset' },
    metric: { reflect: true },
    directions: { reflect: true },
    highlight: { reflect: true },
    hideExtraData: { type: Boolean, reflect: true, useDefault: true, attribute: 'hide-extra-data' },
    noExport: { type: Boolean, reflect: true, useDefault: true, attribute: 'no-export' },
    category: { reflect: true },
    columns: { reflect: true },
  };

  /** The task of the leaderboard to show ("Named Entity Recognition"), forgiving of case and punctuation; without a dataset, the task's board with most results; with neither, the feed's first board. */
  task: string | null = null;

  /**
   * The dataset of the leaderboard to show, or its board id (attribute `dataset`, e.g. "NCBI-disease"); matched forgivingly.
   * The property is `datasetName` because `HTMLElement.dataset` is taken.
   */
  datasetName: string | null = null;

  /** The metric that ranks the rows or is plotted, case and spacing aside; default the board's first score metric, which also stands in, with a note, for a metric the board lacks. */
  metric: string | null = null;

  /** Per-element metric directions, `"PPL: lower, BLEU: higher"`, or a bare `"lower"` for the metric ranked or plotted; wins over the feed and over name-based guessing. */
  directions: string | null = null;

  /** Comma-separated model names, paper titles, paper ids or arXiv ids whose results are marked (table rows always shown, chart points labelled). */
  highlight: string | null = null;

  /** Leave out results trained with extra data and rank the rest among themselves (the chart's frontier too); a checkbox toggles it. */
  hideExtraData = false;

  /** Hides the export buttons (the table's CSV, Markdown and LaTeX; the chart's SVG and PNG). */
  noExport = false;

  /** The board of a table with a `category` column (LMArena's leaderboard dataset): "overall" unless this names another ("coding"). */
  category: string | null = null;

  /**
   * Comma-separated metric names to show, in order (the table; default all), or, written as `role: column` pairs,
   * which column of a table of records (CSV, JSON records, dataset rows) plays which part where its headers do not
   * say: `"model: Model version; date: Release date; value: mean_score"`. Rows that name no task or dataset then
   * belong to the board `task` and `dataset` name.
   */
  columns: string | null = null;

  #selection: { key: unknown[]; value: BoardSelection } | undefined;

  protected override parseOptions(): ParseOptions | undefined {
    const { named } = parseDirectionOverride(this.directions);
    return {
      ...(Object.keys(named).length ? { directions: named } : {}),
      ...(this.category ? { category: this.category } : {}),
      // A column mapping says the feed is a table; its rows without a task or dataset belong to the board asked for.
      ...(this.columns?.includes(':') ? { records: { columns: this.columns, task: this.task, dataset: this.datasetName } } : {}),
    };
  }

  /** What the attributes choose from the feed; the same object until the feed or one of them changes. */
  protected selectBoard(feed: Feed): BoardSelection {
    const key = [feed, this.task, this.datasetName, this.metric, this.directions, this.highlight, this.hideExtraData];
    if (this.#selection?.key.every((part, i) => part === key[i])) return this.#selection.value;
    const value = selectBoard(feed, {
      task: this.task, dataset: this.datasetName, metric: this.metric,
      directions: parseDirectionOverride(this.directions),
      hideExtraData: this.hideExtraData,
      highlight: parseNameList(this.highlight),
    });
    this.#selection = { key, value };
    return value;
  }

  /** The sentence that says a metric asked for is not on the board, and which one shows instead; '' when none is missing. */
  protected unknownMetricNote({ unknownMetric, metric }: ChosenBoard): string {
    if (!unknownMetric) return '';
    return `This leaderboard has no metric “${unknownMetric}”${metric ? `: showing ${metric.name} instead` : ''}.`;
  }

  /** The change handler of the "Hide extra data" checkbox. */
  protected readonly toggleExtraData = (event: Event): void => {
    this.hideExtraData = (event.target as HTMLInputElement).checked;
  };

  /** What was asked for and is not in the feed, with the nearest boards as buttons that show them. */
  protected renderMissing(nearest: Leaderboard[]): TemplateResult {
    const task = this.task?.trim();
    const dataset = this.datasetName?.trim();
    const asked = [task && `task “${task}”`, dataset && `dataset “${dataset}”`].filter(Boolean).join(' and ');
    return html`<div part="status empty" role="status">
      <p>${asked ? `No leaderboard for ${asked} in this feed.` : 'This feed has no leaderboards.'}</p>
      ${nearest.length ? html`<p id="nearest-label">Nearest leaderboards:</p><ul aria-labelledby="nearest-label">${nearest.map((board) => html`<li><button type="button" class="link-button"
        @click=${() => { this.task = board.task; this.datasetName = board.dataset; }}>${boardName(board)}</button></li>`)}</ul>` : nothing}
    </div>`;
  }
}
