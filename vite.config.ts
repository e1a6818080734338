import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The default map is a hashed JSON asset the app fetches on start. Preloading
 * it from the HTML lets the download overlap the script's, instead of
 * starting only once the script has run.
 */
function preloadDefaultMap(): Plugin {
  return {
    name: 'warrant:preload-default-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const asset = Object.keys(context.bundle ?? {}).find((file) =>
          /three-takeaways-[\w-]+\.json$/.test(file),
        );
        if (asset === undefined) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so `dist/` works from any static host under any base path.
  base: './',
  plugins: [svelte(), preloadDefaultMap()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        // @argdown/core declares no `sideEffects`, so everything its index
        // re-exports would be kept. Its modules only define things, so the
        // Argdown importer's lazy chunk can drop the HTML, DOT, GraphML and
        // syntax-highlighting code it never calls: 472 KB → 334 KB (127 →
        // 90 KB gzip). The browser tests import Argdown from the build.
        moduleSideEffects: [
          {
            test: /[\\/]node_modules[\\/](?:@argdown[\\/](?:core|highlightjs)|highlight\.js)[\\/]/,
            sideEffects: false,
          },
        ],
      },
    },
  },
  worker: {
    format: 'es',
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/setup-unit.ts'],
          // One module graph per worker instead of one per file: importing
          // Cytoscape, Ajv and @argdown again for every file was most of the
          // unit run. Shared fixtures are frozen (tests/support/freeze.ts).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
