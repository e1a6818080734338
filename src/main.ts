import { mount } from 'svelte';
import App from './App.svelte';
import { defaultSourceUrl, loadDefaultMap } from './lib/data/default-map';
import { fetchMap, sourceTextUrl } from './lib/io/open-map';
import { formatProblem } from './lib/model/problems';
import { yieldToMain } from './lib/state/yield';
import './styles/index.css';

const target = document.getElementById('app');
if (target === null) throw new Error('#app is missing from index.html');

/** `?map=PATH` opens another map from this site; a bad one falls back to the letter, with a notice. */
async function start(root: HTMLElement) {
  const path = new URLSearchParams(location.search).get('map');
  const [fallback, requested] = await Promise.all([
    loadDefaultMap(),
    path === null ? null : fetchMap(path, location.href),
  ]);
  // Validating a requested map was one task; mounting the app is the next.
  if (requested !== null) await yieldToMain();
  root.replaceChildren();
  if (requested === null || requested.ok) {
    const sourceUrl =
      requested === null
        ? defaultSourceUrl
        : sourceTextUrl(requested.value, new URL(path!, location.href).href);
    return mount(App, {
      target: root,
      props: { map: requested?.value ?? fallback, sourceUrl },
    });
  }
  return mount(App, {
    target: root,
    props: {
      map: fallback,
      sourceUrl: defaultSourceUrl,
      notice: {
        tone: 'error' as const,
        text: `Could not open ${path}; showing the default map instead.`,
        details: requested.problems.map(formatProblem),
      },
    },
  });
}

export default start(target);
