/**
 * Class decorations on a live Cytoscape graph: what is filtered and what is
 * a search hit. Kept apart from the view's lifecycle so each stays small.
 */
import type { Core, NodeCollection, SingularElementArgument } from 'cytoscape';
import type { Visible } from '../analysis/filters';
import { PREMISE_LINK, STATE } from './classes';
import { boxOf, type Box } from './viewport';

/**
 * Cytoscape treats `toggleClass(name, false)` as a change even when the class
 * is absent, and restyles the element; this only touches what really changes.
 */
function setClass(element: SingularElementArgument, name: string, on: boolean): void {
  if (element.hasClass(name) !== on) element.toggleClass(name, on);
}

/**
 * Shows what `visible` names. A junction and its links follow their
 * inference, a fold's badge its statement; a premise's link also needs the premise, since a linked group
 * can stay shown with one of its premises filtered out.
 */
export function setVisibility(cy: Core, visible: Visible): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const inference = node.data('inference') as string | undefined;
      const owner = node.data('owner') as string | undefined;
      const shown =
        inference !== undefined
          ? visible.edges.has(inference)
          : visible.nodes.has(owner ?? node.id());
      setClass(node, STATE.filtered, !shown);
    });
    cy.edges().forEach((edge) => {
      const shown =
        visible.edges.has(edge.data('inference') as string) &&
        (!edge.hasClass(PREMISE_LINK) || visible.nodes.has(edge.data('source') as string));
      setClass(edge, STATE.filtered, !shown);
    });
  });
}

export function markHits(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => setClass(node, STATE.hit, ids.has(node.id())));
  });
}

/** Nodes not hidden by a filter, found by class so no style is computed. */
export const shownNodes = (cy: Core): NodeCollection =>
  cy.nodes().filter((node) => !node.hasClass(STATE.filtered));

/**
 * The model-space box around some nodes, from their positions and data sizes.
 * Cytoscape's own `boundingBox()` would first compute every element's style,
 * which costs half a second on a 2000-node map.
 */
export const boxOfNodes = (nodes: NodeCollection): Box | null =>
  boxOf(
    nodes.map((node) => ({
      ...node.position(),
      width: node.data('width') as number,
      height: node.data('height') as number,
    })),
  );
