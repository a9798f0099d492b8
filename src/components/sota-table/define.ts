import { SotaTable } from './sota-table.js';

SotaTable.define();

export { SotaTable };

declare global {
  interface HTMLElementTagNameMap {
    'sota-table': SotaTable;
  }
}
