import { sourcePieces, type Piece } from '../analysis/passages';
import type { ViewerState } from './viewer.svelte';

/** Larger source texts are not read: the pane is for a letter or an article, not a book. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export type SourceStatus =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'ready'; pieces: Piece[] }
  | { phase: 'failed'; message: string };

/**
 * The source text beside the map: fetched (same origin only) the first time
 * the pane opens, cut into quoted passages and footnote markers, and kept
 * until another map comes. Shared by the pane's components.
 */
export class SourceState {
  status = $state.raw<SourceStatus>({ phase: 'idle' });
  /** Which address the status belongs to, so a new map's text is fetched afresh. */
  #for: string | null = null;

  constructor(private readonly viewer: ViewerState) {}

  /** Fetches the text if the viewer's map has one and it is not loaded yet. */
  async load(fetcher: typeof fetch = fetch): Promise<void> {
    const url = this.viewer.sourceUrl;
    const map = this.viewer.map;
    if (url === null || (this.#for === url && this.status.phase !== 'failed')) return;
    this.#for = url;
    this.status = { phase: 'loading' };
    try {
      const response = await fetcher(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (text.length > MAX_SOURCE_BYTES) {
        throw new Error(
          `the text is ${text.length} characters long; at most ${MAX_SOURCE_BYTES} are shown`,
        );
      }
      if (this.#for !== url) return;
      this.status = { phase: 'ready', pieces: sourcePieces(text, map) };
    } catch (error) {
      if (this.#for !== url) return;
      this.status = {
        phase: 'failed',
        message: `Could not load the source text: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}
