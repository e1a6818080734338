import { exportAif } from '../src/lib/io/exporters/aif';
import { generateMap } from './generate';
import { generateKialo } from './generate-kialo';

/**
 * The files the import row of the bench opens, and the scale browser test
 * with them: seeded, so every run reads the same bytes.
 *
 * - A Kialo discussion of 2,800 entries (`generate-kialo.ts`, shaped like
 *   real exports): 3,499 statements once its linked sources become
 *   authorities, the size a large real discussion reaches.
 * - A generated map of 1,400 statements (`generate.ts`) written as AIF by
 *   Warrant's own exporter: 2,939 AIF nodes (I, RA and CA), well over the
 *   largest real AIF file at hand (1,195 nodes, 179 of them I-nodes).
 */
export interface ImportInput {
  /** Name in the bench's table. */
  name: string;
  /** File name, whose ending the app's importer registry reads. */
  file: string;
  /** How many entries (Kialo) or AIF nodes (AIF) the file has. */
  units: number;
  text: string;
}

export const KIALO_ENTRIES = 2800;
export const AIF_STATEMENTS = 1400;
const SEED = 7;

export function kialoInput(): ImportInput {
  const { text } = generateKialo(KIALO_ENTRIES, SEED);
  return {
    name: `Kialo, ${KIALO_ENTRIES} entries`,
    file: 'kialo-2800.txt',
    units: KIALO_ENTRIES,
    text,
  };
}

export function aifInput(): ImportInput {
  const text = exportAif(generateMap(AIF_STATEMENTS, { seed: SEED }));
  const units = (JSON.parse(text) as { nodes: unknown[] }).nodes.length;
  return { name: `AIF, ${units} nodes`, file: 'aif-1400.json', units, text };
}

export const importInputs = (): ImportInput[] => [kialoInput(), aifInput()];
