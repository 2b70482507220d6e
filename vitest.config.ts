import { defineConfig } from 'vitest/config';

/**
 * Tests by kind: `unit` (schemas, statute data, build tools), `build` (fixture builds
 * with bad input), `e2e` (real Chromium over the built site: behaviour, accessibility,
 * offline export), `bench` (each benchmark script still runs, in its --smoke mode). Run one kind with `vitest run --project <name>`.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 60_000 } },
      // Each benchmark in its small --smoke mode, after the site and offline copy are built.
      { test: { name: 'bench', include: ['tests/bench/**/*.test.ts'], testTimeout: 600_000, fileParallelism: false } },
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
