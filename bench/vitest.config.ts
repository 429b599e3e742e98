import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The report benchmarks run the project's TypeScript in Node through Vitest (the same transform as the unit tests)
// but outside the unit suite: they time things, and timed tests flake on shared machines. `npm run bench` runs them.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/**/*.figures.ts'],
    setupFiles: ['./vitest.setup.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
