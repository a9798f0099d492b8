// `sota-widgets badge`: a README badge for where a model or paper stands on a leaderboard, in the table's words.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';
import { readFeed } from '../read-feed.js';
import { slugify } from '../../feed/internal/paper-ids.js';
import { allStandings, boardStanding, type StandingQuery } from '../../static/board-standing.js';
import { badgeWording, type BadgeWording } from '../../static/badge-wording.js';
import { BADGE_STYLES, badgeEndpoint, badgeSvg, type BadgeStyle, type BadgeTheme } from '../../static/badge-svg.js';
import { badgeMarkdown, type BadgeFiles } from '../../static/badge-markdown.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${String(value)}".`);
  return value as T;
}

/** The file names of one board's badges: "ncbi-disease.svg" and "ncbi-disease-dark.svg" (task added if two boards share a dataset). */
function fileStem(wording: BadgeWording, task: string, taken: Set<string>): string {
  let stem = slugify(wording.label) || 'badge';
  if (taken.has(stem)) stem = slugify(`${wording.label} ${task}`) || stem;
  for (let n = 2; taken.has(stem); n++) stem = `${slugify(wording.label)}-${n}`;
  taken.add(stem);
  return stem;
}

export const badge: Command = {
  name: 'badge',
  summary: 'Write a README badge (SVG, or a shields endpoint JSON) for a model or paper\'s rank on a leaderboard.',
  usage: 'badge FEED --dataset NAME [--task NAME] [--model NAME | --paper ID] [--metric NAME] [--format svg|json] [--style STYLE] [--theme light|dark] [--all] [-o PATH]',
  help: [
    'FEED is a feed file in any format the elements read (a path, - for stdin, an http(s) URL; .gz is unpacked).',
    'The badge says what <sota-table> shows for the same attributes: "NCBI-disease | #6 of 18 · F1 89.1",',
    '"SQuAD1.1 | SOTA · F1 95.4" at rank 1; without --model or --paper, the board\'s leader.',
    '',
    'Options:',
    '  --dataset NAME   The leaderboard\'s dataset (or board id); matched as the elements match it.',
    '  --task NAME      Its task, when a dataset has boards for several tasks.',
    '  --model NAME     The model to place (its name, or its paper\'s title or arXiv id).',
    '  --paper ID       The paper to place: id, arXiv id, URL or title; its best result on the board counts.',
    '  --metric NAME    The metric that ranks (default: the board\'s first score metric, as in the table).',
    '  --format F       svg (default) or json (a shields.io endpoint file, for img.shields.io/endpoint?url=…).',
    `  --style S        badge-maker's style: ${BADGE_STYLES.join(', ')} (default flat).`,
    '  --theme T        light (default) or dark colours.',
    '  --all            One badge per board the model or paper is on, light and dark, into the folder -o names',
    '                   (default: badges), and badges.md there: a Markdown snippet with <picture> for GitHub\'s dark mode.',
    '  -o, --output P   Write to this file (or folder, with --all) instead of stdout.',
    '',
    'Examples:',
    '  sota-widgets badge feed.json --dataset NCBI-disease --paper 2104.10344 -o ncbi.svg',
    '  sota-widgets badge feed.json --paper kebiolm --all -o docs/badges',
  ].join('\n'),
  options: {
    dataset: { type: 'string' },
    task: { type: 'string' },
    model: { type: 'string' },
    paper: { type: 'string' },
    metric: { type: 'string' },
    format: { type: 'string' },
    style: { type: 'string' },
    theme: { type: 'string' },
    all: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one FEED at a time; got ${positionals.length}.` : 'FEED is missing.');
    const query: StandingQuery = {
      task: text(values.task), dataset: text(values.dataset), metric: text(values.metric),
      model: text(values.model), paper: text(values.paper),
    };
    if (query.model && query.paper) throw new UsageError('give --model or --paper, not both.');
    if (!values.all && !query.dataset && !query.task) throw new UsageError('--dataset (or --task) names the leaderboard; --all places a model or paper on every board.');
    if (values.all && !query.model && !query.paper) throw new UsageError('--all needs --model or --paper.');
    const format = oneOf('format', values.format, ['svg', 'json'] as const, 'svg');
    const style = oneOf<BadgeStyle>('style', values.style, BADGE_STYLES, 'flat');
    const theme = oneOf<BadgeTheme>('theme', values.theme, ['light', 'dark'] as const, 'light');
    const draw = format === 'svg' ? badgeSvg : badgeEndpoint;
    const feed = await readFeed(positionals[0], io);
    const output = text(values.output);

    if (!values.all) {
      const made = draw(badgeWording(boardStanding(feed, query)), { theme, style });
      if (!output || output === '-') io.stdout.write(made);
      else {
        const path = resolve(io.cwd, output);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, made);
      }
      return EXIT_OK;
    }

    const folder = resolve(io.cwd, output ?? 'badges');
    await mkdir(folder, { recursive: true });
    const taken = new Set<string>();
    const files: BadgeFiles[] = [];
    for (const standing of allStandings(feed, { ...query, task: undefined, dataset: undefined })) {
      const wording = badgeWording(standing);
      const stem = fileStem(wording, standing.board.task, taken);
      const light = `${stem}.${format}`;
      const dark = `${stem}-dark.${format}`;
      await writeFile(join(folder, light), draw(wording, { theme: 'light', style }));
      await writeFile(join(folder, dark), draw(wording, { theme: 'dark', style }));
      files.push({ wording, light, dark });
      io.stderr.write(`${join(relative(io.cwd, folder) || '.', light)}: ${wording.label} | ${wording.message}\n`);
    }
    // The snippet links the SVGs; endpoint files need the URL they will be served at, which only the user knows.
    if (format === 'svg') await writeFile(join(folder, 'badges.md'), badgeMarkdown(files));
    return EXIT_OK;
  },
};
