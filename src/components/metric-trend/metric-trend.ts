import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Metric } from '../../feed/types.js';
import type { TrendPoint } from '../../chart/trend-points.js';
import { trendLayout, type LabelMode, type TrendLayout } from '../../chart/trend-layout.js';
import type { ValueScale } from '../../chart/trend-scales.js';
import { omittedNotes } from '../../chart/trend-summary.js';
import { nearestPoint } from '../../chart/nearest-point.js';
import { formatPointDate } from '../../chart/trend-format.js';
import { LeaderboardElement } from '../../internal/leaderboard-element.js';
import type { ChosenBoard } from '../../internal/board-selection.js';
import { safeUrl } from '../../internal/safe-url.js';
import { fire } from '../../events/events.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { hostStyles } from '../../styles/tokens.js';
import { metricTrendStyles } from './metric-trend.styles.js';
import { cssLengthPx } from './trend-options.js';
import { trendChart } from './trend-chart.js';
import { trendTable } from './trend-table.js';
import { trendLegend } from './trend-legend.js';
import { downloadBlob, fileSlug, resolvedBackground, standaloneSvg } from './chart-export.js';
import { textMeasurer } from './text-measure.js';
import { directionText, logScaleNote, trendModel, type TrendModel } from './trend-model.js';
import { defineElement } from '../../internal/define-element.js';

const DEFAULT_HEIGHT = 320;
/** Narrower than this the axes and labels no longer fit: the chart is drawn this wide and scaled down by CSS. */
const MIN_DRAWN_WIDTH = 240;

/**
 * The state of the art over time: every dated result as a point, the best-so-far as a step line, record
 * setters named. Readable without sight (summary, keyboard, table) and exportable as SVG or PNG.
 *
 * @customElement metric-trend
 * @summary A chart of the state of the art over time for one metric of a leaderboard.
 *
 * @fires {CustomEvent<SotaLoadDetail>} sota-load - A feed was loaded and parsed.
 * @fires {CustomEvent<SotaErrorDetail>} sota-error - Loading or parsing failed; the message is also shown.
 * @fires {CustomEvent<SotaSelectDetail>} sota-select - A point was clicked or chosen with Enter; cancel it to stop the paper link opening.
 *
 * @csspart chart - The focusable plot area around the SVG.
 * @csspart point - Every dot.
 * @csspart record - A record-setting dot (with `point`).
 * @csspart highlight - A dot of a model named by `highlight` (with `point`).
 * @csspart extra - A dot of a result trained with extra data (with `point`).
 * @csspart focus - The ring around the dot chosen with the keyboard.
 * @csspart error-bars - The uncertainty bars (± values).
 * @csspart frontier - The best-so-far step line.
 * @csspart label - A model name next to its point.
 * @csspart axis - Both axes.
 * @csspart x-axis - The time axis (with `axis`).
 * @csspart y-axis - The value axis (with `axis`).
 * @csspart tooltip - The box describing the point under the pointer or keyboard focus.
 * @csspart toolbar - The row of title and buttons.
 * @csspart button - The Table, Download SVG and Download PNG buttons.
 * @csspart table-wrap - The scrolling box around the data table.
 * @csspart table - The data table shown by the Table toggle.
 * @csspart summary - The written summary under the chart.
 * @csspart notes - Notes on results that are not drawn.
 * @csspart legend - What each kind of mark means.
 *
 * @cssproperty --metric-trend-height - Chart height (px, rem or em); the `height` attribute wins. Default 320px.
 * @cssproperty --metric-trend-point-color - Ordinary dots. Default --sota-color-muted.
 * @cssproperty --metric-trend-record-color - Record-setting dots. Default --sota-color-accent.
 * @cssproperty --metric-trend-frontier-color - The step line. Default --sota-color-accent.
 * @cssproperty --metric-trend-extra-color - Results trained with extra data.
 * @cssproperty --metric-trend-highlight-color - Highlighted models.
 * @cssproperty --metric-trend-grid-color - Grid lines. Default --sota-color-border.
 * @cssproperty --metric-trend-label-color - Point labels. Default --sota-color-text.
 * @cssproperty --metric-trend-font-size - Labels and ticks. Default 11px.
 * @cssproperty --metric-trend-tooltip-background - Tooltip and label halo. Default --sota-color-surface.
 * @cssproperty --metric-trend-table-height - Most the table grows before it scrolls. Default 24em.
 */
