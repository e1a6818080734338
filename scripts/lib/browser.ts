import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Where Debian, Ubuntu and the usual CHROME_PATH variable put a Chromium. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path): path is string => typeof path === 'string' && path !== '');

export function findChromium(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with ' +
        '`apt-get update && apt-get install -y chromium` (Debian), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary. Looked in: ' +
        CANDIDATES.join(', '),
    );
  }
  return found;
}

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** A Chromium that several processes connect to (`chromium.connect(server.wsEndpoint())`). */
export async function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** Serves the built `dist/` on a free loopback port. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first.');
  }
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
