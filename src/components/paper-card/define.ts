import { PaperCard } from './paper-card.js';

PaperCard.define();

export { PaperCard };

declare global {
  interface HTMLElementTagNameMap {
    'paper-card': PaperCard;
  }
}
