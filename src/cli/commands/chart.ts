// `sota-widgets chart`: <metric-trend>'s drawing as a standalone SVG file, for READMEs, papers and slides.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';
import { readFeed } from '../read-feed.js';
import { chartSvg } from '../../static/chart-svg.js';
import type { ChartTheme } from '../../static/chart-paint.js';
import type { LabelMode } from '../../chart/trend-layout.js';
import type { ValueScale } from '../../chart/trend-scales.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${String(value)}".`);
  return value as T;
}

function pixels(option: string, value: unknown, fallback: number, least: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < least || number > 4000) throw new UsageError(`--${option} must be a number of px from ${least} to 4000; got "${String(value)}".`);
  return Math.round(number);
}

export const chart: Command = {
  name: 'chart',
  summary: 'Write <metric-trend>\'s chart of a leaderboard as a standalone SVG file (title and summary inside).',
  usage: 'chart FEED --dataset NAME [--task NAME] [--metric NAME] [--theme light|dark] [--highlight NAMES] [-o FILE.svg]',
  help: [
    'FEED is a feed file in any format the elements read (a path, - for stdin, an http(s) URL; .gz is unpacked).',
    'The drawing is the element\'s own (same points, frontier, ticks, labels and written summary), with colours',
    'written into the file, so it looks right as an <img>, in slides and in papers.',
    '',
    'Options:',
    '  --dataset NAME     The leaderboard\'s dataset (or board id); matched as the elements match it.',
    '  --task NAME        Its task, when a dataset has boards for several tasks.',
    '  --metric NAME      The metric to plot (default: the board\'s first score metric).',
    '  --theme T          light (default) or dark.',
    '  --highlight NAMES  Comma-separated models or papers to mark, as the element\'s highlight attribute.',
    '  --hide-extra-data  Leave out results trained with extra data (the frontier too).',
    '  --labels L         record (default), all or none: which points are named.',
    '  --scale S          linear (default) or log.',
    '  --width PX         Drawing width (default 640).',
    '  --height PX        Drawing height (default 320), as the element\'s height attribute.',
    '  -o, --output FILE  Write here instead of stdout.',
    '',
    'Examples:',
    '  sota-widgets chart feed.json --dataset SQuAD1.1 --metric F1 -o squad-f1.svg',
    '  sota-widgets chart feed.json --dataset WikiText-103 --theme dark -o docs/wikitext-dark.svg',
  ].join('\n'),
  options: {
    dataset: { type: 'string' },
    task: { type: 'string' },
    metric: { type: 'string' },
    theme: { type: 'string' },
    highlight: { type: 'string' },
    'hide-extra-data': { type: 'boolean' },
    labels: { type: 'string' },
    scale: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one FEED at a time; got ${positionals.length}.` : 'FEED is missing.');
    if (!text(values.dataset) && !text(values.task)) throw new UsageError('--dataset (or --task) names the leaderboard to draw.');
    const options = {
      theme: oneOf<ChartTheme>('theme', values.theme, ['light', 'dark'], 'light'),
      labels: oneOf<LabelMode>('labels', values.labels, ['record', 'all', 'none'], 'record'),
      scale: oneOf<ValueScale>('scale', values.scale, ['linear', 'log'], 'linear'),
      // The element's narrowest drawing width and least height.
      width: pixels('width', values.width, 640, 240),
      height: pixels('height', values.height, 320, 160),
    };
    const feed = await readFeed(positionals[0], io);
    const { svg } = chartSvg(feed, {
      task: text(values.task), dataset: text(values.dataset), metric: text(values.metric),
      highlight: (text(values.highlight) ?? '').split(',').map((name) => name.trim()).filter(Boolean),
      hideExtraData: values['hide-extra-data'] === true,
    }, options);
    const output = text(values.output);
    if (!output || output === '-') io.stdout.write(svg);
    else {
      const path = resolve(io.cwd, output);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, svg);
    }
    return EXIT_OK;
  },
};
