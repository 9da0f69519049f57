import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  // Component tests mount in jsdom: use Svelte's browser build, not its server build.
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Opening DuckDB-WASM in a beforeAll takes ~2 s alone and far more on a loaded 2-core machine.
    hookTimeout: 60_000,
    // Chart snapshots depend on number formatting; pin it.
    env: { TZ: 'UTC' },
  },
});
