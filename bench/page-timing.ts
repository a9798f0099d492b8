// The two waits every bench page ends its timer on, as ../shared/peer-bench does: until what is measured shows, then
// two animation frames (the frame that paints it has been produced).

/** Two animation frames. */
export const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

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
