// <metric-trend>'s chart as a standalone SVG file: the element's own model (trend-model), layout (chart/) and
// drawing (trend-chart's Lit svg template, rendered to a string by @lit-labs/ssr), with the title above and the
// written summary and notes below, painted for a light or dark page.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { Feed } from '../feed/types.js';
import { omittedNotes } from '../chart/trend-summary.js';
import { trendLayout, type LabelMode } from '../chart/trend-layout.js';
import type { ValueScale } from '../chart/trend-scales.js';
import { trendChart } from '../components/metric-trend/trend-chart.js';
import { directionText, logScaleNote, trendModel } from '../components/metric-trend/trend-model.js';
import { chooseBoard, QueryError, type BoardQuery } from './choose-board.js';
import { CHART_PALETTES, paintMarkup, type ChartTheme } from './chart-paint.js';
import { ESTIMATED_FONT_FAMILY, estimateTextWidth, wrapText } from './text-widths.js';

export interface ChartFileOptions {
  theme?: ChartTheme;
  /** The chart's drawing size in px, as the element's width and `height` (default 640 × 320). */
  width?: number;
  height?: number;
  scale?: ValueScale;
  labels?: LabelMode;
}

export interface ChartFile {
  svg: string;
  title: string;
  summary: string;
}

/** The element's defaults: --metric-trend-font-size and the chart's drawn width when it has no room to measure. */
const FONT_SIZE = 11;
const TITLE_SIZE = 14;
const TEXT_SIZE = 12;
const LINE = 17;
const PAD = 12;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function chartSvg(feed: Feed, query: BoardQuery, options: ChartFileOptions = {}): ChartFile {
  const { theme = 'light', width = 640, height = 320, scale = 'linear', labels = 'record' } = options;
  const palette = CHART_PALETTES[theme];
  const chosen = chooseBoard(feed, query);
  const model = trendModel(chosen, chosen.metric!);
  const { points } = model.data;
  if (!points.length) throw new QueryError(`${model.summary} There is nothing to draw.`);
  const layout = trendLayout(points, {
    width, height, scale, labels, direction: model.metric.direction,
    fontSize: FONT_SIZE, measure: (text) => estimateTextWidth(text, FONT_SIZE),
  });
  const chart = paintMarkup(collectResultSync(render(trendChart(layout, -1))), palette);

  const notes = [...omittedNotes(model.data.undated, model.data.noValue, model.metric.name), logScaleNote(layout)].filter(Boolean);
  if (chosen.hiddenExtra) notes.push(`${chosen.hiddenExtra} ${chosen.hiddenExtra === 1 ? 'result' : 'results'} trained with extra data ${chosen.hiddenExtra === 1 ? 'is' : 'are'} hidden.`);
  const textWidth = width - 2 * PAD;
  const summaryLines = wrapText(model.summary, textWidth, TEXT_SIZE);
  const noteLines = notes.flatMap((note) => wrapText(note, textWidth, TEXT_SIZE));
  const chartTop = PAD + TITLE_SIZE + 12;
  const textTop = chartTop + height + 8;
  const total = Math.ceil(textTop + (summaryLines.length + noteLines.length) * LINE + PAD);
  const line = (text: string, at: number, fill: string) =>
    `<text x="${PAD}" y="${textTop + at * LINE + TEXT_SIZE}" font-size="${TEXT_SIZE}" fill="${fill}">${escapeXml(text)}</text>`;

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(ESTIMATED_FONT_FAMILY)}" font-size="${FONT_SIZE}">`,
    `<title id="chart-title">${escapeXml(model.title)} (${directionText(model.metric)})</title>`,
    `<desc id="chart-desc">${escapeXml([model.summary, ...notes].join(' '))}</desc>`,
    `<rect width="100%" height="100%" fill="${palette.surface}"/>`,
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="600" fill="${palette.text}">${escapeXml(model.title)} <tspan font-weight="normal" fill="${palette.muted}">(${directionText(model.metric)})</tspan></text>`,
    `<g transform="translate(0 ${chartTop})">${chart.trim()}</g>`,
    ...summaryLines.map((text, i) => line(text, i, palette.text)),
    ...noteLines.map((text, i) => line(text, summaryLines.length + i, palette.muted)),
    '</svg>',
    '',
  ].join('\n');
  return { svg, title: model.title, summary: model.summary };
}
