/**
 * How the app draws a statement, in terms any drawing format can use: the
 * colours of src/lib/graph/palette.ts and the border rules of the Cytoscape
 * stylesheet (a held position gets the held colours and a double border, a
 * concession a dotted one). DOT and GraphML translate it to their own words.
 */
import { isHeldByOthers, type Statement } from '../../model/types';
import { HELD_STYLE, KIND_STYLE } from '../../graph/palette';

export type BorderLine = 'solid' | 'double' | 'dotted';

export interface StatementLook {
  fill: string;
  border: string;
  text: string;
  /** Border line, as the stylesheet draws it. */
  line: BorderLine;
  /** Border width in CSS pixels. */
  width: number;
}

/** Border widths from the stylesheet: 1.5 by default, 3 for the thesis. */
const BORDER_WIDTH: Readonly<Record<BorderLine, number>> = { solid: 1.5, double: 4, dotted: 2.5 };

export function statementLook(node: Statement): StatementLook {
  const held = isHeldByOthers(node);
  const colours = held ? HELD_STYLE : KIND_STYLE[node.kind];
  // The stylesheet applies `held` after the kind, and `concession` after `held`.
  const line: BorderLine = node.tags?.includes('concession') ? 'dotted' : held ? 'double' : 'solid';
  const width = line === 'solid' && node.kind === 'thesis' ? 3 : BORDER_WIDTH[line];
  return { fill: colours.fill, border: colours.border, text: colours.text, line, width };
}
