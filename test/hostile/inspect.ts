// What the hostile tests look at: everything an element put on screen (through every shadow root), and anything
// that escaped into the host page (uncaught errors, unhandled rejections, console errors, CSP reports, a payload
// that ran and set window.__pwned).

declare global {
  interface Window { __pwned?: unknown }
}

/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping'];
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'form', 'img', 'image', 'foreignobject', 'use']);

/** Every way `host`'s rendering could run or load something: returns one line per problem found. */
export function dangerousMarkup(host: Element): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag.toLowerCase())) problems.push(`a <${tag}> element`);
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}="${attribute.value.slice(0, 60)}">`);
      if (name === 'srcdoc' || name === 'style' && /url\(|expression/i.test(attribute.value)) problems.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && !isSafeUrl(attribute.value, el)) problems.push(`<${tag} ${name}="${attribute.value.slice(0, 60)}">`);
    }
  }
  return problems;
}

/** What the browser itself would resolve the URL to (tabs, newlines and leading controls stripped) is http(s). */
function isSafeUrl(value: string, el: Element): boolean {
  // An <a download> made by the CSV export uses a blob: URL the element created itself, never feed text.
  if (el.localName === 'a' && el.hasAttribute('download') && value.startsWith('blob:')) return true;
  try {
    return ['http:', 'https:'].includes(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

const GEOMETRY = ['d', 'cx', 'cy', 'r', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'transform', 'viewBox', 'points'];

/** SVG attributes that hold NaN or Infinity: a chart drawn from numbers it could not read. */
export function brokenGeometry(host: Element): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (!(el instanceof SVGElement)) continue;
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value !== null && /NaN|Infinity|undefined/.test(value)) problems.push(`<${el.localName} ${name}="${value.slice(0, 60)}">`);
    }
  }
  return problems;
}

export function visibleText(host: Element): string {
  return (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Records what escaped into the page between start() and stop(). */
export class PageGuard {
  readonly escaped: string[] = [];
  #consoleError: typeof console.error | undefined;
  readonly #prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();

  #onError = (event: ErrorEvent | Event) => {
    const message = event instanceof ErrorEvent ? event.message : `${(event.target as Element | null)?.localName ?? 'resource'} failed to load`;
    this.escaped.push(`error: ${message}`);
  };

  #onRejection = (event: PromiseRejectionEvent) => this.escaped.push(`unhandled rejection: ${String(event.reason)}`);
  #onViolation = (event: SecurityPolicyViolationEvent) => this.escaped.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);

  start(): void {
    this.escaped.length = 0;
    delete window.__pwned;
    window.addEventListener('error', this.#onError, true);
    window.addEventListener('unhandledrejection', this.#onRejection);
    document.addEventListener('securitypolicyviolation', this.#onViolation);
    this.#consoleError = console.error;
    console.error = (...args: unknown[]) => {
      this.escaped.push(`console.error: ${args.map(String).join(' ').slice(0, 200)}`);
    };
  }

  /** Stops listening and returns everything that escaped, a payload that ran, and any prototype pollution. */
  async stop(): Promise<string[]> {
    await new Promise((resolve) => setTimeout(resolve, 10)); // rejections are reported in a later task
    window.removeEventListener('error', this.#onError, true);
    window.removeEventListener('unhandledrejection', this.#onRejection);
    document.removeEventListener('securitypolicyviolation', this.#onViolation);
    if (this.#consoleError) console.error = this.#consoleError;
    if (window.__pwned !== undefined) this.escaped.push(`a payload ran: window.__pwned = ${String(window.__pwned)}`);
    if (Object.getOwnPropertyNames(Object.prototype).join() !== this.#prototypeKeys || ({} as Record<string, unknown>).polluted !== undefined) {
      this.escaped.push('Object.prototype was changed');
    }
    return [...this.escaped];
  }
}
