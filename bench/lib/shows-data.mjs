// What "the page shows data" means to the cold-load benches, run inside the page (page.waitForFunction): every
// element matching a selector has rendered what a reader came for (a paper title, a score cell, a plotted point).

/** In the page: true once every element matching `selector` shows data. */
export function everyElementShowsData(selector) {
  const shows = {
    'PAPER-CARD': (r) => (r.querySelector('[part~="title"]')?.textContent ?? '').trim() !== '',
    'SOTA-TABLE': (r) => r.querySelector('tbody tr td.num') !== null,
    'METRIC-TREND': (r) => r.querySelector('svg .point') !== null,
  };
  const elements = [...document.querySelectorAll(selector)];
  return elements.length > 0 && elements.every((el) => el.shadowRoot && shows[el.tagName](el.shadowRoot));
}

/** In the page: what each element shows, for the message when the wait timed out. */
export function describeElements(selector) {
  return [...document.querySelectorAll(selector)]
    .map((el) => `${el.localName}: ${(el.shadowRoot?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').trim().slice(0, 120)}`)
    .join('\n');
}
