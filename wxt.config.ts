/** WXT build configuration: manifest, permissions, the Preact toolchain, and a catalogue check before every build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { describeProblem, parseCatalogue } from './lib/catalogue/parse';
import { BOOKMARK_COMMAND } from './lib/background/bookmark-commands';
import { SCHOLARLY_PERMISSIONS } from './lib/background/scholarly-detection';
import { PAPER_SITE_MATCHES } from './lib/sites';

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Sidenote',
    description: 'Related work in the margin of every paper you read.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    commands: {
      [BOOKMARK_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Bookmark the paper in this tab',
      },
    },
    host_permissions: PAPER_SITE_MATCHES,
    optional_permissions: SCHOLARLY_PERMISSIONS.permissions,
    optional_host_permissions: SCHOLARLY_PERMISSIONS.origins,
    // A per-session dynamic URL, so no page can probe for Sidenote by a fixed address; any https page,
    // since the optional scholarly-page detection can show the panel anywhere.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sidenote@sidenote.invalid',
          strict_min_version: '128.0',
          // Sidenote collects nothing: Firefox shows this to the user at install.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // A broken catalogue record must stop the build with its line and field, not ship and vanish.
    'build:before': () => {
      const text = readFileSync(resolve(import.meta.dirname, 'public/catalogue/plm-papers.jsonl'), 'utf8');
      const { problems } = parseCatalogue(text);
      if (problems.length > 0) {
        throw new Error(`public/catalogue/plm-papers.jsonl has invalid records:\n${problems.map(describeProblem).join('\n')}`);
      }
    },
  },
});
