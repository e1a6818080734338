import type { DiagramOptions } from '../io/diagram/options';
import { defaultDiagramOptions } from '../io/diagram/options';
import { downloadBlob } from '../io/download';
import type { CanvasController } from './canvas.svelte';
import { ExportState } from './export.svelte';
import type { ViewerState } from './viewer.svelte';

/** What an image export made, as plain data. */
export interface ScriptedImage {
  fileName: string;
  /** Pixels (PNG) or user units (SVG, PDF page). */
  width: number;
  height: number;
  pages?: number;
  /** Set when a PNG had to be drawn smaller than asked. */
  cappedFrom?: number;
}

/** `window.warrant`: what scripts (the command line's image export) may ask of the app. */
export interface WarrantScripting {
  /**
   * Draws an image exactly as the Export menu would with these options (the
   * rest at the menu's defaults) and hands it over as a download.
   */
  exportImage(options: Partial<DiagramOptions>): Promise<ScriptedImage>;
}

declare global {
  interface Window {
    warrant?: WarrantScripting;
  }
}

/** Installs `window.warrant`, beside the `window.cy` scripting hook; returns its removal. */
export function installScripting(viewer: ViewerState, canvas: CanvasController): () => void {
  const exporter = new ExportState(viewer, canvas);
  window.warrant = {
    async exportImage(options) {
      const { image, fileName } = await exporter.renderDiagram({
        ...defaultDiagramOptions(),
        ...options,
      });
      downloadBlob(image.blob, fileName);
      return {
        fileName,
        width: image.width,
        height: image.height,
        ...(image.pages !== undefined ? { pages: image.pages } : {}),
        ...(image.cappedFrom !== undefined ? { cappedFrom: image.cappedFrom } : {}),
      };
    },
  };
  return () => {
    delete window.warrant;
  };
}
