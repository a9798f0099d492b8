// Elements the script-tag file does not carry are defined the first time a page has one, as Shoelace's autoloader
// does: their code is a chunk beside the file, fetched only by pages that use them. Tags added later (by a
// framework, or innerHTML) are seen by a MutationObserver, which stops once every such element is defined.

/** Tag → its definition, each a chunk of its own. */
const ON_DEMAND: Record<string, () => Promise<unknown>> = {
  'sota-index': () => import('../components/sota-index/define.js'),
};

const pending = new Set(Object.keys(ON_DEMAND));

function discover(root: Element): void {
  for (const tag of pending) {
    if (root.localName !== tag && !root.querySelector(tag)) continue;
    pending.delete(tag);
    ON_DEMAND[tag]().catch((error: unknown) => {
      pending.add(tag); // the next such element tries again
      console.error(`sota-widgets could not load <${tag}> from beside the script-tag file: ${String(error)}`);
    });
  }
  if (pending.size === 0) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
});

/** Defines every on-demand element the document has, and those added to it later. */
export function startAutoload(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document.documentElement);
}
