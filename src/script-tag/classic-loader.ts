// dist/sota-widgets.iife.js, for hosts that allow only classic scripts (some CMSs and blog platforms strip
// type="module"): it loads the module file beside it, so both script-tag files run the very same code and share its
// on-demand chunks, and sets window.SotaWidgets (the feed layer and the element classes) once that has loaded.
declare global {
  var SotaWidgets: typeof import('./script-tag.js') | undefined;
}

// Read now: document.currentScript is only set while a classic script first runs.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

import(new URL('sota-widgets.js', here).href).then(
  (library: typeof import('./script-tag.js')) => {
    globalThis.SotaWidgets = library;
  },
  (error: unknown) => console.error(`sota-widgets.iife.js could not load sota-widgets.js from beside it: ${String(error)}`),
);

export {};
