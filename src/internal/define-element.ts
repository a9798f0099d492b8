// Registration shared by every element's static define(). Defining twice is never an error: a page may load the
// library from a CDN and from npm, and a tag already taken keeps its first definition. One class can back only one
// tag, so a second tag name (an escape hatch for collisions) gets a subclass.

export function defineElement(
  element: CustomElementConstructor,
  tag: string,
  registry: CustomElementRegistry = customElements,
): void {
  if (registry.get(tag)) return;
  const taken = registry.getName?.(element) ?? null;
  registry.define(tag, taken ? class extends element {} : element);
}
