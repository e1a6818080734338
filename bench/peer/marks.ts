/** Performance marks of the Argdown peer page, read by bench/peer/measure.ts. */
export const PEER_MARKS = {
  /** The Argdown text has arrived and Graphviz's WebAssembly is compiled. */
  loaded: 'peer:loaded',
  /** @argdown/core has parsed the text and written DOT. */
  dot: 'peer:dot',
  /** Graphviz has laid the DOT out as SVG text. */
  svg: 'peer:svg',
  /** The SVG is in the document. */
  inserted: 'peer:inserted',
  /** The frame after the one that painted the SVG (as Warrant's `drawn`). */
  drawn: 'peer:drawn',
  /** Something failed; the page's `data-error` says what. */
  failed: 'peer:failed',
} as const;
