// JSX types for React 19, opt-in: `import type {} from 'sota-widgets/jsx';` once in a React project. Kept out of the
// main entry so users without @types/react never need it.
//
// React 19 sets a prop as a property when the element has one (so `feed={data}` passes an object and
// `datasetName="SQuAD1.1"` sets the dataset), else as an attribute; a prop `onsota-sort` listens for `sota-sort`.
// `dataset="SQuAD1.1"` works too: the elements turn a string assigned to HTMLElement's `dataset` into the attribute.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { SotaEventMap } from './events/events.js';
import type { SotaTable } from './components/sota-table/sota-table.js';
import type { MetricTrend } from './components/metric-trend/metric-trend.js';
import type { PaperCard } from './components/paper-card/paper-card.js';
import type { SotaIndex } from './components/sota-index/sota-index.js';

type IfEquals<X, Y, Then, Else> = (<T>() => T extends X ? 1 : 2) extends (<T>() => T extends Y ? 1 : 2) ? Then : Else;

/** Keys a prop can set: writable (not getter-only) and not methods. */
type SettableKeys<E> = {
  [K in keyof E]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>;
}[keyof E];

/**
 * The element's own public properties (those of LitElement and HTMLElement excluded), each optional. Derived from the
 * class so a new property is typed without anyone remembering this file.
 */
export type ElementProperties<E extends LitElement> = Partial<Pick<E, Exclude<SettableKeys<E>, keyof LitElement>>>;

/** `on<event>` props for the element's events, typed with their detail. */
export type ElementEvents<Name extends keyof SotaEventMap> = {
  [K in Name as `on${K}`]?: (event: SotaEventMap[K]) => void;
};

/** Everything JSX accepts on one of our elements: React's HTML props, the element's properties and events. */
export type ElementProps<E extends LitElement, Events extends keyof SotaEventMap> =
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof ElementProperties<E>> & ElementProperties<E> & ElementEvents<Events>
  & { /** The `dataset` attribute, as `datasetName`. */ dataset?: string };

export interface SotaIntrinsicElements {
  'sota-table': ElementProps<SotaTable, 'sota-load' | 'sota-error' | 'sota-sort'>;
  'metric-trend': ElementProps<MetricTrend, 'sota-load' | 'sota-error' | 'sota-select'>;
  'paper-card': ElementProps<PaperCard, 'sota-load' | 'sota-error' | 'sota-select'>;
  'sota-index': ElementProps<SotaIndex, 'sota-load' | 'sota-error' | 'sota-sort'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges our tags into React's
    interface IntrinsicElements extends SotaIntrinsicElements {}
  }
}
