#!/usr/bin/env node
// Makes the docs page's live board move: rewrites demo/feeds/live.json every few seconds with one more result,
// replayed in date order from the SQuAD2.0 board of demo/feeds/squad.json (real leaderboard submissions).
// Bounded on purpose: it stops after --minutes (default 5), so a forgotten terminal does not write forever.
//
//   node scripts/update-live-feed.mjs [--interval 4] [--minutes 5] [--reset]
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const FEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'feeds');
const LIVE = join(FEEDS, 'live.json');
const DATASET = 'SQuAD2.0';
const START_WITH = 5;

const { values: args } = parseArgs({
  options: {
    interval: { type: 'string', default: '4' },
    minutes: { type: 'string', default: '5' },
    reset: { type: 'boolean', default: false },
  },
});
const intervalSeconds = Number(args.interval);
const minutes = Number(args.minutes);
if (!(intervalSeconds >= 1) || !(minutes > 0) || minutes > 60) {
  console.error('--interval must be at least 1 (seconds) and --minutes between 0 and 60.');
  process.exit(2);
}

const squad = JSON.parse(readFileSync(join(FEEDS, 'squad.json'), 'utf8'));
const board = squad.leaderboards.find((leaderboard) => leaderboard.dataset === DATASET);
if (!board) throw new Error(`demo/feeds/squad.json has no ${DATASET} leaderboard to replay`);
const replay = [...board.results].sort((a, b) => String(a.date).localeCompare(String(b.date)));

/** The live feed holding the first `count` results of the replay. */
function liveFeed(count, updated) {
  return {
    version: 1,
    source: squad.source,
    updated,
    leaderboards: [
      {
        task: board.task,
        dataset: DATASET,
        description:
          'SQuAD2.0 leaderboard submissions replayed one at a time by scripts/update-live-feed.mjs, to show a board that refreshes.',
        source: board.source,
        metrics: board.metrics,
        results: replay.slice(0, count),
      },
    ],
    papers: [],
  };
}

/** Write next to the target and rename, so the dev server never serves a half-written file. */
function write(feed) {
  const temporary = `${LIVE}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(feed, null, 1)}\n`);
  renameSync(temporary, LIVE);
}

const startingFeed = () => liveFeed(START_WITH, replay[START_WITH - 1]?.date ?? null);

if (args.reset) {
  write(startingFeed());
  console.log(`Reset ${LIVE} to its first ${START_WITH} results.`);
  process.exit(0);
}

let count = START_WITH;
const stopAt = Date.now() + minutes * 60_000;
write(startingFeed());
console.log(`Writing ${LIVE} every ${intervalSeconds} s for ${minutes} min (Ctrl+C stops sooner).`);

const timer = setInterval(() => {
  if (Date.now() >= stopAt) {
    clearInterval(timer);
    console.log('Time is up; the feed keeps its last state. Run with --reset to restore the starting feed.');
    return;
  }
  // After the last result, start the replay over so the board keeps changing until time is up.
  count = count >= replay.length ? START_WITH : count + 1;
  const newest = replay[count - 1];
  write(liveFeed(count, new Date().toISOString().slice(0, 10)));
  console.log(`${new Date().toLocaleTimeString()}  ${count} results; newest: ${newest.model} (${newest.date})`);
}, intervalSeconds * 1000);
