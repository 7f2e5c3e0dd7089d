/** Unit tests: happy-dom, WXT's fake browser, and fake IndexedDB under Dexie. */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['{lib,components,tests/unit,tests/bench,tests/support}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // The slowest tests take 2 to 4 s on a loaded 2-CPU machine, and machines differ twofold: 5 s left no margin.
    testTimeout: 15_000,
  },
});
