// The custom-elements manifest (custom-elements.json) describes each element's attributes, properties, events,
// parts, custom properties and slots for editors, Storybook and the README's API tables (scripts/readme-api.mjs).
// It is read from the class doc comments (@customElement, @fires, @csspart, @cssproperty, @slot) and Lit's
// static `properties` declarations. `npm run manifest` writes it; `npm test` fails when it or the README tables are out of date.
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';

// Each element lives in src/components/<tag>/<tag>.ts and is registered by define.ts beside it. Helper modules
// are left out: they are not public API, and a manifest that changed with every internal edit would always be stale.
const tags = readdirSync(new URL('./src/components/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * `type Theme = 'auto' | 'light' | 'dark'` declared anywhere in src/: a property typed `Theme` tells a reader of the
 * README nothing, so such types are written out as their values.
 */
function literalUnionAliases() {
  const aliases = new Map();
  const files = readdirSync(new URL('./src/', import.meta.url), { recursive: true }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)
        && statement.type.types.every((t) => ts.isLiteralTypeNode(t))) {
        aliases.set(statement.name.text, statement.type.getText());
      }
    }
  }
  return aliases;
}

function expandLiteralUnionTypes() {
  const aliases = literalUnionAliases();
  const expand = (type) => {
    if (type?.text) type.text = type.text.split(' | ').map((part) => aliases.get(part) ?? part).join(' | ');
  };
  return {
    name: 'sota-expand-literal-unions',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
      }
    },
  };
}

/** Keeps the manifest to public API: private fields and methods (`private`, `#name`) change too often to list. */
function dropPrivateMembers() {
  return {
    name: 'sota-drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.members) continue;
        const isPrivate = (m) => m.privacy === 'private' || m.name.startsWith('#');
        // A private `{ state: true }` entry of a static `properties` block is read as an attribute too: it is none.
        const hidden = new Set(declaration.members.filter(isPrivate).map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        declaration.members = declaration.members.filter((m) => !isPrivate(m));
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
  globs: ['src/internal/sota-element.ts', 'src/internal/leaderboard-element.ts', ...tags.flatMap((tag) => [`src/components/${tag}/${tag}.ts`,
    `src/components/${tag}/define.ts`])],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [dropPrivateMembers(), expandLiteralUnionTypes(), defineModulesRegisterTheirElement()],
};
