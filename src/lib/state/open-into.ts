import { formatProblem } from '../model/problems';
import type { Opened } from '../io/import-file';
import { fetchMap, sourceTextUrl } from '../io/open-map';
import type { Notice, ViewerState } from './viewer.svelte';

/**
 * What opening a map says, in the same words for "Open…", a dropped link and
 * `?map=`: the problems of a refused one (the map on screen stays), or what
 * an opened one holds and what the import could not carry over.
 */
function refused(name: string, result: Opened & { ok: false }): Notice {
  const as = result.format === undefined ? '' : ` as ${result.format}`;
  return {
    tone: 'error',
    text: `Could not open ${name}${as}. The current map is unchanged.`,
    details: result.problems.map(formatProblem),
  };
}

function opened(name: string, result: Opened & { ok: true }, more = ''): Notice {
  const { nodes, edges } = result.value;
  return {
    tone: 'info',
    text: `Opened ${name}: ${nodes.length} statements, ${edges.length} relations.${more}`,
    // What the import could not carry over, so nothing is lost unannounced.
    ...(result.warnings?.length ? { details: result.warnings.map(formatProblem) } : {}),
  };
}

/** Opens a file through the importers; on failure the current map is kept and the problems shown. */
export async function openFileInto(viewer: ViewerState, file: File): Promise<boolean> {
  const { openFile } = await import('../io/open-file');
  const result = await openFile(file);
  if (!result.ok) {
    viewer.notice = refused(file.name, result);
    return false;
  }
  viewer.replaceMap(result.value);
  viewer.origin = { type: 'file', name: file.name };
  viewer.notice = opened(
    file.name,
    result,
    ' A link cannot carry a file from your computer: a reload opens the map the address names.',
  );
  return true;
}

/**
 * Opens a map from this site by its address (a link dropped on the map), in
 * any format "Open…" reads, with its source text if it names one. The page's
 * address then carries it as `?map=`, so a reload or a copied link reopens
 * it. On failure the current map stays and the problems show.
 */
export async function openAddressInto(
  viewer: ViewerState,
  path: string,
  base: string,
): Promise<boolean> {
  const result = await fetchMap(path, base);
  if (!result.ok) {
    viewer.notice = refused(path, result);
    return false;
  }
  viewer.replaceMap(result.value, sourceTextUrl(result.value, new URL(path, base).href));
  viewer.origin = { type: 'address', path };
  viewer.notice = result.warnings?.length ? opened(path, result) : null;
  return true;
}
