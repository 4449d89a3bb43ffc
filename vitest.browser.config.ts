/**
 * Browser tests (tests/browser): the real server on 127.0.0.1 and Debian's chromium through
 * playwright-core. One file at a time, on PGlite; `npm test` runs them after the other tests, with
 * the web app built first (scripts/test.mjs).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
