import type { Core } from 'cytoscape';
import { buildLegend } from './legend';
import { capScale } from './scale';
import { exportSize, withExportScope } from './scope';
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
}

const LEGEND_GAP = 16;
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

export async function renderPng(cy: Core, options: DiagramOptions): Promise<RenderedImage> {
  // The legend is drawn at the image's scale, so it needs room in the size check too.
  const legendSize = options.legend ? buildLegend(document) : undefined;
  const base = withExportScope(cy, options.scope, () => exportSize(cy, options.scope));
  const extra = legendSize ? legendSize.height + LEGEND_GAP : 0;
  const width = Math.max(base.width, legendSize?.width ?? 0);
  const { scale, capped } = capScale(width, base.height + extra, options.scale);
  const bg = options.background === 'white' ? '#ffffff' : undefined;
  const blob = await withExportScope(cy, options.scope, () =>
    cy.png({
      output: 'blob-promise',
      full: options.scope === 'whole',
      scale,
      ...(bg ? { bg } : {}),
    }),
  );
  const result = legendSize ? await appendLegendToPng(blob, scale, bg) : await sizeOf(blob);
  return capped ? { ...result, cappedFrom: options.scale } : result;
}

async function sizeOf(blob: Blob): Promise<RenderedImage> {
  const bitmap = await createImageBitmap(blob);
  const size = { blob, width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

async function appendLegendToPng(blob: Blob, scale: number, bg?: string): Promise<RenderedImage> {
  const map = await createImageBitmap(blob);
  const legend = legendSvg();
  const legendImage = await loadSvgImage(legend.markup);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(map.width, Math.ceil(legend.width * scale));
  canvas.height = map.height + Math.ceil((legend.height + LEGEND_GAP) * scale);
  const context = canvas.getContext('2d')!;
  if (bg) {
    context.fillStyle = bg;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(map, 0, 0);
  context.drawImage(
    legendImage,
    0,
    map.height + LEGEND_GAP * scale,
    legend.width * scale,
    legend.height * scale,
  );
  map.close();
  const out = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the image is too large'))),
      'image/png',
    ),
  );
  return { blob: out, width: canvas.width, height: canvas.height };
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

/** The map as an SVG document (text stays text), with the legend appended below when asked. */
export async function renderSvgDocument(
  cy: Core,
  options: DiagramOptions,
): Promise<{ svg: SVGSVGElement; width: number; height: number }> {
  await ensureSvg();
  const markup = withExportScope(cy, options.scope, () =>
    (cy as SvgCore).svg({ full: options.scope === 'whole', scale: 1, bg: '#ffffff' }),
  );
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = doc.documentElement as unknown as SVGSVGElement;
  let width = Number.parseFloat(svg.getAttribute('width') ?? '0');
  let height = Number.parseFloat(svg.getAttribute('height') ?? '0');
  if (options.legend) {
    const { group, width: lw, height: lh } = buildLegend(doc);
    group.setAttribute('transform', `translate(0 ${height + LEGEND_GAP})`);
    svg.append(group);
    width = Math.max(width, lw);
    height += LEGEND_GAP + lh;
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
