// Why every bench page starts its timer at a set point of a frame (bench/README.md, "Where in a frame a run
// starts"), measured: a page that only spins, timed as the element benches are (laid out, then two animation
// frames). First the time spent making data before the timer, with the timer started straight after it (the old
// way) and at a swept phase of the frame (the way every bench page starts now); then how the painted figure follows
// the work itself under the sweep. Prints two Markdown tables of medians over fresh pages (the third call in each).
// Run: node bench/frame-phase.mjs [--reps N] (default 10; about 2 minutes). Needs Chromium, as the other benches.
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildBenchPage, callInFreshPages, framePhase } from './lib/page-runs.mjs';
import { median } from './lib/stats.mjs';

const PREP_MS = [0, 5, 10, 15];
const WORK_MS = [1, 6, 12, 15, 16.5, 18.5, 24, 30];

/** The third call's figures over `reps` fresh pages; with `sweep`, rep r starts at phase (r + 0.5) / reps. */
async function measure(browser, url, workMs, { prepMs = 0, sweep = false, reps }) {
  const runs = [];
  for (let rep = 0; rep < reps; rep++) {
    const options = sweep ? { prepMs, phase: framePhase(rep, reps) } : { prepMs };
    const [calls] = await callInFreshPages(browser, { url, fnName: 'runSpin', args: [workMs, options], reps: 1 });
    runs.push(calls[2]);
  }
  return { painted: median(runs.map((r) => r.mountMs)), layout: median(runs.map((r) => r.mountLayoutMs)) };
}

export async function run({ reps = 10 } = {}) {
  const url = await buildBenchPage('spin-page.ts', { name: 'spin-page' });
  const browser = await launchBrowser();
  const ms = (x) => `${x.toFixed(1)} ms`;
  try {
    console.log(`4 ms of work after making data for a while (medians of ${reps} fresh pages):\n`);
    console.log('| data made before the timer | painted, timer started right after it | painted, timer started at a swept phase |');
    console.log('| ---: | ---: | ---: |');
    for (const prepMs of PREP_MS) {
      const straight = await measure(browser, url, 4, { prepMs, reps });
      const swept = await measure(browser, url, 4, { prepMs, sweep: true, reps });
      console.log(`| ${prepMs} ms | ${ms(straight.painted)} | ${ms(swept.painted)} |`);
    }
    console.log(`\nThe painted figure against the work, timer started at a swept phase (medians of ${reps} fresh pages):\n`);
    console.log('| work | to layout | painted |');
    console.log('| ---: | ---: | ---: |');
    for (const workMs of WORK_MS) {
      const swept = await measure(browser, url, workMs, { sweep: true, reps });
      console.log(`| ${workMs} ms | ${ms(swept.layout)} | ${ms(swept.painted)} |`);
    }
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta.url)) await run({ reps: repsOption(10) });