export class MetricTrend extends LeaderboardElement {
  static override styles = [hostStyles, metricTrendStyles];

  // Reactive properties (declared as in SotaElement; Lit adds the base classes' own); each field below is documented where it is declared.
  static override properties = {
    scale: { reflect: true, useDefault: true },
    labels: { reflect: true, useDefault: true },
    height: { type: Number, reflect: true },
    showTable: { type: Boolean, reflect: true, useDefault: true, attribute: 'show-table' },
    active: { state: true },
    announcement: { state: true },
    exportProblem: { state: true },
  };

  static define(tag = 'metric-trend', registry: CustomElementRegistry = customElements): void {
    defineElement(this, tag, registry);
  }

  /** `linear` (default) or `log`; log falls back to linear, with a note, when a value is not above zero. */
  scale: ValueScale = 'linear';

  /** Which points are named: `record` setters (default), `none`, or `all` that fit. */
  labels: LabelMode = 'record';

  /** Chart height in px; wins over --metric-trend-height. */
  height: number | null = null;

  /** Show the data as a table instead of the chart. */
  showTable = false;

  /** Index (in time order) of the point under the pointer or keyboard focus; -1 for none. */
  private active = -1;
  private announcement = '';
  /** Why the last Download PNG failed, shown under the chart; empty when it worked. */
  private exportProblem = '';

  private get chartSvg(): SVGSVGElement | null {
    return this.renderRoot?.querySelector('svg.chart') ?? null;
  }

  private get tooltip(): HTMLElement | null {
    return this.renderRoot?.querySelector('[part~="tooltip"]') ?? null;
  }

  /** Set through the CSSOM after render: a style attribute would break under a strict CSP. */
  #tooltipAt = { x: 0, y: 0 };

  readonly #size = new ResizeController(this);
  #model: TrendModel | undefined;
  #layout: { key: unknown[]; value: TrendLayout } | undefined;
  #measure = textMeasurer(this);

  /** The chart as a standalone SVG document (styles resolved, title and summary inside). */
  toSVG(): string | null {
    const model = this.#currentModel();
    if (!this.chartSvg || !model) return null;
    return standaloneSvg(this.chartSvg, { title: model.title, description: model.summary, background: resolvedBackground(this) });
  }

  /** The chart as a PNG at `scale`× its on-screen size (2× by default). */
  async toPNG(scale = 2): Promise<Blob | null> {
    const text = this.toSVG();
    if (!text || !this.chartSvg) return null;
    const { width, height } = this.chartSvg.viewBox.baseVal;
    const { svgToPng } = await import('./svg-to-png.js');
    return svgToPng(text, width, height, scale);
  }

