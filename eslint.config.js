import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'storybook-static/', 'node_modules/', 'bench/out/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/feed/**/*.ts'],
    rules: {
      // The feed layer runs in Node: keep browser globals out of it.
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'fetch'],
    },
  },
);
