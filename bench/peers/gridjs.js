// Grid.js with 50-row pages (its fast configuration), as ../shared/peer-bench drives it.
import { Grid } from 'gridjs';
import { COLS, tableBench } from './common.js';

tableBench({
  mount: (el, rows) => new Grid({ columns: COLS, data: rows.map((r) => COLS.map((c) => r[c])), sort: true, pagination: { limit: 50 } }).render(el),
  firstScore: (el) => el.querySelector('.gridjs-tbody tr td:nth-child(3)')?.textContent ?? null,
  clickSort: (el) => {
    const th = el.querySelectorAll('th.gridjs-th')[2];
    (th.querySelector('button.gridjs-sort') ?? th).click();
  },
});
