// The page bench/frame-phase.mjs drives: no element, only time. Spins for `prepMs` (a page making its data), then
// for `workMs` inside the timed run, and ends the timer as every bench page does (laid out, then two frames). With
// `phase` the timer starts at that point of a frame (startAtFramePhase); without it, straight after the data is made,
// as every bench page did before 2026-12-06.
import { nextPaint, startAtFramePhase } from './page-timing.js';

declare global {
  interface Window {
    runSpin: (workMs: number, options?: { prepMs?: number; phase?: number }) => Promise<{ mountMs: number; mountLayoutMs: number }>;
  }
}

const spin = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) { /* the time itself is what is measured */ }
};

window.runSpin = async (workMs, { prepMs = 0, phase } = {}) => {
  spin(prepMs);
  const holder = document.createElement('div');
  document.getElementById('root')!.replaceChildren(holder);
  if (phase !== undefined) await startAtFramePhase(phase);
  const t0 = performance.now();
  await Promise.resolve(); // the work starts in a microtask, as an element's first update does
  spin(workMs);
  holder.textContent = 'done';
  void document.body.offsetHeight;
  const mountLayoutMs = performance.now() - t0;
  await nextPaint();
  return { mountMs: performance.now() - t0, mountLayoutMs };
};
