import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { argdownToDot } from './argdown-pipeline';
import { PEER_MARKS } from './marks';

/**
 * The Argdown peer: how an Argdown user gets a picture of a map. Fetches the
 * Argdown text named by `?map=`, runs @argdown/core's parse → model → map →
 * DOT pipeline, lays the DOT out with Graphviz in WebAssembly, and shows the
 * SVG. The text arrives while Graphviz compiles, as a page of its own would do it.
 */
async function start(): Promise<void> {
  const path = new URLSearchParams(location.search).get('map');
  if (path === null) throw new Error('no ?map= given');
  const [text, graphviz] = await Promise.all([
    fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.text();
    }),
    Graphviz.load(),
  ]);
  performance.mark(PEER_MARKS.loaded);
  const dot = argdownToDot(text);
  performance.mark(PEER_MARKS.dot);
  const svg = graphviz.dot(dot);
  performance.mark(PEER_MARKS.svg);
  // Parsed as an SVG document and adopted, not written as markup.
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = parsed.querySelector('parsererror');
  if (error !== null) throw new Error(`Graphviz wrote unreadable SVG: ${error.textContent}`);
  document.body.append(document.importNode(parsed.documentElement, true));
  performance.mark(PEER_MARKS.inserted);
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(PEER_MARKS.drawn)));
}

start().catch((error: unknown) => {
  document.body.dataset.error = error instanceof Error ? error.message : String(error);
  performance.mark(PEER_MARKS.failed);
});
