// Polls until a condition holds, for what has no single event to await (rendering after a fetch, a framework's
// commit). Timers, not animation frames: a test page in a background tab gets no frames.
export async function until(predicate: () => boolean, what = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
