import type { TestProject } from 'vitest/node';
import { findChromium, startPreview } from '../../scripts/lib/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built app once for all browser tests. A missing Chromium fails
 * here, loudly, with the command that installs one: browser tests never skip.
 */
export default async function setup(project: TestProject) {
  findChromium();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
