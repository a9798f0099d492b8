// The gallery's loading state needs a feed that arrives slowly, which a static dev server cannot do. This wraps
// window.fetch on the gallery page only: a URL carrying `simulate-delay=<ms>` waits that long (or until the
// request is aborted), then fetches the same URL without the demo-only parameters. Every other request is untouched.

const DELAY_PARAM = 'simulate-delay';
const DEMO_PARAMS = [DELAY_PARAM, 'attempt'];

export function installSimulatedDelay(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const delay = Number(url.searchParams.get(DELAY_PARAM));
    if (!url.searchParams.has(DELAY_PARAM) || !Number.isFinite(delay)) return realFetch(input, init);
    await wait(delay, init?.signal ?? (input instanceof Request ? input.signal : undefined));
    for (const name of DEMO_PARAMS) url.searchParams.delete(name);
    return realFetch(url, init);
  };
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
