import { mount } from 'svelte';
import App from './App.svelte';
import { defaultSourceUrl, loadDefaultMap } from './lib/data/default-map';
import { fetchMap, sourceTextUrl } from './lib/io/open-map';
import { formatProblem } from './lib/model/problems';
import { yieldToMain } from './lib/state/yield';
import './styles/index.css';

const target = document.getElementById('app');
if (target === null) throw new Error('#app is missing from index.html');

/**
 * `?map=PATH` opens another map from this site, in any format "Open…" reads;
 * a bad one falls back to the letter, with a notice naming the format it was
 * read as, as "Open…" does.
 */
async function start(root: HTMLElement) {
  const path = new URLSearchParams(location.search).get('map');
  const [fallback, requested] = await Promise.all([
    loadDefaultMap(),
    path === null ? null : fetchMap(path, location.href),
  ]);
  // Validating a requested map was one task; mounting the app is the next.
  if (requested !== null) await yieldToMain();
  root.replaceChildren();
  if (requested === null) {
    return mount(App, { target: root, props: { map: fallback, sourceUrl: defaultSourceUrl } });
  }
  if (requested.ok) {
    // What the import could not carry over, said as "Open…" says it.
    const notice = requested.warnings?.length
      ? {
          tone: 'info' as const,
          text: `Opened ${path}: ${requested.value.nodes.length} statements, ${requested.value.edges.length} relations.`,
          details: requested.warnings.map(formatProblem),
        }
      : null;
    const sourceUrl = sourceTextUrl(requested.value, new URL(path!, location.href).href);
    // The address carries this map, so a reload or a copied link reopens it.
    const origin = { type: 'address' as const, path: path! };
    return mount(App, {
      target: root,
      props: { map: requested.value, notice, sourceUrl, origin },
    });
  }
  const as = requested.format === undefined ? '' : ` as ${requested.format}`;
  return mount(App, {
    target: root,
    props: {
      map: fallback,
      sourceUrl: defaultSourceUrl,
      notice: {
        tone: 'error' as const,
        text: `Could not open ${path}${as}; showing the default map instead.`,
        details: requested.problems.map(formatProblem),
      },
    },
  });
}

export default start(target);
