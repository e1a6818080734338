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

export const PNG_SIZES = ['slide', '1x', '2x', '3x', '4x', '1920px', '3840px', '7680px'] as const;
/**
 * How large a PNG to make: `slide` (2×, but at most 25 megapixels), a scale
 * of the map's on-screen size, or a width in pixels. See ./png-plan.ts.
 */
export type PngSize = (typeof PNG_SIZES)[number];

/** Each PNG size's words in the menu. */
export const PNG_SIZE_LABEL: Readonly<Record<PngSize, string>> = {
  slide: 'For slides (≤ 25 MP)',
  '1x': '1×',
  '2x': '2×',
  '3x': '3×',
  '4x': '4×',
  '1920px': '1920 px wide',
  '3840px': '3840 px wide',
  '7680px': '7680 px wide',
};

export interface DiagramOptions {
  format: DiagramFormat;
  scope: Scope;
  /** PNG size (lowered when the image would exceed the browser's canvas limits). */
  pngSize: PngSize;
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
  pngSize: 'slide',
  background: 'white',
  legend: true,
  page: 'fit',
  orientation: 'landscape',
  pdfPages: 'one',
});

/** `<map-id>-<whole|view>.<ext>`, the same for every export. */
export const exportFileName = (mapId: string, scope: Scope, extension: string): string =>
  `${mapId}-${scope}.${extension}`;
