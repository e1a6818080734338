/** Performance marks the benchmark reads (`performance.getEntriesByName`). */
export const MARKS = {
  /** Elements built, layout about to run. */
  layoutStart: 'warrant:layout-start',
  /** Positions known (from the main thread or the worker). */
  layoutEnd: 'warrant:layout-end',
  /** The laid-out map has been drawn on screen. */
  drawn: 'warrant:map-drawn',
} as const;
