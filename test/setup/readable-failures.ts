// Web Test Runner sends every test result to Node through structuredClone, which throws on a DOM node or a
// function. A failing `expect(element).to.equal(null)` then never reports: the run hangs until testsFinishTimeout
// and prints only "Error while running tests" (modernweb-dev/web#2967). Here, what cannot be cloned is sent as a
// description instead, so the failure reads like any other. Loaded before the test framework (web-test-runner.config.mjs).
const clone = globalThis.structuredClone;

function describeValue(value: unknown): string {
  if (value instanceof Element) {
    const attributes = [...value.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    return `<${value.localName}${attributes}>`;
  }
  if (value instanceof Node) return value.nodeName;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  return Object.prototype.toString.call(value);
}

/** A copy of `value` that structuredClone takes: every node, function and other host object replaced by a description. */
function cloneable(value: unknown, copies: WeakMap<object, unknown>): unknown {
  if (typeof value === 'function' || value instanceof Node) return describeValue(value);
  if (typeof value !== 'object' || value === null) return value;
  if (copies.has(value)) return copies.get(value);
  const prototype = Object.getPrototypeOf(value);
  const plain = Array.isArray(value) || prototype === Object.prototype || prototype === null || value instanceof Error;
  if (!plain) {
    try {
      return clone(value);
    } catch {
      return describeValue(value);
    }
  }
  const copy: Record<string, unknown> = Array.isArray(value) ? [] as unknown as Record<string, unknown> : {};
  copies.set(value, copy);
  if (value instanceof Error) Object.assign(copy, { name: value.name, message: value.message, stack: value.stack });
  for (const [key, item] of Object.entries(value)) copy[key] = cloneable(item, copies);
  return copy;
}

globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
  try {
    return clone(value, options);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
    return clone(cloneable(value, new WeakMap()), options);
  }
}) as typeof structuredClone;

export {}; // a module, so its names stay its own
