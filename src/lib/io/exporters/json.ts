import type { ArgumentMap, Citation } from '../../model/types';
import { toPrettyJson } from '../text';
import type { Exporter } from './types';

/**
 * Copies the listed keys, in that order, skipping absent ones. Fixing the key
 * order makes exports diff cleanly however the map was built in memory; keys
 * the schema does not know are dropped, so an export always re-validates.
 */
function pick<T extends object>(value: T, keys: readonly (keyof T & string)[]) {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

const citationJson = (citation: Citation) =>
  pick(citation, ['footnote', 'author', 'title', 'publication', 'date', 'url', 'pages', 'note']);

/** The native format, with the schema's key order. */
export function exportJson(map: ArgumentMap): string {
  const schemaPointer = (map as { $schema?: unknown }).$schema;
  return toPrettyJson({
    ...(typeof schemaPointer === 'string' ? { $schema: schemaPointer } : {}),
    ...pick(map, ['schemaVersion', 'id', 'title', 'description']),
    ...(map.source !== undefined
      ? { source: pick(map.source, ['title', 'author', 'date', 'publication', 'url', 'text']) }
      : {}),
    sections: map.sections.map((section) => pick(section, ['id', 'title'])),
    nodes: map.nodes.map((node) => ({
      ...pick(node, [
        'id',
        'kind',
        'label',
        'text',
        'quote',
        'section',
        'order',
        'holder',
        'implicit',
      ]),
      ...(node.citation !== undefined ? { citation: citationJson(node.citation) } : {}),
      ...(node.tags !== undefined ? { tags: node.tags } : {}),
    })),
    edges: map.edges.map((edge) => ({
      ...pick(edge, ['id', 'from', 'to', 'relation', 'scheme', 'note']),
      ...(edge.answers !== undefined
        ? { answers: edge.answers.map((answer) => pick(answer, ['question', 'by'])) }
        : {}),
    })),
    ...(map.tours !== undefined
      ? {
          tours: map.tours.map((tour) => ({
            ...pick(tour, ['id', 'title']),
            steps: tour.steps.map((step) => pick(step, ['target', 'caption'])),
          })),
        }
      : {}),
  });
}

export const jsonExporter: Exporter = {
  id: 'json',
  label: 'Warrant JSON',
  extension: 'json',
  mime: 'application/json',
  run: exportJson,
};
