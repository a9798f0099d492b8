// Where every bench page starts its timer (a set point of a frame) and the two waits it ends it on, as
// ../shared/peer-bench does: until what is measured shows, then two animation frames (the frame that paints it has
// been produced).

/** Two animation frames. */
export const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until `phase` (0 to 1) of a frame interval has passed since a frame began: where a timed run starts.
 * "Two frames after the result is laid out" moves in whole frames, so a run's painted time depends on where in a
 * frame it starts. Started straight after the page made its data, that point was set by how long the data took to
 * make (a page making a heavier fixture started later in its frame and was painted sooner: 4 ms of work was painted
 * after 29 ms with nothing made before, after 18 ms with 10 ms of data made first). Every page starts at the phase
 * the harness gives instead, our element and each peer at the same one in a rep, and the reps sweep the whole frame.
 */
export async function startAtFramePhase(phase: number): Promise<void> {
  const first = await frame();
  const start = await frame();
  const interval = start - first; // 16.7 ms at 60 Hz; measured, not assumed
  await new Promise((resolve) => setTimeout(resolve)); // out of the frame's own work (its style, layout and paint)
  // The sweep begins a little past the frame's start, since the frame's own work is done only then; it spans one interval.
  const until = start + interval * (0.15 + Math.min(Math.max(phase, 0), 1));
  while (performance.now() < until) { /* the timer must start at this point of the frame, not at the next task */ }
}

declare global { interface Window { benchGo?: () => void } }

/**
 * For a CPU-time run (bench/cpu-time.mjs): resolves when the harness calls `window.benchGo()`, right after it has
 * read the page's main-thread CPU time, so that reading and the next one hold the run and nothing made before it.
 */
export function startWhenTold(): Promise<void> {
  return new Promise((resolve) => {
    window.benchGo = () => {
      window.benchGo = undefined;
      resolve();
    };
  });
}

// Resolves once pred() holds: checked on every mutation inside the element's shadow root and on every frame.
// Rejects after 20 s so a broken page fails the bench instead of hanging it.
export function waitFor(el: Element, pred: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (pred()) return resolve();
    let done = false;
    const finish = () => { done = true; observer.disconnect(); clearTimeout(timer); resolve(); };
    const observer = new MutationObserver(() => { if (!done && pred()) finish(); });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => { done = true; observer.disconnect(); reject(new Error(`timed out waiting for ${what}`)); }, 20_000);
    const tick = () => { if (done) return; if (pred()) finish(); else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
}
