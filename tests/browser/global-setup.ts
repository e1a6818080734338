import { cpSync, rmSync } from 'node:fs';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, startPreview } from '../../scripts/lib/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the shared Chromium listens, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

const FIXTURES_DIR = 'dist/__fixtures__';

/**
 * Serves the built app, and starts one Chromium, for all browser test files:
 * connecting to a running Chromium takes 0.2–0.3 s, launching one 0.55–0.7 s
 * (2 cores, 4 runs each). A missing Chromium fails here, loudly, with the
 * command that installs one: browser tests never skip.
 */
export default async function setup(project: TestProject) {
  // Maps the tests open with `?map=`: served from the build, removed afterwards.
  cpSync('tests/fixtures', FIXTURES_DIR, { recursive: true });
  const server = await startPreview();
  const removeServer = async () => {
    await server.close();
    rmSync(FIXTURES_DIR, { recursive: true, force: true });
  };
  let chromium: BrowserServer;
  try {
    chromium = await launchChromiumServer();
  } catch (error) {
    await removeServer();
    throw error;
  }
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await removeServer();
  };
}
