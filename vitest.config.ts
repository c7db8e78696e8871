import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // Property tests run thousands of cases; on a shared two-core machine under load the
          // default 5 s has been too little for the largest of them.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          // One browser at a time: the machine has two cores and the tests share one build.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.firefox.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          // Firefox takes 5 s to start on an idle machine and has taken over 30 s on a loaded one.
          hookTimeout: 180_000,
          globalSetup: ['test/firefox/global-setup.ts'],
        },
      },
    ],
  },
});
