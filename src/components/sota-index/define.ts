import { SotaIndex } from './sota-index.js';

SotaIndex.define();

export { SotaIndex };

declare global {
  interface HTMLElementTagNameMap {
    'sota-index': SotaIndex;
  }
}
