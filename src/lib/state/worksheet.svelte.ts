import { downloadBlob } from '../io/download';
import type { CanvasController } from './canvas.svelte';
import type { QuizState } from './quiz.svelte';
import type { ViewerState } from './viewer.svelte';

/**
 * Exports the quiz as a handout: what the canvas lays out (the whole map, or
 * the focused line of argument, filters aside) with the quiz's statements as
 * blank numbered boxes, and an answer key. The renderers (with jsPDF) are
 * loaded on first use.
 */
export class WorksheetExport {
  busy = $state(false);

  constructor(
    private readonly viewer: ViewerState,
    private readonly canvas: CanvasController,
    private readonly quiz: QuizState,
    /** Hands a finished file to the user; tests pass their own. */
    private readonly save: (blob: Blob, fileName: string) => void = downloadBlob,
  ) {}

  async run(format: 'pdf' | 'png'): Promise<void> {
    const cy = this.canvas.cy;
    if (this.busy || cy === null || this.canvas.status.phase !== 'ready') return;
    if (this.quiz.numbers.size === 0) return;
    this.busy = true;
    const { map } = this.viewer;
    const sheet = {
      title: map.title,
      numbers: $state.snapshot(this.quiz.numbers),
      key: this.quiz.chosen.map((node, i) => ({ number: i + 1, label: node.label })),
    };
    try {
      const render = await import('../io/diagram/worksheet');
      if (format === 'pdf') {
        const blob = await render.renderWorksheetPdf(cy, sheet);
        this.save(blob, `${map.id}-worksheet.pdf`);
      } else {
        const { worksheet, key } = await render.renderWorksheetPng(cy, sheet);
        this.save(worksheet, `${map.id}-worksheet.png`);
        this.save(key, `${map.id}-worksheet-key.png`);
      }
    } catch (error) {
      this.viewer.notice = { tone: 'error', text: `Worksheet export failed: ${String(error)}` };
    } finally {
      this.busy = false;
    }
  }
}
