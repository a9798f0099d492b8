// The first Intl number format a page builds pays for the engine's locale tables: 12-14 ms in Chromium 156 on our
// 2-core machines (the first date format after it 2 ms more), more than a chart's whole render, and every element
// formats numbers and dates. While an element waits for its feed the main thread is idle, so one of each is built
// then, when the browser says it is idle, and the render that follows the response no longer pays for them. Once
// per page; nothing else is done early, so a feed that fails has cost idle time and nothing more.
let warmed = false;

export function warmFormatsWhileLoading(): void {
  if (warmed) return;
  warmed = true;
  // Safari has no requestIdleCallback: a timer, after whatever task connected the element.
  const whenIdle: (task: () => void) => unknown = globalThis.requestIdleCallback ?? setTimeout;
  whenIdle(() => {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  });
}
