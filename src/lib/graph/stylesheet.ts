import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS, RELATIONS } from '../model/types';
import {
  FOLDED,
  FOLD_BADGE,
  JUNCTION,
  MARK,
  PREMISE_LINK,
  SECONDARY,
  STACKED,
  STATE,
} from './classes';
import { BADGE, LABEL_STYLE, LINE_HEIGHT } from './elements';
import {
  HELD_STYLE,
  FOLD_BADGE_COLOUR,
  IMPLICIT_STYLE,
  KIND_STYLE,
  RELATION_STYLE,
  SELECTION_COLOUR,
} from './palette';
import { FONT_FAMILY } from './text-metrics';
import { overlayStyles } from './overlay-styles';

/** Below this on-screen size, text is not drawn at all: it could not be read anyway. */
export const MIN_ZOOMED_FONT_SIZE = 7;

/** The Cytoscape stylesheet: the map's whole visual language in one place. */
export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(width)',
        height: 'data(height)',
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'text-wrap': 'wrap',
        // Labels are pre-wrapped in `toElements`; this only guards against rounding.
        'text-max-width': '1000px',
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': LINE_HEIGHT,
        'border-width': 1.5,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node.${kind}`,
      style: {
        shape: KIND_STYLE[kind].shape,
        'background-color': KIND_STYLE[kind].fill,
        'border-color': KIND_STYLE[kind].border,
        color: KIND_STYLE[kind].text,
        'font-size': LABEL_STYLE[kind].size,
        'font-weight': LABEL_STYLE[kind].weight,
      },
    })),
    { selector: 'node.thesis', style: { 'border-width': 3 } },
    {
      selector: `node.${MARK.held}`,
      style: {
        'background-color': HELD_STYLE.fill,
        'border-color': HELD_STYLE.border,
        // Even a held thesis (white text by kind) must stay legible on the light fill.
        color: HELD_STYLE.text,
        'border-style': 'double',
        'border-width': 4,
      },
    },
    {
      selector: `node.${MARK.concession}`,
      style: { 'border-style': 'dotted', 'border-width': 2.5 },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'arrow-scale': 1.2,
        'font-family': FONT_FAMILY,
        'font-size': 10,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    ...RELATIONS.map((relation) => ({
      selector: `edge.${relation}`,
      style: {
        'line-color': RELATION_STYLE[relation].colour,
        'line-style': RELATION_STYLE[relation].line,
        'line-dash-pattern': [7, 4],
        'target-arrow-color': RELATION_STYLE[relation].colour,
        'target-arrow-shape': RELATION_STYLE[relation].arrow,
        color: RELATION_STYLE[relation].colour,
      },
    })),
    {
      // The analyst's words, not the author's: a hollow box with a dashed border, in italics.
      selector: `node.${MARK.implicit}`,
      style: {
        'background-color': IMPLICIT_STYLE.fill,
        'border-style': 'dashed',
        'border-width': 2,
        'font-style': 'italic',
      },
    },
    {
      selector: `node.${JUNCTION}`,
      style: {
        shape: 'ellipse',
        label: '',
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...RELATIONS.map((relation) => ({
      selector: `node.${JUNCTION}.${relation}`,
      style: { 'background-color': RELATION_STYLE[relation].colour },
    })),
    {
      // Out of the layout's way: a thin curve that comes forward when a neighbour is in focus.
      selector: `edge.${SECONDARY}`,
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': [40],
        'control-point-weights': [0.5],
        width: 1.5,
        opacity: 0.45,
      },
    },
    {
      // Out from the box's side to the column's line, then up it: an L, turned at the parent's middle.
      selector: `edge.${STACKED}`,
      style: {
        'curve-style': 'taxi',
        'taxi-direction': 'horizontal',
        'taxi-turn': '100%',
        'taxi-radius': 0,
      },
    },
    // The arrow comes once, after the premises have joined.
    { selector: `edge.${PREMISE_LINK}`, style: { 'target-arrow-shape': 'none' } },
    {
      // What a fold hides, on the folded statement's bottom border: a tap unfolds it.
      selector: `node.${FOLD_BADGE}`,
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        label: 'data(label)',
        'font-size': BADGE.size,
        'font-weight': 700,
        color: '#ffffff',
        'background-color': FOLD_BADGE_COLOUR,
        'border-width': 0,
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'z-index': 20,
      },
    },
    // The label keeps to the box's upper part; the badge fills the rest.
    {
      selector: `node.${FOLDED}`,
      style: { 'border-width': 2.5, 'text-margin-y': -BADGE.room / 2 },
    },
    { selector: `.${STATE.filtered}`, style: { display: 'none' } },
    { selector: `.${STATE.faded}`, style: { opacity: 0.14 } },
    { selector: `edge.${STATE.emphasis}[scheme]`, style: { label: 'data(scheme)' } },
    { selector: `edge.${STATE.emphasis}`, style: { width: 3, opacity: 1, 'z-index': 10 } },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': SELECTION_COLOUR,
        'overlay-opacity': 0.08,
        'overlay-padding': 6,
        'border-color': SELECTION_COLOUR,
        'border-width': 4,
        'border-style': 'solid',
      },
    },
    {
      selector: `node.${STATE.hit}`,
      style: { 'underlay-color': '#f5c400', 'underlay-opacity': 0.55, 'underlay-padding': 8 },
    },
    // Teaching overlays last, so they draw over the rules above.
    ...overlayStyles(),
  ] as StylesheetJson;
}
