// Storybook for the three elements: `npm run storybook` (dev server on :6006), `npm run build:storybook` (static).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Builds run offline and in CI: no telemetry requests.
  core: { disableTelemetry: true },
  // The project's vite.config.ts is the library build (lib entries, externals); the stories are an app.
  viteFinal: (viteConfig) => {
    if (viteConfig.build) delete viteConfig.build.lib;
    return viteConfig;
  },
};

export default config;
