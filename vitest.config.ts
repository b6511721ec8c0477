/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Building fixture sites for the bad-content tests takes a few seconds each.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
