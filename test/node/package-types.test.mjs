// The published types work for a TypeScript + React user: a consumer project outside this repository, with
// sota-widgets linked into its node_modules, imports every public entry through package.json "exports" (types
// first) and type-checks with tsc. Needs `npm run build` first (the .d.ts files are in dist/types).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const consumer = `
import type {} from 'sota-widgets/jsx';
import { SotaTable, parseFeed } from 'sota-widgets';
import { MetricTrend } from 'sota-widgets/metric-trend';
import { PaperCard } from 'sota-widgets/paper-card';
import { SotaTable as TableFromItsEntry } from 'sota-widgets/sota-table';
import { SotaTable as TableClass } from 'sota-widgets/sota-table/class';
import { MetricTrend as TrendClass } from 'sota-widgets/metric-trend/class';
import { PaperCard as CardClass } from 'sota-widgets/paper-card/class';
import { rankResults, stateOfTheArt, type Feed } from 'sota-widgets/feed';
import { badgeSvg, badgeWording, boardStanding, type BadgeStyle } from 'sota-widgets/static';

// HTMLElementTagNameMap: createElement knows each tag's class.
const table: SotaTable = document.createElement('sota-table');
const trend: MetricTrend = document.createElement('metric-trend');
const card: PaperCard = document.createElement('paper-card');
table.datasetName = 'SQuAD1.1';
trend.hideExtraData = true;
card.variant = 'compact';
TableFromItsEntry.define('lab-table', customElements);
TableClass.define('lab-table-2');
TrendClass.define('lab-trend');
CardClass.define('lab-card');

const feed: Feed = parseFeed({ version: 1, leaderboards: [] });
const style: BadgeStyle = 'flat-square';
export const badge: string = badgeSvg(badgeWording(boardStanding(feed, { dataset: 'GAD', model: 'KeBioLM' })), { theme: 'dark', style });
export const ranked = feed.leaderboards.map((board) => [rankResults(board), stateOfTheArt(board, 'F1')]);

export const view = <sota-table feed={feed} limit={5} onsota-sort={(event) => event.detail.order} />;
// @ts-expect-error limit is a number
export const wrong = <sota-table limit="5" />;
`;

test('a TypeScript + React 19 project type-checks against every public entry of the built package', (t) => {
  assert.ok(existsSync(join(root, 'dist/types/index.d.ts')), 'dist/types is missing: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'sota-consumer-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules/sota-widgets'), 'dir');
  symlinkSync(join(root, 'node_modules/react'), join(dir, 'node_modules/react'), 'dir');
  symlinkSync(join(root, 'node_modules/@types/react'), join(dir, 'node_modules/@types/react'), 'dir');
  writeFileSync(join(dir, 'consumer.tsx'), consumer);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx', strict: true, noEmit: true, types: [], skipLibCheck: true,
    },
    files: ['consumer.tsx'],
  }));
  let output = '';
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  assert.equal(output, '');
});
