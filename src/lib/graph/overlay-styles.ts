/**
 * How the teaching overlays look (./overlays.ts switches them). Appended
 * after the map's own rules, so a badge wins over the scheme label an
 * emphasised edge shows, and an evaluation mark sits over any kind.
 */
import type { StylesheetJson } from 'cytoscape';
import { LABELS, type Label } from '../analysis/evaluation';
import { JUNCTION, OVERLAY } from './classes';
import { FONT_FAMILY } from './text-metrics';

/**
 * Each what-if label has a colour, an outline pattern and an icon, so none
 * rests on colour alone: accepted is solid with a tick, rejected dashed with
 * a cross, undecided dotted with a question mark. Colours after Okabe–Ito,
 * darkened to 4.5:1 on white, and apart from the relations' blue and vermilion.
 */
export const EVALUATION_STYLE: Readonly<
  Record<Label, { colour: string; outline: 'solid' | 'dashed' | 'dotted'; icon: string }>
> = {
  accepted: { colour: '#00775a', outline: 'solid', icon: 'M5.5 10.5 8.5 13.5 14.5 6.5' },
  rejected: { colour: '#a0306a', outline: 'dashed', icon: 'M6.5 6.5 13.5 13.5M13.5 6.5 6.5 13.5' },
  undecided: {
    colour: '#7a6200',
    outline: 'dotted',
    icon: 'M7.5 8a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M10 14.6v.4',
  },
};

/** The badge of open critical questions: dark text on amber, like a sticky note. */
export const QUESTION_BADGE = { fill: '#ffd54a', text: '#2a1d00', border: '#8a5a00' } as const;

/** Size of a what-if icon, in model pixels; it sits on the node's top-left corner. */
const ICON_SIZE = 20;

/** A round icon as an SVG data URL (the CSP allows `data:` images). */
export function evaluationIcon(label: Label): string {
  const { colour, icon } = EVALUATION_STYLE[label];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">` +
    `<circle cx="10" cy="10" r="9" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<path d="${icon}" fill="none" stroke="#ffffff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

const badge = {
  label: 'data(questionBadge)',
  'font-family': FONT_FAMILY,
  'font-size': 11,
  'font-weight': 700,
  color: QUESTION_BADGE.text,
  'text-background-color': QUESTION_BADGE.fill,
  'text-background-opacity': 1,
  'text-background-shape': 'round-rectangle',
  'text-background-padding': '3px',
  'text-border-color': QUESTION_BADGE.border,
  'text-border-width': 1,
  'text-border-opacity': 1,
  // A click on the badge inspects the inference, as a click on its line does.
  'text-events': 'yes',
  'min-zoomed-font-size': 0,
};

export function overlayStyles(): StylesheetJson {
  return [
    { selector: `edge.${OVERLAY.questions}`, style: { ...badge, 'text-rotation': 'none' } },
    {
      selector: `node.${JUNCTION}.${OVERLAY.questions}`,
      style: {
        ...badge,
        'text-valign': 'top',
        'text-halign': 'right',
        'text-margin-x': 2,
        'text-margin-y': 2,
      },
    },
    ...LABELS.map((label) => ({
      selector: `node.${OVERLAY[label]}`,
      style: {
        'outline-width': 4,
        'outline-offset': 2,
        'outline-color': EVALUATION_STYLE[label].colour,
        'outline-style': EVALUATION_STYLE[label].outline,
        'background-image': evaluationIcon(label),
        'background-width': ICON_SIZE,
        'background-height': ICON_SIZE,
        'background-position-x': -ICON_SIZE / 2,
        'background-position-y': -ICON_SIZE / 2,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'background-image-opacity': 1,
        'bounds-expansion': ICON_SIZE / 2 + 6,
      },
    })),
    {
      // A blank box to write in, numbered in its corner; its shape and border still give its kind.
      selector: `node.${OVERLAY.quizHidden}`,
      style: {
        label: 'data(quizNumber)',
        'background-color': '#ffffff',
        color: '#1f2937',
        'font-size': 13,
        'font-weight': 700,
        'font-style': 'normal',
        'text-margin-x': 'data(quizDx)',
        'text-margin-y': 'data(quizDy)',
      },
    },
    {
      selector: `.${OVERLAY.inspected}`,
      style: {
        'underlay-color': QUESTION_BADGE.fill,
        'underlay-opacity': 0.7,
        'underlay-padding': 5,
        'z-index': 20,
      },
    },
  ] as StylesheetJson;
}
