/** End-to-end tests: the built extension in real headless Chromium, one browser at a time. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Two cores cannot run two Chromiums plus the server without timing flakes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
