import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { toElements } from '../src/lib/graph/elements';
import map from '../data/maps/three-takeaways.json';
cytoscape.use(dagre);
const els = toElements(map as never);
for (const align of [undefined, 'UL', 'UR', 'DL', 'DR'] as const) for (const ranker of ['network-simplex','tight-tree','longest-path'] as const) {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: els, style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }] });
  cy.layout({ name: 'dagre', rankDir: 'BT', nodeSep: 28, rankSep: 64, edgeSep: 12, ranker, align, fit: false } as never).run();
  const bb = cy.elements().boundingBox(); const t = cy.getElementById('thesis').position();
  let len = 0; cy.edges().forEach(e => { const a = e.source().position(), b = e.target().position(); len += Math.hypot(a.x-b.x, a.y-b.y); });
  console.log(align, ranker, Math.round(bb.w), Math.round(bb.h), 'thesis at', ((t.x - bb.x1) / bb.w).toFixed(2), 'edge len', Math.round(len/1000));
}
