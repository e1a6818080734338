/** Image formats the canvas can be exported to. */
export const DIAGRAM_FORMATS = ['png', 'svg', 'pdf'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export const SCOPES = ['whole', 'view'] as const;
/** `whole`: every node, ignoring filters and zoom; `view`: what is on screen now. */
export type Scope = (typeof SCOPES)[number];

export const PAGE_SIZES = ['a4', 'letter', 'fit'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const PDF_PAGES = ['one', 'poster'] as const;
/** `one`: the map scaled onto one sheet; `poster`: at on-screen size, tiled over several. */
export type PdfPages = (typeof PDF_PAGES)[number];

export interface DiagramOptions {
  format: DiagramFormat;
  scope: Scope;
  /** PNG pixel density, 1× to 4× (capped when the image would exceed the browser's canvas limits). */
  scale: number;
  /** PNG background; SVG and PDF are always white. */
  background: 'white' | 'transparent';
  /** Draw the legend under the map. */
  legend: boolean;
  /** PDF paper: A4, US Letter, or one page exactly the map's size. */
  page: PageSize;
  /** PDF orientation on A4 or Letter. */
  orientation: 'landscape' | 'portrait';
  /** On A4 or Letter: one page, or a poster tiled over several. */
  pdfPages: PdfPages;
}

export const defaultDiagramOptions = (): DiagramOptions => ({
  format: 'png',
  scope: 'whole',
  scale: 2,
  background: 'white',
  legend: true,
  page: 'fit',
  orientation: 'landscape',
  pdfPages: 'one',
});

/** `<map-id>-<whole|view>.<ext>`, the same for every export. */
export const exportFileName = (mapId: string, scope: Scope, extension: string): string =>
  `${mapId}-${scope}.${extension}`;
