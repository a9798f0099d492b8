// Typed handles on the framework builds served by framework-bundles.mjs (plain URLs, so the test server does not
// try to resolve them; the types come from the installed packages).
type ReactModule = {
  React: typeof import('react');
  createRoot: typeof import('react-dom/client').createRoot;
  flushSync: typeof import('react-dom').flushSync;
};
type VueModule = typeof import('vue');

const REACT_URL = '/__interop/react.js';
const VUE_URL = '/__interop/vue.js';

export const loadReact = (): Promise<ReactModule> => import(/* @vite-ignore */ REACT_URL) as Promise<ReactModule>;
export const loadVue = (): Promise<VueModule> => import(/* @vite-ignore */ VUE_URL) as Promise<VueModule>;
