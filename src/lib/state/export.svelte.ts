import type { Core } from 'cytoscape';
import type { Exporter } from '../io/exporters/types';
import { subMap } from '../analysis/filters';
import { lineTitle } from '../analysis/focus';
import { defaultDiagramOptions, exportFileName, type DiagramOptions } from '../io/diagram/options';
import { downloadBlob } from '../io/download';
import type { RenderedImage } from '../io/diagram/render';
import type { ViewerState } from './viewer.svelte';
import type { CanvasController } from './canvas.svelte';

/**
 * What the Export menu has chosen, and the two actions it offers. Renderers
 * and exporters are imported on first use, so none of them weighs on the
 * first page load.
 */
export class ExportState {
  options = $state<DiagramOptions>(defaultDiagramOptions());
  busy = $state(false);
  /** The data formats, once the registry has been loaded. */
  dataFormats = $state.raw<readonly Exporter[]>([]);

  constructor(
    private readonly viewer: ViewerState,
    private readonly canvas: CanvasController,
    /** Hands a finished file to the user; tests pass their own. */
    private readonly save: (blob: Blob, fileName: string) => void = downloadBlob,
  ) {}

  async loadDataFormats(): Promise<void> {
    if (this.dataFormats.length > 0) return;
    const { dataExporters } = await import('../io/exporters/registry');
    this.dataFormats = dataExporters;
  }

  /**
   * Draws an image of the map as `options` ask, through the same renderers
   * whatever asks (the menu, or a script through `window.warrant`). Throws
   * when the canvas is not ready or drawing fails.
   */
  async renderDiagram(
    options: DiagramOptions,
  ): Promise<{ image: RenderedImage; fileName: string }> {
    const cy = this.canvas.cy;
    if (cy === null || this.canvas.status.phase !== 'ready') {
      throw new Error('the map is not drawn yet');
    }
    const render = async (core: Core) =>
      options.format === 'pdf'
        ? (await import('../io/diagram/pdf')).renderPdf(core, options)
        : options.format === 'svg'
          ? (await import('../io/diagram/render')).renderSvg(core, options)
          : (await import('../io/diagram/render')).renderPng(core, options);
    const image =
      options.scope === 'whole' ? await this.canvas.withWholeMap(render) : await render(cy);
    return { image, fileName: exportFileName(this.viewer.map.id, options.scope, options.format) };
  }

  async exportDiagram(): Promise<void> {
    if (this.canvas.cy === null || this.canvas.status.phase !== 'ready' || this.busy) return;
    this.busy = true;
    try {
      const { image, fileName } = await this.renderDiagram($state.snapshot(this.options));
      this.save(image.blob, fileName);
      this.viewer.notice =
        image.cappedFrom !== undefined
          ? {
              tone: 'info',
              text: `The map is too large for a ${image.cappedFrom}× PNG, so it was exported at ${image.width}×${image.height} pixels instead. Use SVG or PDF for full resolution.`,
            }
          : null;
    } catch (error) {
      this.viewer.notice = { tone: 'error', text: `Export failed: ${String(error)}` };
    } finally {
      this.busy = false;
    }
  }

  /**
   * Exports the whole map, or only the statements and relations shown now;
   * a focused line is titled as one line of the argument.
   */
  exportData(exporter: Exporter): void {
    const { map, visible, focus } = this.viewer;
    const scope = this.options.scope;
    const line = focus === null ? undefined : lineTitle(map, focus);
    const shown =
      scope === 'whole' ? map : { ...subMap(map, visible.nodes, visible.edges), ...line };
    this.save(
      new Blob([exporter.run(shown)], { type: `${exporter.mime};charset=utf-8` }),
      exportFileName(map.id, scope, exporter.extension),
    );
  }
}
