// @vaadin/grid as ../shared/peer-bench drives it: sort columns, height 600 px (it renders the rows in view).
import '@vaadin/grid';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import { COLS, tableBench } from './common.js';

// The first body row is the rendered <tr> whose index is 0; its third cell's slotted content holds the score.
function firstScore(el) {
  const rows = el.firstElementChild?.shadowRoot?.querySelectorAll('#items tr');
  const tr = rows && [...rows].find((row) => row.index === 0 && !row.hidden);
  const text = tr?.querySelectorAll('td')[2]?._content?.textContent;
  return text ? text.trim() : null;
}

tableBench({
  mount(el, rows) {
    const grid = document.createElement('vaadin-grid');
    grid.style.height = '600px';
    for (const path of COLS) {
      const column = document.createElement('vaadin-grid-sort-column');
      column.path = path;
      grid.appendChild(column);
    }
    grid.items = rows;
    el.appendChild(grid);
    return grid;
  },
  firstScore,
  clickSort: (el) => el.querySelectorAll('vaadin-grid-sorter')[2].click(),
});
