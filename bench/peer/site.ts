import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { exportArgdown } from '../../src/lib/io/exporters/argdown';
import type { ArgumentMap } from '../../src/lib/model/types';

/** Where the peer page is built: bench/results/ is git-ignored. */
export const PEER_DIST = fileURLToPath(new URL('../results/peer-dist', import.meta.url));

/**
 * Builds the Argdown peer page (bench/peer/index.html) into a static bundle
 * with Vite, minified for the same target as Warrant's own build.
 */
export async function buildPeer(): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: PEER_DIST,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Graphviz's WebAssembly is inlined in its module: one 1.2 MB chunk is expected.
      chunkSizeWarningLimit: 4000,
    },
  });
}

/**
 * Writes the map as Argdown, by Warrant's own exporter, where the peer page
 * can fetch it; returns the page's `?map=` value.
 */
export async function writePeerMap(name: string, map: ArgumentMap): Promise<string> {
  await mkdir(`${PEER_DIST}/__bench__`, { recursive: true });
  await writeFile(`${PEER_DIST}/__bench__/${name}.argdown`, exportArgdown(map));
  return `__bench__/${name}.argdown`;
}

/** Serves the built peer page on a free loopback port, as Warrant's dist/ is served. */
export async function startPeerServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: false,
    build: { outDir: PEER_DIST },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('peer preview has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
