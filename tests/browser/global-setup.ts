import { cpSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium, startPreview } from '../../scripts/lib/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const FIXTURES_DIR = 'dist/__fixtures__';

/**
 * Serves the built app once for all browser tests. A missing Chromium fails
 * here, loudly, with the command that installs one: browser tests never skip.
 */
export default async function setup(project: TestProject) {
  findChromium();
  // Maps the tests open with `?map=`: served from the build, removed afterwards.
  cpSync('tests/fixtures', FIXTURES_DIR, { recursive: true });
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(FIXTURES_DIR, { recursive: true, force: true });
  };
}
