// Every story on a plain page with some room around it, as an element sits inside a host's content.
import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: { layout: 'padded' },
};

export default preview;
