import { runDagre, type LayoutInput } from './layout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  try {
    self.postMessage({ positions: runDagre(event.data) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
