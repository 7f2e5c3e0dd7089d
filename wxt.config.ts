/** WXT build configuration: manifest, permissions and the Preact toolchain. */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Sidenote',
    description: 'Related work in the margin of every paper you read.',
    permissions: ['storage', 'tabs', 'unlimitedStorage'],
    host_permissions: ['https://arxiv.org/*', 'https://export.arxiv.org/*'],
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: ['https://arxiv.org/*', 'https://export.arxiv.org/*'],
      },
    ],
  },
});
