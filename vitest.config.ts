/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // Building fixture sites for the bad-content tests takes a few seconds each.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Concurrent tests (the fixture builds) run two at a time: one per core.
          maxConcurrency: 2,
        },
      },
      {
        extends: true,
        test: {
          // Quality gates over the built site in dist/ (run `npm run build` first).
          name: 'gates',
          include: ['tests/gates/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The class service, built (`npm run build`), on PGlite and on PostgreSQL.
          name: 'service',
          include: ['tests/service/**/*.test.ts'],
          globalSetup: ['tests/service/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
