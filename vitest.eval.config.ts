/** `npm run eval`: the related-papers relevance eval, in the unit tests' environment (fake browser and IndexedDB). */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['tests/relevance/**/*.eval.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
});
