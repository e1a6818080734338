import { aifExporter } from './aif';
import { argdownExporter } from './argdown';
import { dotExporter } from './dot';
import { graphmlExporter } from './graphml';
import { jsonExporter } from './json';
import { kialoExporter } from './kialo';
import { markdownExporter } from './markdown';
import type { Exporter } from './types';

/** The text formats, in the order menus list them. Image formats live elsewhere. */
export const dataExporters: readonly Exporter[] = Object.freeze([
  jsonExporter,
  aifExporter,
  argdownExporter,
  graphmlExporter,
  dotExporter,
  markdownExporter,
  kialoExporter,
]);

export const findExporter = (id: string): Exporter | undefined =>
  dataExporters.find((exporter) => exporter.id === id);
