// Tabulator with its sort module only, virtual rows in a 600 px box, as ../shared/peer-bench drives it.
import { Tabulator, SortModule } from 'tabulator-tables';
import { COLS, tableBench } from './common.js';

Tabulator.registerModule([SortModule]);
const numeric = new Set(['id', 'score', 'params']);

tableBench({
  mount: (el, rows) => new Tabulator(el, {
    data: rows, height: 600, columns: COLS.map((c) => ({ title: c, field: c, sorter: numeric.has(c) ? 'number' : 'string' })),
  }),
  firstScore: (el) => el.querySelector('.tabulator-tableholder .tabulator-row .tabulator-cell[tabulator-field="score"]')?.textContent ?? null,
  clickSort: (el) => el.querySelector('.tabulator-col[tabulator-field="score"]').click(),
});
