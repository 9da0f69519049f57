import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = resolve(import.meta.dirname, 'pages');

/** The bench pages, built like the app (relative base, self-hosted wasm, ES workers). */
export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'out/site/pages'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1 << 20,
    rollupOptions: {
      input: Object.fromEntries(
        ['filter', 'peers', 'import', 'snapshot'].map((p) => [p, resolve(pages, `${p}.html`)]),
      ),
    },
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