  #chartHeight(): number {
    if (this.height && this.height > 0) return this.height;
    if (isServer) return DEFAULT_HEIGHT; // no styles to read when pre-rendered in Node
    return cssLengthPx(getComputedStyle(this).getPropertyValue('--metric-trend-height')) ?? DEFAULT_HEIGHT;
  }

  /** The model of what the attributes choose from the loaded feed; undefined when there is no chart to draw. */
  #currentModel(): TrendModel | undefined {
    const chosen = this.data.feed && this.selectBoard(this.data.feed);
    return chosen?.kind === 'board' && chosen.metric ? this.#buildModel(chosen, chosen.metric) : undefined;
  }

  #buildModel(chosen: ChosenBoard, metric: Metric): TrendModel {
    // Cached across renders: the model changes only with the feed or the attributes that choose the board.
    if (this.#model?.chosen === chosen) return this.#model;
    this.#model = trendModel(chosen, metric);
    this.#layout = undefined;
    return this.#model;
  }

  #buildLayout(model: TrendModel, width: number, height: number): TrendLayout {
    const key = [model, width, height, this.scale, this.labels];
    if (this.#layout && key.every((k, i) => k === this.#layout!.key[i])) return this.#layout.value;
    const value = trendLayout(model.data.points, {
      width, height, scale: this.scale, labels: this.labels, direction: model.metric.direction,
      fontSize: this.#measure.fontSize(), measure: this.#measure.width,
    });
    this.#layout = { key, value };
    return value;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const chosen = this.selectBoard(feed);
    if (chosen.kind === 'missing') return this.renderMissing(chosen.nearest);
    if (!chosen.metric) return html`<div part="status empty" role="status">The ${chosen.board.dataset} leaderboard has no metrics to plot.</div>`;
    const model = this.#buildModel(chosen, chosen.metric);
    const { points } = model.data;
    const { hiddenExtra } = chosen;
    const notes = [this.unknownMetricNote(chosen), ...omittedNotes(model.data.undated, model.data.noValue, model.metric.name)].filter(Boolean);
    if (hiddenExtra) notes.push(`${hiddenExtra} ${hiddenExtra === 1 ? 'result' : 'results'} trained with extra data ${hiddenExtra === 1 ? 'is' : 'are'} hidden.`);
    const width = Math.max(MIN_DRAWN_WIDTH, this.#size.width || 640);
    const height = Math.max(160, this.#chartHeight());
    const layout = points.length ? this.#buildLayout(model, width, height) : undefined;
    const scaleNote = logScaleNote(layout);
    if (scaleNote) notes.push(scaleNote);
    if (this.exportProblem) notes.push(this.exportProblem);
    const narrow = width < 480;
    const direction = directionText(model.metric);
    return html`
      <div class="toolbar" part="toolbar">
        <span class="title">${model.title} <span class="direction">(${direction})</span></span>
        ${chosen.extraCount ? html`<label part="button"><input type="checkbox" .checked=${this.hideExtraData}
          @change=${this.toggleExtraData}>Hide extra data</label>` : nothing}
        <button part="button" type="button" aria-pressed=${this.showTable ? 'true' : 'false'}
          @click=${() => { this.showTable = !this.showTable; }}>Table</button>
        ${this.noExport || !layout || this.showTable ? nothing : html`
          <button part="button" type="button" aria-label="Download SVG" @click=${this.#downloadSvg}>${narrow ? 'SVG' : 'Download SVG'}</button>
          <button part="button" type="button" aria-label="Download PNG" @click=${this.#downloadPng}>${narrow ? 'PNG' : 'Download PNG'}</button>`}
      </div>
      ${this.showTable
        ? trendTable(points, { caption: model.title, metric: model.metric.name, valueText: model.valueText })
        : layout ? html`${this.#renderPlot(model, layout, width, height, notes.length > 0)}${trendLegend(points)}` : nothing}
      <p class="summary" part="summary" id="summary">${model.summary}</p>
      ${notes.length ? html`<ul class="notes" part="notes" id="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  #renderPlot(model: TrendModel, layout: TrendLayout, width: number, height: number, hasNotes: boolean): TemplateResult {
    const active = layout.plotted[this.active];
    return html`<div class="plot" part="chart" tabindex="0" role="group" aria-roledescription="chart"
        aria-label=${model.title} aria-describedby=${hasNotes ? 'summary notes keys' : 'summary keys'}
        @keydown=${this.#onKeydown} @pointermove=${this.#onPointerMove} @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick} @focus=${this.#onFocus} @blur=${this.#onBlur}>
      <span id="keys" hidden>Arrow keys move between results in date order; Enter opens the paper.</span>
      <svg class=${this.#size.width && this.#size.width < width ? 'chart shrunk' : 'chart'} width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true"
        >${svg`${trendChart(layout, this.active)}`}</svg>
      ${active ? this.#renderTooltip(model, active.point, active.x, active.y, width) : nothing}
    </div>`;
  }

  #renderTooltip(model: TrendModel, point: TrendPoint, x: number, y: number, width: number): TemplateResult {
    const paper = point.result.paper?.title;
    this.#tooltipAt = { x, y };
    return html`<div part="tooltip" class=${x > width * 0.6 ? 'flip' : ''} aria-hidden="true">
      <strong>${point.result.model}</strong>
      ${model.metric.name}: ${model.valueText(point)}<br>
      <span class="muted">${formatPointDate(point)}</span>
      ${point.record ? html`<br>New best at the time` : nothing}
      ${point.extra ? html`<br><span class="muted">Trained with extra data</span>` : nothing}
      ${paper ? html`<br><span class="muted">${paper}</span>` : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.tooltip) {
      const scale = this.#screenScale();
      this.tooltip.style.left = `${this.#tooltipAt.x * scale}px`;
      this.tooltip.style.top = `${this.#tooltipAt.y * scale}px`;
    }
  }

  #plotted() {
    return this.#layout?.value.plotted ?? [];
  }

  #moveTo(index: number): void {
    const plotted = this.#plotted();
    if (!plotted.length) return;
    this.active = Math.max(0, Math.min(plotted.length - 1, index));
    const { point } = plotted[this.active];
    const model = this.#currentModel();
    if (!model) return;
    this.announcement = `${point.result.model}, ${model.metric.name} ${model.valueText(point)}, ${formatPointDate(point)}`
      + `${point.record ? ', new best' : ''}. ${this.active + 1} of ${plotted.length}.`;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const plotted = this.#plotted();
    const records = plotted.flatMap((p, i) => (p.point.record ? [i] : []));
    const at = this.active;
    const moves: Record<string, () => number> = {
      ArrowRight: () => at + 1,
      ArrowDown: () => at + 1,
      ArrowLeft: () => at - 1,
      ArrowUp: () => at - 1,
      Home: () => 0,
      End: () => plotted.length - 1,
      PageDown: () => records.find((i) => i > at) ?? at,
      PageUp: () => records.findLast((i) => i < at) ?? at,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.#moveTo(moves[event.key]());
    } else if ((event.key === 'Enter' || event.key === ' ') && plotted[at]) {
      event.preventDefault();
      this.#select(plotted[at].point);
    } else if (event.key === 'Escape') {
      this.active = -1;
    }
  };

  /** Screen px per chart unit: below its narrowest drawing width the chart is scaled down to fit (see styles). */
  #screenScale(): number {
    const svg = this.chartSvg;
    const drawn = svg?.viewBox.baseVal.width;
    const shown = svg?.getBoundingClientRect().width;
    return drawn && shown ? shown / drawn : 1;
  }

  #pointerIndex(event: MouseEvent): number {
    const box = this.chartSvg?.getBoundingClientRect();
    if (!box) return -1;
    const scale = this.#screenScale();
    return nearestPoint(this.#plotted(), (event.clientX - box.left) / scale, (event.clientY - box.top) / scale);
  }

  #onPointerMove = (event: PointerEvent): void => {
    const index = this.#pointerIndex(event);
    if (index !== this.active) this.active = index;
  };

  #onPointerLeave = (): void => {
    if (this.shadowRoot?.activeElement?.classList.contains('plot')) return;
    this.active = -1;
  };

  #onClick = (event: MouseEvent): void => {
    const index = this.#pointerIndex(event);
    if (index < 0) return;
    this.active = index;
    this.#select(this.#plotted()[index].point);
  };

  #onFocus = (): void => {
    if (this.active < 0) this.#moveTo(0);
  };

  #onBlur = (): void => {
    this.active = -1;
  };

  #select(point: TrendPoint): void {
    const model = this.#currentModel();
    const leaderboardId = model ? model.board.id : null;
    if (!fire(this, 'sota-select', { result: point.result, leaderboardId }, { cancelable: true })) return;
    const url = safeUrl(point.result.paper?.url);
    if (url) window.location.assign(url);
  }

  #fileName(): string {
    const model = this.#currentModel();
    return model ? fileSlug(model.metric.name, model.board.dataset) : 'chart';
  }

  #downloadSvg = (): void => {
    const text = this.toSVG();
    if (text) downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${this.#fileName()}.svg`);
  };

  #downloadPng = async (): Promise<void> => {
    try {
      const blob = await this.toPNG(2);
      if (blob) downloadBlob(blob, `${this.#fileName()}.png`);
      this.exportProblem = '';
    } catch {
      // A page whose policy refuses the image the PNG is drawn from (or a browser without canvas) must not get an
      // unhandled rejection from a widget: say so where the reader looks, and point at the export that works.
      this.exportProblem = 'This page does not allow making a PNG here; Download SVG works.';
      this.announcement = this.exportProblem;
    }
  };
}
