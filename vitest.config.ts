import { defineConfig } from 'vitest/config';

/**
 * Tests by kind: `unit` (schemas, statute data, build tools), `build` (fixture builds
 * with bad input), `e2e` (real Chromium over the built site: behaviour, accessibility,
 * offline export). Run one kind with `vitest run --project <name>`.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
