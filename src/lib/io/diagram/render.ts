import type { Core } from 'cytoscape';
import { LEGEND_FONT_SIZE, buildLegend, legendScale } from './legend';
import { LEGEND_GAP, measureMap, pngChoices, pngLayout } from './png-plan';
import { withExportScope } from './scope';
import type { DiagramOptions } from './options';

export interface RenderedImage {
  blob: Blob;
  /** Pixel size (PNG) or user units (SVG, PDF). */
  width: number;
  height: number;
  /** Set when the requested PNG scale had to be lowered to fit the browser's limits. */
  cappedFrom?: number;
  /** PDF only: how many pages. */
  pages?: number;
  /** PNG only: where the legend was drawn, and its font size, in image pixels. */
  legend?: { x: number; y: number; width: number; height: number; fontSize: number };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

type SvgCore = Core & { svg(options: { full: boolean; scale: number; bg?: string }): string };

let svgReady: Promise<void> | undefined;
/** cytoscape-svg is registered on first use, so it stays out of the initial bundle. */
async function ensureSvg(): Promise<void> {
  svgReady ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(
    ([cytoscape, plugin]) => {
      cytoscape.default.use(plugin.default);
    },
  );
  return svgReady;
}

/**
 * A PNG of the map, at the size `options.pngSize` asks for (./png-plan.ts):
 * the map as Cytoscape draws it, with a margin, and the legend below at a
 * size that stays legible on a slide.
 */
export async function renderPng(cy: Core, options: DiagramOptions): Promise<RenderedImage> {
  const layout = pngLayout(measureMap(cy, options.scope), options.legend);
  const choice = pngChoices(layout).find((candidate) => candidate.size === options.pngSize)!;
  const { scale } = choice;
  const bg = options.background === 'white' ? '#ffffff' : undefined;
  const mapBlob = await withExportScope(cy, options.scope, () =>
    cy.png({
      output: 'blob-promise',
      // Both scopes draw all they show, fitted to it; the view's zoom and pan play no part.
      full: true,
      scale,
      ...(bg ? { bg } : {}),
    }),
  );
  const map = await createImageBitmap(mapBlob);
  const canvas = document.createElement('canvas');
  canvas.width = choice.width;
  canvas.height = choice.height;
  const context = canvas.getContext('2d')!;
  if (bg) {
    context.fillStyle = bg;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  const at = layout.map;
  context.drawImage(map, at.x * scale, at.y * scale, at.width * scale, at.height * scale);
  map.close();
  let legend: RenderedImage['legend'];
  if (layout.legend !== undefined) {
    const { x, y, width, height, scale: enlarged } = layout.legend;
    const image = await loadSvgImage(legendSvg().markup);
    context.drawImage(image, x * scale, y * scale, width * scale, height * scale);
    legend = {
      x: x * scale,
      y: y * scale,
      width: width * scale,
      height: height * scale,
      fontSize: LEGEND_FONT_SIZE * enlarged * scale,
    };
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the image is too large'))),
      'image/png',
    ),
  );
  return {
    blob,
    width: canvas.width,
    height: canvas.height,
    ...(choice.capped ? { cappedFrom: Math.round(choice.requested * 100) / 100 } : {}),
    ...(legend ? { legend } : {}),
  };
}

/** The legend alone as a standalone SVG document. */
function legendSvg(): { markup: string; width: number; height: number } {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const { group, width, height } = buildLegend(doc);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.append(group);
  return { markup: new XMLSerializer().serializeToString(doc), width, height };
}

async function loadSvgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The map as an SVG document (text stays text), with the legend appended
 * below when asked: enlarged with the drawing (see `legendScale`), unless
 * `naturalLegend` asks for it at its own size, as a poster printed at
 * on-screen size does.
 */
export async function renderSvgDocument(
  cy: Core,
  options: DiagramOptions,
  naturalLegend = false,
): Promise<{ svg: SVGSVGElement; width: number; height: number }> {
  await ensureSvg();
  const markup = withExportScope(cy, options.scope, () =>
    (cy as SvgCore).svg({ full: true, scale: 1, bg: '#ffffff' }),
  );
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = doc.documentElement as unknown as SVGSVGElement;
  let width = Number.parseFloat(svg.getAttribute('width') ?? '0');
  let height = Number.parseFloat(svg.getAttribute('height') ?? '0');
  if (options.legend) {
    const { group, width: lw, height: lh } = buildLegend(doc);
    const scale = naturalLegend ? 1 : legendScale(height, LEGEND_GAP);
    group.setAttribute('transform', `translate(0 ${height + LEGEND_GAP}) scale(${scale})`);
    svg.append(group);
    width = Math.max(width, lw * scale);
    height += LEGEND_GAP + lh * scale;
  }
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg, width, height };
}

export async function renderSvg(cy: Core, options: DiagramOptions): Promise<RenderedImage> {
  const { svg, width, height } = await renderSvgDocument(cy, options);
  const text = new XMLSerializer().serializeToString(svg);
  return { blob: new Blob([text], { type: 'image/svg+xml' }), width, height };
}
