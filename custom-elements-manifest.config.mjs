// The custom-elements manifest (custom-elements.json) describes each element's attributes, properties, events,
// parts, custom properties and slots for editors, Storybook and the README's API tables (scripts/readme-api.mjs).
// It is read from the class doc comments (@customElement, @fires, @csspart, @cssproperty, @slot) and Lit's
// decorators. `npm run manifest` writes it; `npm test` fails when it or the README tables are out of date.
import { readdirSync } from 'node:fs';

// Each element lives in src/components/<tag>/<tag>.ts and is registered by define.ts beside it. Helper modules
// are left out: they are not public API, and a manifest that changed with every internal edit would always be stale.
const tags = readdirSync(new URL('./src/components/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Keeps the manifest to public API: private fields and methods (`private`, `#name`) change too often to list. */
function dropPrivateMembers() {
  return {
    name: 'sota-drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
      }
    },
  };
}

/**
 * Registration happens in `<Class>.define()` (a collision escape hatch), which the analyzer cannot follow: say here
 * that each define.ts defines its folder's element, so tools know which module to import for a tag.
 */
function defineModulesRegisterTheirElement() {
  return {
    name: 'sota-define-modules',
    packageLinkPhase({ customElementsManifest }) {
      for (const tag of tags) {
        const classModule = customElementsManifest.modules.find((m) => m.path === `src/components/${tag}/${tag}.ts`);
        const defineModule = customElementsManifest.modules.find((m) => m.path === `src/components/${tag}/define.ts`);
        const element = classModule?.declarations?.find((d) => d.tagName === tag);
        if (!element || !defineModule) continue;
        defineModule.exports = [
          ...(defineModule.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
          { kind: 'custom-element-definition', name: tag, declaration: { name: element.name, module: classModule.path } },
        ];
      }
    },
  };
}

export default {
  globs: ['src/internal/sota-element.ts', ...tags.flatMap((tag) => [`src/components/${tag}/${tag}.ts`,
    `src/components/${tag}/define.ts`])],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [dropPrivateMembers(), defineModulesRegisterTheirElement()],
};
