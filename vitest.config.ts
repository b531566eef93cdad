import { defineConfig } from 'vitest/config';

// Two projects: pure logic beside its modules, and tests of the built site in
// tests/ (they read dist/, which `npm test` builds first, and drive Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Resolves and checks the one Chromium every browser test drives (tests/support/browser.ts).
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
